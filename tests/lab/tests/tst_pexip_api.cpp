// PexipApi: the simulated Management Node's REST API, driven through handle() without sockets.
#include "pexip/PexipApi.h"
#include "pexip/PexipStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace otjlab;

namespace {

const QString kBase = QStringLiteral("/api/admin/configuration/v1/");

QByteArray basic(const QByteArray& user, const QByteArray& password)
{
    return "Basic " + (user + ':' + password).toBase64();
}

LabHttpRequest makeRequest(const QByteArray& method, const QString& pathAndQuery,
                           const QJsonObject& body = {},
                           const QByteArray& authorization = basic("admin", "pexip-lab"))
{
    LabHttpRequest r;
    r.method = method;
    const int q = pathAndQuery.indexOf(QLatin1Char('?'));
    r.path = (q < 0 ? pathAndQuery : pathAndQuery.left(q)).toUtf8();
    if (q >= 0)
        r.query = QUrlQuery(pathAndQuery.mid(q + 1));
    r.headers.append(qMakePair(QByteArray("Host"), QByteArray("127.0.0.1:8443")));
    if (!authorization.isEmpty())
        r.headers.append(qMakePair(QByteArray("Authorization"), authorization));
    if (method == "POST" || method == "PUT" || method == "PATCH") {
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return r;
}

QJsonObject json(const LabHttpResponse& r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QByteArray header(const LabHttpResponse& r, const QByteArray& name)
{
    for (const auto& h : r.headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

// Runs openssl with arguments; returns stdout (trimmed), or a null QString on failure.
QString openssl(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("openssl %s failed: %s", qPrintable(args.join(QLatin1Char(' '))),
                 p.readAllStandardError().constData());
        return QString();
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return out.isNull() ? QStringLiteral("") : out;
}

} // namespace

class TestPexipApi : public QObject
{
    Q_OBJECT

    PexipStore m_store;
    std::unique_ptr<PexipApi> m_api;
    int m_changes = 0;

    LabHttpResponse call(const QByteArray& method, const QString& path, const QJsonObject& body = {})
    {
        return m_api->handle(makeRequest(method, path, body));
    }

    // POST and return the new object's URI path; fails the test if not 201.
    QString create(const QString& resource, const QJsonObject& body)
    {
        const LabHttpResponse r = call("POST", kBase + resource + QLatin1Char('/'), body);
        if (r.status != 201) {
            qWarning("POST %s -> %d %s", qPrintable(resource), r.status, r.body.constData());
            return QString();
        }
        const QString loc = QString::fromUtf8(header(r, "Location"));
        return loc.mid(loc.indexOf(QStringLiteral("/api/")));
    }

    QJsonObject get(const QString& uri)
    {
        const LabHttpResponse r = call("GET", uri);
        return r.status == 200 ? json(r) : QJsonObject();
    }

    QString location()
    {
        return kBase + QStringLiteral("system_location/%1/")
                           .arg(m_store.findByName(QStringLiteral("system_location"), QStringLiteral("Oslo"))
                                    .value_or(0));
    }

    QString deployment(const QString& name = QStringLiteral("Exchange on-prem"))
    {
        return create(QStringLiteral("mjx_exchange_deployment"),
                      {{QStringLiteral("name"), name},
                       {QStringLiteral("service_account_username"), QStringLiteral("svc-otj@lab.example")},
                       {QStringLiteral("service_account_password"), QStringLiteral("S3cret!")}});
    }
    QString integration(const QString& dep, const QString& name = QStringLiteral("OTJ Profile"))
    {
        return create(QStringLiteral("mjx_integration"),
                      {{QStringLiteral("name"), name}, {QStringLiteral("exchange_deployment"), dep}});
    }
    QString group(const QString& integ, const QString& name = QStringLiteral("Oslo rooms"))
    {
        return create(QStringLiteral("mjx_endpoint_group"), {{QStringLiteral("name"), name},
                                                             {QStringLiteral("system_location"), location()},
                                                             {QStringLiteral("mjx_integration"), integ}});
    }
    QString endpoint(const QString& grp, const QString& name)
    {
        return create(QStringLiteral("mjx_endpoint"),
                      {{QStringLiteral("name"), name},
                       {QStringLiteral("room_resource_email"), name + QStringLiteral("@lab.example")},
                       {QStringLiteral("api_address"), QStringLiteral("10.0.0.9")},
                       {QStringLiteral("mjx_endpoint_group"), grp}});
    }

private slots:
    void init()
    {
        m_store.clear();
        m_store.seedDefaults(QStringLiteral("svc-vmr@lab.example"));
        m_api = std::make_unique<PexipApi>(m_store, [](const QString& user, const QString& password) {
            return user == QLatin1String("admin") && password == QLatin1String("pexip-lab");
        });
        m_changes = 0;
        m_api->setChangedCallback([this] { ++m_changes; });
    }

    // --- authentication -------------------------------------------------------------------------

    void unauthenticatedGets401_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("wrong password") << basic("admin", "nope");
        QTest::newRow("wrong user") << basic("root", "pexip-lab");
        QTest::newRow("bearer") << QByteArray("Bearer abc");
        QTest::newRow("bad base64") << QByteArray("Basic !!!");
        QTest::newRow("no colon") << ("Basic " + QByteArray("adminpexip-lab").toBase64());
    }
    void unauthenticatedGets401()
    {
        QFETCH(QByteArray, authorization);
        for (const QByteArray& method : {QByteArray("GET"), QByteArray("POST")}) {
            const LabHttpResponse r =
                m_api->handle(makeRequest(method, kBase + QStringLiteral("mjx_exchange_deployment/"),
                                          {{QStringLiteral("name"), QStringLiteral("x")}}, authorization));
            QCOMPARE(r.status, 401);
            QVERIFY(header(r, "WWW-Authenticate").toLower().startsWith("basic realm="));
        }
        QCOMPARE(m_store.count(QStringLiteral("mjx_exchange_deployment")), 0);
        // Status resources are protected too.
        QCOMPARE(m_api
                     ->handle(makeRequest("GET", QStringLiteral("/api/admin/status/v1/mjx_endpoint/"), {},
                                          authorization))
                     .status,
                 401);
    }

    void basicSchemeIsCaseInsensitive()
    {
        const QByteArray auth = "basic " + QByteArray("admin:pexip-lab").toBase64();
        QCOMPARE(m_api->handle(makeRequest("GET", kBase + QStringLiteral("mjx_endpoint/"), {}, auth)).status,
                 200);
    }

    void topLevelListsResourcesWithoutAuth()
    {
        const LabHttpResponse r = m_api->handle(makeRequest("GET", kBase, {}, QByteArray()));
        QCOMPARE(r.status, 200);
        const QJsonObject o = json(r);
        for (const char* name : {"mjx_exchange_deployment", "mjx_exchange_autodiscover_url",
                                 "mjx_integration", "mjx_endpoint_group", "mjx_endpoint",
                                 "mjx_meeting_processing_rule", "ca_certificate", "ms_exchange_connector"})
            QCOMPARE(o.value(str(name)).toObject().value(QStringLiteral("list_endpoint")).toString(),
                     kBase + str(name) + QLatin1Char('/'));
    }

    // --- routing ----------------------------------------------------------------------------------

    void missingTrailingSlashRedirects_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("location");
        QTest::newRow("GET list") << QByteArray("GET") << kBase + QStringLiteral("mjx_endpoint?name=a")
                                  << kBase + QStringLiteral("mjx_endpoint/?name=a");
        QTest::newRow("GET detail") << QByteArray("GET") << kBase + QStringLiteral("mjx_endpoint/3")
                                    << kBase + QStringLiteral("mjx_endpoint/3/");
        QTest::newRow("POST list") << QByteArray("POST") << kBase + QStringLiteral("mjx_exchange_deployment")
                                   << kBase + QStringLiteral("mjx_exchange_deployment/");
        QTest::newRow("status") << QByteArray("GET") << QStringLiteral("/api/admin/status/v1/mjx_endpoint")
                                << QStringLiteral("/api/admin/status/v1/mjx_endpoint/");
    }
    void missingTrailingSlashRedirects()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, location);
        const LabHttpResponse r = call(method, path, {{QStringLiteral("name"), QStringLiteral("lost")}});
        QCOMPARE(r.status, 301);
        QCOMPARE(QString::fromUtf8(header(r, "Location")), location);
        QCOMPARE(m_store.count(QStringLiteral("mjx_exchange_deployment")), 0); // the POST did nothing
    }

    void unknownPathsAre404()
    {
        for (const QString& p :
             {kBase + QStringLiteral("conference/"), kBase + QStringLiteral("conference"),
              kBase + QStringLiteral("mjx_endpoint/abc/"), kBase + QStringLiteral("mjx_endpoint/0/"),
              QStringLiteral("/api/admin/configuration/v2/mjx_endpoint/"),
              QStringLiteral("/api/admin/status/v1/mjx_integration/")}) {
            const LabHttpResponse r = call("GET", p);
            QVERIFY2(r.status == 404, qPrintable(p));
        }
        QCOMPARE(call("GET", kBase + QStringLiteral("mjx_endpoint/99/")).status, 404);
        QVERIFY(call("GET", kBase + QStringLiteral("mjx_endpoint/99/")).body.isEmpty());
    }

    void methodNotAllowed()
    {
        LabHttpResponse r = call("PUT", kBase + QStringLiteral("ca_certificate/1/"), {});
        QCOMPARE(r.status, 405);
        QCOMPARE(header(r, "Allow"), QByteArray("GET,DELETE,PATCH"));
        r = call("POST", QStringLiteral("/api/admin/status/v1/mjx_endpoint/"), {});
        QCOMPARE(r.status, 405);
        QCOMPARE(header(r, "Allow"), QByteArray("GET"));
        QCOMPARE(call("DELETE", QStringLiteral("/api/admin/status/v1/mjx_endpoint/1/")).status, 405);
        // 405 comes before authentication, as Tastypie's dispatch checks methods first.
        QCOMPARE(
            m_api->handle(makeRequest("PUT", kBase + QStringLiteral("ca_certificate/1/"), {}, QByteArray()))
                .status,
            405);
    }

    // --- CRUD ---------------------------------------------------------------------------------------

    void crudRoundTripEveryResource_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("patchField");
        QTest::addColumn<QJsonValue>("patchValue");
        QTest::newRow("mjx_exchange_deployment")
            << QStringLiteral("mjx_exchange_deployment") << QStringLiteral("ews_url")
            << QJsonValue(QStringLiteral("https://mail.lab.example/EWS/Exchange.asmx"));
        QTest::newRow("mjx_exchange_autodiscover_url")
            << QStringLiteral("mjx_exchange_autodiscover_url") << QStringLiteral("url")
            << QJsonValue(QStringLiteral("https://ad.lab.example/autodiscover/autodiscover.xml"));
        QTest::newRow("mjx_integration")
            << QStringLiteral("mjx_integration") << QStringLiteral("start_buffer") << QJsonValue(15);
        QTest::newRow("mjx_endpoint_group")
            << QStringLiteral("mjx_endpoint_group") << QStringLiteral("disable_proxy") << QJsonValue(true);
        QTest::newRow("mjx_endpoint") << QStringLiteral("mjx_endpoint") << QStringLiteral("endpoint_type")
                                      << QJsonValue(QStringLiteral("POLY"));
        QTest::newRow("mjx_meeting_processing_rule")
            << QStringLiteral("mjx_meeting_processing_rule") << QStringLiteral("priority") << QJsonValue(200);
        QTest::newRow("ms_exchange_connector")
            << QStringLiteral("ms_exchange_connector") << QStringLiteral("description")
            << QJsonValue(QStringLiteral("changed"));
        QTest::newRow("system_location") << QStringLiteral("system_location") << QStringLiteral("description")
                                         << QJsonValue(QStringLiteral("Bergen DC"));
    }
    void crudRoundTripEveryResource()
    {
        QFETCH(QString, resource);
        QFETCH(QString, patchField);
        QFETCH(QJsonValue, patchValue);
        const QString dep = deployment();
        const QString integ = integration(dep);
        const QString grp = group(integ);
        QVERIFY(!grp.isEmpty());
        QJsonObject body;
        if (resource == QLatin1String("mjx_exchange_deployment"))
            body = {{QStringLiteral("name"), QStringLiteral("Second")},
                    {QStringLiteral("authentication_method"), QStringLiteral("NTLM")}};
        else if (resource == QLatin1String("mjx_exchange_autodiscover_url"))
            body = {{QStringLiteral("name"), QStringLiteral("AD")},
                    {QStringLiteral("url"),
                     QStringLiteral("https://autodiscover.lab.example/autodiscover/autodiscover.xml")},
                    {QStringLiteral("exchange_deployment"), dep}};
        else if (resource == QLatin1String("mjx_integration"))
            body = {{QStringLiteral("name"), QStringLiteral("Second profile")},
                    {QStringLiteral("exchange_deployment"), dep}};
        else if (resource == QLatin1String("mjx_endpoint_group"))
            body = {{QStringLiteral("name"), QStringLiteral("G2")},
                    {QStringLiteral("system_location"), location()},
                    {QStringLiteral("mjx_integration"), integ}};
        else if (resource == QLatin1String("mjx_endpoint"))
            body = {{QStringLiteral("name"), QStringLiteral("Codec")},
                    {QStringLiteral("room_resource_email"), QStringLiteral("room1@lab.example")},
                    {QStringLiteral("api_address"), QStringLiteral("codec1.lab.example")},
                    {QStringLiteral("api_password"), QStringLiteral("codec-pw")},
                    {QStringLiteral("mjx_endpoint_group"), grp}};
        else if (resource == QLatin1String("mjx_meeting_processing_rule"))
            body = {{QStringLiteral("name"), QStringLiteral("Infinity")},
                    {QStringLiteral("priority"), 10},
                    {QStringLiteral("meeting_type"), QStringLiteral("pexipinfinity")},
                    {QStringLiteral("mjx_integration"), integ}};
        else if (resource == QLatin1String("ms_exchange_connector"))
            body = {{QStringLiteral("name"), QStringLiteral("Second VMR")},
                    {QStringLiteral("username"), QStringLiteral("x@lab.example")},
                    {QStringLiteral("password"), QStringLiteral("pw")}};
        else
            body = {{QStringLiteral("name"), QStringLiteral("Bergen")}};

        m_changes = 0;
        const LabHttpResponse created = call("POST", kBase + resource + QLatin1Char('/'), body);
        QCOMPARE(created.status, 201);
        QVERIFY(created.body.isEmpty());
        QCOMPARE(m_changes, 1);
        const QString loc = QString::fromUtf8(header(created, "Location"));
        QVERIFY2(QRegularExpression(QStringLiteral("^https://127\\.0\\.0\\.1:8443") + kBase + resource +
                                    QStringLiteral("/\\d+/$"))
                     .match(loc)
                     .hasMatch(),
                 qPrintable(loc));
        const QString uri = loc.mid(loc.indexOf(QStringLiteral("/api/")));

        QJsonObject o = get(uri);
        QCOMPARE(o.value(QStringLiteral("resource_uri")).toString(), uri);
        QCOMPARE(kBase + resource + QStringLiteral("/%1/").arg(o.value(QStringLiteral("id")).toInt()), uri);
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key().contains(QStringLiteral("password")))
                QVERIFY2(!o.contains(it.key()), qPrintable(it.key())); // write-only
            else
                QCOMPARE(o.value(it.key()), it.value());
        }

        // The list shows it too.
        const QJsonObject list = get(kBase + resource + QStringLiteral("/?limit=0"));
        bool found = false;
        for (const auto& v : list.value(QStringLiteral("objects")).toArray())
            found = found || v.toObject() == o;
        QVERIFY(found);

        LabHttpResponse r = call("PATCH", uri, {{patchField, patchValue}});
        QCOMPARE(r.status, 202);
        QVERIFY(r.body.isEmpty());
        o = get(uri);
        QCOMPARE(o.value(patchField), patchValue);
        for (auto it = body.begin(); it != body.end(); ++it) // PATCH keeps the other fields
            if (!it.key().contains(QStringLiteral("password")) && it.key() != patchField)
                QCOMPARE(o.value(it.key()), it.value());

        r = call("PUT", uri, body);
        QCOMPARE(r.status, 204);
        QCOMPARE(get(uri).value(QStringLiteral("name")), body.value(QStringLiteral("name")));

        const int before = m_changes;
        QCOMPARE(call("DELETE", uri).status, 204);
        QCOMPARE(m_changes, before + 1);
        QCOMPARE(call("GET", uri).status, 404);
        QCOMPARE(call("DELETE", uri).status, 404);
        QCOMPARE(call("PATCH", uri, {{patchField, patchValue}}).status, 404);
    }

    void minimalDeploymentGetsDocumentedDefaults()
    {
        const QString uri =
            create(QStringLiteral("mjx_exchange_deployment"),
                   {{QStringLiteral("name"), QStringLiteral("Minimal")},
                    {QStringLiteral("service_account_username"), QStringLiteral("svc@example.com")},
                    {QStringLiteral("service_account_password"), QStringLiteral("pw")}});
        const QJsonObject o = get(uri);
        QCOMPARE(o.value(QStringLiteral("authentication_method")).toString(), QStringLiteral("BASIC"));
        QCOMPARE(o.value(QStringLiteral("find_items_request_quota")).toInt(), 1000000);
        QCOMPARE(o.value(QStringLiteral("kerberos_enable_tls")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("kerberos_verify_tls_using_custom_ca")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("disable_proxy")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("ews_url")).toString(), QString());
        QCOMPARE(o.value(QStringLiteral("description")).toString(), QString());
        QCOMPARE(o.value(QStringLiteral("autodiscover_urls")).toArray(), QJsonArray());
        QVERIFY(!o.contains(QStringLiteral("service_account_password")));
        QVERIFY(!get(kBase + QStringLiteral("mjx_exchange_deployment/"))
                     .value(QStringLiteral("objects"))
                     .toArray()
                     .first()
                     .toObject()
                     .contains(QStringLiteral("service_account_password")));
        // ...but the node has it.
        QCOMPARE(m_store.objects(QStringLiteral("mjx_exchange_deployment"))
                     .first()
                     .value(QStringLiteral("service_account_password"))
                     .toString(),
                 QStringLiteral("pw"));
    }

    void patchWithoutPasswordKeepsIt()
    {
        const QString uri = deployment();
        QCOMPARE(call("PATCH", uri, {{QStringLiteral("description"), QStringLiteral("d")}}).status, 202);
        QCOMPARE(m_store.objects(QStringLiteral("mjx_exchange_deployment"))
                     .first()
                     .value(QStringLiteral("service_account_password"))
                     .toString(),
                 QStringLiteral("S3cret!"));
    }

    void reverseRelationsListChildren()
    {
        const QString dep = deployment();
        const QString ad =
            create(QStringLiteral("mjx_exchange_autodiscover_url"),
                   {{QStringLiteral("name"), QStringLiteral("AD")},
                    {QStringLiteral("url"),
                     QStringLiteral("https://autodiscover.lab.example/autodiscover/autodiscover.xml")},
                    {QStringLiteral("exchange_deployment"), dep}});
        const QString integ = integration(dep);
        const QString grp = group(integ);
        const QString ep = endpoint(grp, QStringLiteral("room1"));
        QCOMPARE(get(dep).value(QStringLiteral("autodiscover_urls")).toArray(), QJsonArray{ad});
        QCOMPARE(get(dep).value(QStringLiteral("mjx_integrations")).toArray(), QJsonArray{integ});
        QCOMPARE(get(integ).value(QStringLiteral("endpoint_groups")).toArray(), QJsonArray{grp});
        QCOMPARE(get(grp).value(QStringLiteral("endpoints")).toArray(), QJsonArray{ep});
        // Reverse lists are read-only: writing one changes nothing.
        QCOMPARE(call("PATCH", dep, {{QStringLiteral("autodiscover_urls"), QJsonArray()}}).status, 202);
        QCOMPARE(get(dep).value(QStringLiteral("autodiscover_urls")).toArray(), QJsonArray{ad});
    }

    void unknownAndReadOnlyFieldsAreIgnored()
    {
        const QString uri =
            create(QStringLiteral("mjx_exchange_deployment"),
                   {{QStringLiteral("name"), QStringLiteral("X")},
                    {QStringLiteral("exchange_server_fqdn"), QStringLiteral("mail.lab.example")},
                    {QStringLiteral("id"), 77},
                    {QStringLiteral("resource_uri"), kBase + QStringLiteral("mjx_exchange_deployment/77/")}});
        QCOMPARE(uri, kBase + QStringLiteral("mjx_exchange_deployment/1/"));
        QVERIFY(!get(uri).contains(QStringLiteral("exchange_server_fqdn")));
    }

    void deleteCascadesAndNulls()
    {
        const QString dep = deployment();
        const QString ad =
            create(QStringLiteral("mjx_exchange_autodiscover_url"),
                   {{QStringLiteral("name"), QStringLiteral("AD")},
                    {QStringLiteral("url"),
                     QStringLiteral("https://autodiscover.lab.example/autodiscover/autodiscover.xml")},
                    {QStringLiteral("exchange_deployment"), dep}});
        const QString integ = integration(dep);
        QCOMPARE(call("DELETE", dep).status, 204);
        QCOMPARE(call("GET", ad).status, 404);
        QVERIFY(get(integ).value(QStringLiteral("exchange_deployment")).isNull());
    }

    void deleteListDeletesTheCollectionOrTheFilteredPart()
    {
        const QString dep = deployment();
        const QString grp = group(integration(dep));
        for (const char* n : {"a1", "a2", "b1"})
            QVERIFY(!endpoint(grp, str(n)).isEmpty());
        QCOMPARE(call("DELETE", kBase + QStringLiteral("mjx_endpoint/?name__startswith=a")).status, 204);
        QCOMPARE(m_store.count(QStringLiteral("mjx_endpoint")), 1);
        QCOMPARE(call("DELETE", kBase + QStringLiteral("mjx_endpoint/")).status, 204);
        QCOMPARE(m_store.count(QStringLiteral("mjx_endpoint")), 0);
    }

    void putQuirksFollowTastypie()
    {
        const QString uri = deployment();
        QCOMPARE(call("PATCH", uri, {{QStringLiteral("kerberos_enable_tls"), false}}).status, 202);
        QCOMPARE(get(uri).value(QStringLiteral("kerberos_enable_tls")).toBool(), false);
        // PUT without the field: a falsy current value goes back to the model default.
        QCOMPARE(call("PUT", uri, {{QStringLiteral("name"), QStringLiteral("Exchange on-prem")}}).status,
                 204);
        QCOMPARE(get(uri).value(QStringLiteral("kerberos_enable_tls")).toBool(), true);
        QCOMPARE(get(uri).value(QStringLiteral("service_account_username")).toString(),
                 QStringLiteral("svc-otj@lab.example"));
        // PUT on an unknown id creates the object with that id.
        const LabHttpResponse r = call("PUT", kBase + QStringLiteral("mjx_exchange_deployment/42/"),
                                       {{QStringLiteral("name"), QStringLiteral("Forty-two")}});
        QCOMPARE(r.status, 201);
        QVERIFY(header(r, "Location").endsWith("/api/admin/configuration/v1/mjx_exchange_deployment/42/"));
        QCOMPARE(get(kBase + QStringLiteral("mjx_exchange_deployment/42/"))
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Forty-two"));
    }

    void postToDetailIsNotAllowed()
    {
        const QString uri = deployment();
        const LabHttpResponse r = call("POST", uri, {{QStringLiteral("name"), QStringLiteral("y")}});
        QCOMPARE(r.status, 405);
        QCOMPARE(header(r, "Allow"), QByteArray("GET,PUT,DELETE,PATCH"));
        QCOMPARE(m_store.count(QStringLiteral("mjx_exchange_deployment")), 1);
    }

    // --- pagination and filters -------------------------------------------------------------------------

    void paginationMeta()
    {
        const QString grp = group(integration(deployment()));
        for (int i = 0; i < 45; ++i)
            QVERIFY(!endpoint(grp, QStringLiteral("ep%1").arg(i, 2, 10, QLatin1Char('0'))).isEmpty());
        const QString list = kBase + QStringLiteral("mjx_endpoint/");

        QJsonObject page = get(list);
        QJsonObject meta = page.value(QStringLiteral("meta")).toObject();
        QCOMPARE(meta.value(QStringLiteral("limit")).toInt(), 20);
        QCOMPARE(meta.value(QStringLiteral("offset")).toInt(), 0);
        QCOMPARE(meta.value(QStringLiteral("total_count")).toInt(), 45);
        QCOMPARE(meta.value(QStringLiteral("next")).toString(), list + QStringLiteral("?limit=20&offset=20"));
        QVERIFY(meta.value(QStringLiteral("previous")).isNull());
        QCOMPARE(page.value(QStringLiteral("objects")).toArray().size(), 20);
        QCOMPARE(page.value(QStringLiteral("objects"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("ep00"));

        page = get(list + QStringLiteral("?offset=20"));
        meta = page.value(QStringLiteral("meta")).toObject();
        QCOMPARE(meta.value(QStringLiteral("previous")).toString(),
                 list + QStringLiteral("?limit=20&offset=0"));
        QCOMPARE(meta.value(QStringLiteral("next")).toString(), list + QStringLiteral("?limit=20&offset=40"));

        page = get(meta.value(QStringLiteral("next")).toString());
        meta = page.value(QStringLiteral("meta")).toObject();
        QVERIFY(meta.value(QStringLiteral("next")).isNull());
        QCOMPARE(page.value(QStringLiteral("objects")).toArray().size(), 5);

        // Tastypie gives no "previous" unless a whole page fits before the offset.
        meta = get(list + QStringLiteral("?offset=5")).value(QStringLiteral("meta")).toObject();
        QVERIFY(meta.value(QStringLiteral("previous")).isNull());

        page = get(list + QStringLiteral("?limit=0"));
        QCOMPARE(page.value(QStringLiteral("objects")).toArray().size(), 45);
        QCOMPARE(page.value(QStringLiteral("meta")).toObject().value(QStringLiteral("limit")).toInt(), 1000);
        QVERIFY(page.value(QStringLiteral("meta")).toObject().value(QStringLiteral("next")).isNull());

        // Filters are kept in next/previous.
        meta = get(list + QStringLiteral("?name__startswith=ep1&limit=4"))
                   .value(QStringLiteral("meta"))
                   .toObject();
        QCOMPARE(meta.value(QStringLiteral("total_count")).toInt(), 10);
        QCOMPARE(meta.value(QStringLiteral("next")).toString(),
                 list + QStringLiteral("?name__startswith=ep1&limit=4&offset=4"));
    }

    void paginationErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        QTest::newRow("limit text")
            << QStringLiteral("limit=abc")
            << QStringLiteral("Invalid limit 'abc' provided. Please provide a positive integer.");
        QTest::newRow("limit negative")
            << QStringLiteral("limit=-1")
            << QStringLiteral("Invalid limit '-1' provided. Please provide a positive integer >= 0.");
        QTest::newRow("offset text") << QStringLiteral("offset=x")
                                     << QStringLiteral(
                                            "Invalid offset 'x' provided. Please provide an integer.");
        QTest::newRow("offset negative")
            << QStringLiteral("offset=-5")
            << QStringLiteral("Invalid offset '-5' provided. Please provide a positive integer >= 0.");
        QTest::newRow("password filter")
            << QStringLiteral("service_account_password=x")
            << QStringLiteral("The 'service_account_password' field does not allow filtering.");
        QTest::newRow("bad term") << QStringLiteral("name__regex=x")
                                  << QStringLiteral("'regex' is not an allowed filter on the 'name' field.");
        QTest::newRow("bad order") << QStringLiteral("order_by=nope")
                                   << QStringLiteral("No matching 'nope' field for ordering on.");
    }
    void paginationErrors()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        const LabHttpResponse r = call("GET", kBase + QStringLiteral("mjx_exchange_deployment/?") + query);
        QCOMPARE(r.status, 400);
        QCOMPARE(json(r), (QJsonObject{{QStringLiteral("error"), message}}));
    }

    void filtersAndOrdering()
    {
        const QString dep = deployment();
        const QString integA = integration(dep, QStringLiteral("A"));
        const QString integB = integration(dep, QStringLiteral("B"));
        const QString gA = group(integA, QStringLiteral("GA"));
        const QString gB = group(integB, QStringLiteral("GB"));
        endpoint(gA, QStringLiteral("Alpha"));
        endpoint(gA, QStringLiteral("beta"));
        endpoint(gB, QStringLiteral("Gamma"));
        const auto names = [this](const QString& q) {
            QStringList out;
            for (const auto& v :
                 get(kBase + QStringLiteral("mjx_endpoint/?") + q).value(QStringLiteral("objects")).toArray())
                out.append(v.toObject().value(QStringLiteral("name")).toString());
            return out;
        };
        QCOMPARE(names(QStringLiteral("name=beta")), QStringList{QStringLiteral("beta")});
        QCOMPARE(names(QStringLiteral("name=Beta")), QStringList());
        QCOMPARE(names(QStringLiteral("name__iexact=BETA")), QStringList{QStringLiteral("beta")});
        QCOMPARE(names(QStringLiteral("name__icontains=A")).size(), 3);
        QCOMPARE(names(QStringLiteral("name__contains=a")),
                 (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("Gamma")}));
        const QString gBid = gB.section(QLatin1Char('/'), -2, -2);
        QCOMPARE(names(QStringLiteral("mjx_endpoint_group=") + gBid), QStringList{QStringLiteral("Gamma")});
        QCOMPARE(names(QStringLiteral("mjx_endpoint_group=") + gB), QStringList{QStringLiteral("Gamma")});
        QCOMPARE(names(QStringLiteral("room_resource_email=Alpha@lab.example")),
                 QStringList{QStringLiteral("Alpha")});
        QCOMPARE(names(QStringLiteral("unknown_param=1")).size(), 3); // ignored, as Tastypie does
        QCOMPARE(names(QStringLiteral("order_by=-name")),
                 (QStringList{QStringLiteral("beta"), QStringLiteral("Gamma"), QStringLiteral("Alpha")}));
        QCOMPARE(names(QStringLiteral("id__gt=1&order_by=id")),
                 (QStringList{QStringLiteral("beta"), QStringLiteral("Gamma")}));
        QCOMPARE(call("GET", kBase + QStringLiteral("mjx_endpoint/?mjx_endpoint_group=abc")).status, 400);
        QCOMPARE(get(kBase + QStringLiteral("mjx_integration/?exchange_deployment=") +
                     dep.section(QLatin1Char('/'), -2, -2))
                     .value(QStringLiteral("meta"))
                     .toObject()
                     .value(QStringLiteral("total_count"))
                     .toInt(),
                 2);
    }

    // --- validation ----------------------------------------------------------------------------------

    void fieldValidation_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QJsonObject>("body"); // merged over a valid body
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("remove"); // remove "field" from the valid body instead
        const auto row = [](const char* tag, const char* res, QJsonObject body, const char* field,
                            const QString& msg, bool remove = false) {
            QTest::newRow(tag) << str(res) << body << str(field) << msg << remove;
        };
        const QString required = QStringLiteral("This field is required.");
        const QString long251 = QString(251, QLatin1Char('n'));
        // mjx_exchange_deployment
        row("dep name missing", "mjx_exchange_deployment", {}, "name", required, true);
        row("dep name empty", "mjx_exchange_deployment", {{str("name"), QString()}}, "name", required);
        row("dep name null", "mjx_exchange_deployment", {{str("name"), QJsonValue()}}, "name", required);
        row("dep name 251", "mjx_exchange_deployment", {{str("name"), long251}}, "name",
            QStringLiteral("Ensure this value has at most 250 characters (it has 251)."));
        row("dep description 251", "mjx_exchange_deployment", {{str("description"), long251}}, "description",
            QStringLiteral("Ensure this value has at most 250 characters (it has 251)."));
        row("dep username 101", "mjx_exchange_deployment",
            {{str("service_account_username"), QString(101, QLatin1Char('u'))}}, "service_account_username",
            QStringLiteral("Ensure this value has at most 100 characters (it has 101)."));
        row("dep password 101", "mjx_exchange_deployment",
            {{str("service_account_password"), QString(101, QLatin1Char('p'))}}, "service_account_password",
            QStringLiteral("Ensure this value has at most 100 characters (it has 101)."));
        row("dep ews_url 256", "mjx_exchange_deployment", {{str("ews_url"), QString(256, QLatin1Char('e'))}},
            "ews_url", QStringLiteral("Ensure this value has at most 255 characters (it has 256)."));
        row("dep realm 251", "mjx_exchange_deployment", {{str("kerberos_realm"), long251}}, "kerberos_realm",
            QStringLiteral("Ensure this value has at most 250 characters (it has 251)."));
        row("dep kdc 256", "mjx_exchange_deployment", {{str("kerberos_kdc"), QString(256, QLatin1Char('k'))}},
            "kerberos_kdc", QStringLiteral("Ensure this value has at most 255 characters (it has 256)."));
        row("dep auth lowercase", "mjx_exchange_deployment", {{str("authentication_method"), str("basic")}},
            "authentication_method",
            QStringLiteral("Select a valid choice. basic is not one of the available choices."));
        row("dep auth unknown", "mjx_exchange_deployment", {{str("authentication_method"), str("DIGEST")}},
            "authentication_method",
            QStringLiteral("Select a valid choice. DIGEST is not one of the available choices."));
        row("dep quota low", "mjx_exchange_deployment", {{str("find_items_request_quota"), 9999}},
            "find_items_request_quota",
            QStringLiteral("Ensure this value is greater than or equal to 10000."));
        row("dep quota high", "mjx_exchange_deployment", {{str("find_items_request_quota"), 10000001}},
            "find_items_request_quota",
            QStringLiteral("Ensure this value is less than or equal to 10000000."));
        row("dep quota text", "mjx_exchange_deployment", {{str("find_items_request_quota"), str("lots")}},
            "find_items_request_quota", QStringLiteral("Enter a whole number."));
        row("dep quota fraction", "mjx_exchange_deployment", {{str("find_items_request_quota"), 10000.5}},
            "find_items_request_quota", QStringLiteral("Enter a whole number."));
        row("dep bool text", "mjx_exchange_deployment", {{str("disable_proxy"), str("yes")}}, "disable_proxy",
            QStringLiteral("\u201cyes\u201d value must be either True or False."));
        // mjx_exchange_autodiscover_url
        row("ad url missing", "mjx_exchange_autodiscover_url", {}, "url", required, true);
        row("ad url 256", "mjx_exchange_autodiscover_url", {{str("url"), QString(256, QLatin1Char('u'))}},
            "url", QStringLiteral("Ensure this value has at most 255 characters (it has 256)."));
        row("ad deployment missing", "mjx_exchange_autodiscover_url", {}, "exchange_deployment", required,
            true);
        row("ad deployment null", "mjx_exchange_autodiscover_url",
            {{str("exchange_deployment"), QJsonValue()}}, "exchange_deployment", required);
        // mjx_integration
        row("int upcoming 366", "mjx_integration", {{str("display_upcoming_meetings"), 366}},
            "display_upcoming_meetings", QStringLiteral("Ensure this value is less than or equal to 365."));
        row("int upcoming -1", "mjx_integration", {{str("display_upcoming_meetings"), -1}},
            "display_upcoming_meetings", QStringLiteral("Ensure this value is greater than or equal to 0."));
        row("int start 181", "mjx_integration", {{str("start_buffer"), 181}}, "start_buffer",
            QStringLiteral("Ensure this value is less than or equal to 180."));
        row("int end -1", "mjx_integration", {{str("end_buffer"), -1}}, "end_buffer",
            QStringLiteral("Ensure this value is greater than or equal to 0."));
        row("int subject type", "mjx_integration", {{str("replace_subject_type"), str("private")}},
            "replace_subject_type",
            QStringLiteral("Select a valid choice. private is not one of the available choices."));
        row("int template 513", "mjx_integration",
            {{str("replace_subject_template"), QString(513, QLatin1Char('t'))}}, "replace_subject_template",
            QStringLiteral("Ensure this value has at most 512 characters (it has 513)."));
        row("int name missing", "mjx_integration", {}, "name", required, true);
        // mjx_endpoint_group
        row("grp location missing", "mjx_endpoint_group", {}, "system_location", required, true);
        row("grp name missing", "mjx_endpoint_group", {}, "name", required, true);
        // mjx_endpoint
        row("ep email missing", "mjx_endpoint", {}, "room_resource_email", required, true);
        row("ep email 151", "mjx_endpoint", {{str("room_resource_email"), QString(151, QLatin1Char('r'))}},
            "room_resource_email",
            QStringLiteral("Ensure this value has at most 150 characters (it has 151)."));
        row("ep address missing", "mjx_endpoint", {}, "api_address", required, true);
        row("ep address 256", "mjx_endpoint", {{str("api_address"), QString(256, QLatin1Char('a'))}},
            "api_address", QStringLiteral("Ensure this value has at most 255 characters (it has 256)."));
        row("ep type", "mjx_endpoint", {{str("endpoint_type"), str("LIFESIZE")}}, "endpoint_type",
            QStringLiteral("Select a valid choice. LIFESIZE is not one of the available choices."));
        row("ep port 0", "mjx_endpoint", {{str("api_port"), 0}}, "api_port",
            QStringLiteral("Ensure this value is greater than or equal to 1."));
        row("ep port 65536", "mjx_endpoint", {{str("api_port"), 65536}}, "api_port",
            QStringLiteral("Ensure this value is less than or equal to 65535."));
        row("ep use_https", "mjx_endpoint", {{str("use_https"), str("TRUE")}}, "use_https",
            QStringLiteral("Select a valid choice. TRUE is not one of the available choices."));
        row("ep verify_cert", "mjx_endpoint", {{str("verify_cert"), str("no")}}, "verify_cert",
            QStringLiteral("Select a valid choice. no is not one of the available choices."));
        // mjx_meeting_processing_rule
        row("rule priority 0", "mjx_meeting_processing_rule", {{str("priority"), 0}}, "priority",
            QStringLiteral("Ensure this value is greater than or equal to 1."));
        row("rule priority 201", "mjx_meeting_processing_rule", {{str("priority"), 201}}, "priority",
            QStringLiteral("Ensure this value is less than or equal to 200."));
        row("rule priority missing", "mjx_meeting_processing_rule", {}, "priority", required, true);
        row("rule type missing", "mjx_meeting_processing_rule", {}, "meeting_type", required, true);
        row("rule type", "mjx_meeting_processing_rule", {{str("meeting_type"), str("msteams")}},
            "meeting_type",
            QStringLiteral("Select a valid choice. msteams is not one of the available choices."));
        row("rule integration missing", "mjx_meeting_processing_rule", {}, "mjx_integration", required, true);
        row("rule match 251", "mjx_meeting_processing_rule", {{str("match_string"), long251}}, "match_string",
            QStringLiteral("Ensure this value has at most 250 characters (it has 251)."));
        row("rule replace 251", "mjx_meeting_processing_rule", {{str("replace_string"), long251}},
            "replace_string", QStringLiteral("Ensure this value has at most 250 characters (it has 251)."));
        row("rule transform 513", "mjx_meeting_processing_rule",
            {{str("transform_rule"), QString(513, QLatin1Char('t'))}}, "transform_rule",
            QStringLiteral("Ensure this value has at most 512 characters (it has 513)."));
        row("rule template 10241", "mjx_meeting_processing_rule",
            {{str("custom_template"), QString(10241, QLatin1Char('c'))}}, "custom_template",
            QStringLiteral("Ensure this value has at most 10240 characters (it has 10241)."));
        row("rule domain 256", "mjx_meeting_processing_rule",
            {{str("domain"), QString(256, QLatin1Char('d'))}}, "domain",
            QStringLiteral("Ensure this value has at most 255 characters (it has 256)."));
        row("rule company 37", "mjx_meeting_processing_rule",
            {{str("company_id"), QString(37, QLatin1Char('c'))}}, "company_id",
            QStringLiteral("Ensure this value has at most 36 characters (it has 37)."));
        // ca_certificate
        row("ca missing", "ca_certificate", {}, "certificate", required, true);
        row("ca garbage", "ca_certificate", {{str("certificate"), str("hello")}}, "certificate",
            QStringLiteral("No PEM-encoded certificate found."));
        row("ca bad pem", "ca_certificate",
            {{str("certificate"),
              str("-----BEGIN CERTIFICATE-----\nMIIBnotbase64!!\n-----END CERTIFICATE-----\n")}},
            "certificate",
            QStringLiteral("Could not load the certificate: the PEM data is not a valid X.509 certificate."));
        // ms_exchange_connector
        row("vmr username 101", "ms_exchange_connector", {{str("username"), QString(101, QLatin1Char('u'))}},
            "username", QStringLiteral("Ensure this value has at most 100 characters (it has 101)."));
    }
    void fieldValidation()
    {
        QFETCH(QString, resource);
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QFETCH(bool, remove);
        const QString dep = deployment();
        const QString integ = integration(dep);
        const QString grp = group(integ);
        QJsonObject valid;
        if (resource == QLatin1String("mjx_exchange_deployment"))
            valid = {{QStringLiteral("name"), QStringLiteral("D2")}};
        else if (resource == QLatin1String("mjx_exchange_autodiscover_url"))
            valid = {{QStringLiteral("name"), QStringLiteral("AD")},
                     {QStringLiteral("url"), QStringLiteral("https://ad/")},
                     {QStringLiteral("exchange_deployment"), dep}};
        else if (resource == QLatin1String("mjx_integration"))
            valid = {{QStringLiteral("name"), QStringLiteral("P2")},
                     {QStringLiteral("exchange_deployment"), dep}};
        else if (resource == QLatin1String("mjx_endpoint_group"))
            valid = {{QStringLiteral("name"), QStringLiteral("G2")},
                     {QStringLiteral("system_location"), location()}};
        else if (resource == QLatin1String("mjx_endpoint"))
            valid = {{QStringLiteral("name"), QStringLiteral("E")},
                     {QStringLiteral("room_resource_email"), QStringLiteral("r@lab.example")},
                     {QStringLiteral("api_address"), QStringLiteral("10.0.0.1")},
                     {QStringLiteral("mjx_endpoint_group"), grp}};
        else if (resource == QLatin1String("mjx_meeting_processing_rule"))
            valid = {{QStringLiteral("name"), QStringLiteral("R")},
                     {QStringLiteral("priority"), 1},
                     {QStringLiteral("meeting_type"), QStringLiteral("regex")},
                     {QStringLiteral("mjx_integration"), integ}};
        else if (resource == QLatin1String("ca_certificate"))
            valid = {{QStringLiteral("certificate"), QStringLiteral("placeholder")}};
        else
            valid = {{QStringLiteral("name"), QStringLiteral("VMR2")}};
        const QJsonObject base = valid;
        if (remove)
            valid.remove(field);
        for (auto it = body.begin(); it != body.end(); ++it)
            valid.insert(it.key(), it.value());

        const int before = m_store.count(resource);
        m_changes = 0;
        const LabHttpResponse r = call("POST", kBase + resource + QLatin1Char('/'), valid);
        QCOMPARE(r.status, 400);
        QCOMPARE(header(r, "Content-Type"), QByteArray("application/json; charset=utf-8"));
        const QJsonObject expected{{resource, QJsonObject{{field, QJsonArray{message}}}}};
        QCOMPARE(json(r), expected);
        QCOMPARE(m_store.count(resource), before);
        QCOMPARE(m_changes, 0);

        // The same rule applies to PATCH of an existing object (not for "missing" rows, which PATCH keeps).
        if (remove || resource == QLatin1String("ca_certificate"))
            return;
        QJsonObject fixed = base;
        if (resource == QLatin1String("mjx_exchange_deployment") ||
            resource == QLatin1String("mjx_integration") ||
            resource == QLatin1String("ms_exchange_connector") ||
            resource == QLatin1String("mjx_endpoint_group"))
            fixed.insert(QStringLiteral("name"), QStringLiteral("patch-target"));
        const QString uri = create(resource, fixed);
        QVERIFY(!uri.isEmpty());
        const LabHttpResponse p = call("PATCH", uri, body);
        QCOMPARE(p.status, 400);
        QCOMPARE(json(p), expected);
    }

    void boundaryValuesAreAccepted_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("quota min") << QStringLiteral("mjx_exchange_deployment")
                                   << QStringLiteral("find_items_request_quota") << QJsonValue(10000);
        QTest::newRow("quota max") << QStringLiteral("mjx_exchange_deployment")
                                   << QStringLiteral("find_items_request_quota") << QJsonValue(10000000);
        QTest::newRow("quota string")
            << QStringLiteral("mjx_exchange_deployment") << QStringLiteral("find_items_request_quota")
            << QJsonValue(QStringLiteral("20000"));
        QTest::newRow("name 250") << QStringLiteral("mjx_exchange_deployment") << QStringLiteral("name")
                                  << QJsonValue(QString(250, QLatin1Char('n')));
        QTest::newRow("username 100")
            << QStringLiteral("mjx_exchange_deployment") << QStringLiteral("service_account_username")
            << QJsonValue(QString(100, QLatin1Char('u')));
        QTest::newRow("upcoming 0") << QStringLiteral("mjx_integration")
                                    << QStringLiteral("display_upcoming_meetings") << QJsonValue(0);
        QTest::newRow("upcoming 365") << QStringLiteral("mjx_integration")
                                      << QStringLiteral("display_upcoming_meetings") << QJsonValue(365);
        QTest::newRow("start 180") << QStringLiteral("mjx_integration") << QStringLiteral("start_buffer")
                                   << QJsonValue(180);
        QTest::newRow("every auth method")
            << QStringLiteral("mjx_exchange_deployment") << QStringLiteral("authentication_method")
            << QJsonValue(QStringLiteral("KERBEROS"));
        QTest::newRow("subject ALL") << QStringLiteral("mjx_integration")
                                     << QStringLiteral("replace_subject_type")
                                     << QJsonValue(QStringLiteral("ALL"));
    }
    void boundaryValuesAreAccepted()
    {
        QFETCH(QString, resource);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject body{{QStringLiteral("name"), QStringLiteral("B")}, {field, value}};
        const QString uri = create(resource, body);
        QVERIFY(!uri.isEmpty());
        const QJsonValue got = get(uri).value(field);
        if (value.isString() && field == QLatin1String("find_items_request_quota"))
            QCOMPARE(got.toInt(), value.toString().toInt()); // coerced like a Django IntegerField
        else
            QCOMPARE(got, value);
    }

    void duplicateNameRejected()
    {
        const QString a = deployment(QStringLiteral("Same"));
        QVERIFY(!a.isEmpty());
        LabHttpResponse r = call("POST", kBase + QStringLiteral("mjx_exchange_deployment/"),
                                 {{QStringLiteral("name"), QStringLiteral("Same")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(
            json(r),
            (QJsonObject{{QStringLiteral("mjx_exchange_deployment"),
                          QJsonObject{{QStringLiteral("name"),
                                       QJsonArray{QStringLiteral(
                                           "OTJ Exchange Integration with this Name already exists.")}}}}}));
        // Case matters (PostgreSQL unique index).
        QVERIFY(!deployment(QStringLiteral("same")).isEmpty());
        // Saving an object under its own name is fine; renaming onto another is not.
        QCOMPARE(call("PATCH", a, {{QStringLiteral("name"), QStringLiteral("Same")}}).status, 202);
        const QString b = deployment(QStringLiteral("Other"));
        r = call("PATCH", b, {{QStringLiteral("name"), QStringLiteral("Same")}});
        QCOMPARE(r.status, 400);
        QVERIFY(json(r)
                    .value(QStringLiteral("mjx_exchange_deployment"))
                    .toObject()
                    .contains(QStringLiteral("name")));
        // Same rule on the other resources that have names.
        const QString integ = integration(a, QStringLiteral("P"));
        QCOMPARE(call("POST", kBase + QStringLiteral("mjx_integration/"),
                      {{QStringLiteral("name"), QStringLiteral("P")}})
                     .status,
                 400);
        group(integ, QStringLiteral("G"));
        QCOMPARE(call("POST", kBase + QStringLiteral("mjx_endpoint_group/"),
                      {{QStringLiteral("name"), QStringLiteral("G")},
                       {QStringLiteral("system_location"), location()}})
                     .status,
                 400);
    }

    void relatedUrisMustExist_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing object")
            << QJsonValue(kBase + QStringLiteral("mjx_exchange_deployment/99/"))
            << QStringLiteral("Could not find the provided object via resource URI "
                              "'/api/admin/configuration/v1/mjx_exchange_deployment/99/'.");
        QTest::newRow("wrong resource")
            << QJsonValue(kBase + QStringLiteral("mjx_integration/1/"))
            << QStringLiteral("An incorrect URL was provided "
                              "'/api/admin/configuration/v1/mjx_integration/1/' for the "
                              "'mjx_exchange_deployment' resource.");
        QTest::newRow("absolute url")
            << QJsonValue(QStringLiteral(
                   "https://127.0.0.1:8443/api/admin/configuration/v1/mjx_exchange_deployment/1/"))
            << QStringLiteral(
                   "An incorrect URL was provided "
                   "'https://127.0.0.1:8443/api/admin/configuration/v1/mjx_exchange_deployment/1/' "
                   "for the 'mjx_exchange_deployment' resource.");
        QTest::newRow("no slash") << QJsonValue(kBase + QStringLiteral("mjx_exchange_deployment/1"))
                                  << QStringLiteral(
                                         "An incorrect URL was provided "
                                         "'/api/admin/configuration/v1/mjx_exchange_deployment/1' for the "
                                         "'mjx_exchange_deployment' resource.");
        QTest::newRow("integer id")
            << QJsonValue(1)
            << QStringLiteral("The 'exchange_deployment' field was given data that was not a URI, "
                              "not a dictionary-alike and does not have a 'pk' attribute: 1.");
    }
    void relatedUrisMustExist()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QVERIFY(!deployment().isEmpty()); // id 1 exists
        const LabHttpResponse r = call(
            "POST", kBase + QStringLiteral("mjx_integration/"),
            {{QStringLiteral("name"), QStringLiteral("P")}, {QStringLiteral("exchange_deployment"), value}});
        QCOMPARE(r.status, 400);
        QCOMPARE(json(r), (QJsonObject{{QStringLiteral("error"), message}}));
        QCOMPARE(m_store.count(QStringLiteral("mjx_integration")), 0);
    }

    void creationOrderIsEnforced()
    {
        // §3: each step needs the URI of the previous one.
        const QString missingDep = kBase + QStringLiteral("mjx_exchange_deployment/1/");
        QCOMPARE(call("POST", kBase + QStringLiteral("mjx_exchange_autodiscover_url/"),
                      {{QStringLiteral("name"), QStringLiteral("AD")},
                       {QStringLiteral("url"), QStringLiteral("https://ad/")},
                       {QStringLiteral("exchange_deployment"), missingDep}})
                     .status,
                 400);
        QCOMPARE(call("POST", kBase + QStringLiteral("mjx_integration/"),
                      {{QStringLiteral("name"), QStringLiteral("P")},
                       {QStringLiteral("exchange_deployment"), missingDep}})
                     .status,
                 400);
        QCOMPARE(call("POST", kBase + QStringLiteral("mjx_meeting_processing_rule/"),
                      {{QStringLiteral("name"), QStringLiteral("R")},
                       {QStringLiteral("priority"), 1},
                       {QStringLiteral("meeting_type"), QStringLiteral("regex")},
                       {QStringLiteral("mjx_integration"), kBase + QStringLiteral("mjx_integration/1/")}})
                     .status,
                 400);
        QCOMPARE(
            call("POST", kBase + QStringLiteral("mjx_endpoint/"),
                 {{QStringLiteral("name"), QStringLiteral("E")},
                  {QStringLiteral("room_resource_email"), QStringLiteral("r@x")},
                  {QStringLiteral("api_address"), QStringLiteral("10.0.0.1")},
                  {QStringLiteral("mjx_endpoint_group"), kBase + QStringLiteral("mjx_endpoint_group/1/")}})
                .status,
            400);
        // In order, everything succeeds.
        const QString dep = deployment();
        QCOMPARE(dep, missingDep);
        const QString integ = integration(dep);
        QVERIFY(!integ.isEmpty());
        const QString grp = group(integ);
        QVERIFY(!grp.isEmpty());
        QVERIFY(!endpoint(grp, QStringLiteral("room1")).isEmpty());
        QVERIFY(!create(QStringLiteral("mjx_meeting_processing_rule"),
                        {{QStringLiteral("name"), QStringLiteral("R")},
                         {QStringLiteral("priority"), 1},
                         {QStringLiteral("meeting_type"), QStringLiteral("regex")},
                         {QStringLiteral("mjx_integration"), integ}})
                     .isEmpty());
    }

    void badBodies()
    {
        LabHttpRequest r = makeRequest("POST", kBase + QStringLiteral("mjx_exchange_deployment/"));
        r.body = "{not json";
        LabHttpResponse resp = m_api->handle(r);
        QCOMPARE(resp.status, 400);
        QCOMPARE(json(resp),
                 (QJsonObject{{QStringLiteral("error"), QStringLiteral("Request is not valid JSON.")}}));
        r.body = "[1,2]";
        QCOMPARE(m_api->handle(r).status, 400);
        r.body = "name=x";
        for (auto& h : r.headers)
            if (h.first == "Content-Type")
                h.second = "application/x-www-form-urlencoded";
        resp = m_api->handle(r);
        QCOMPARE(resp.status, 400);
        QVERIFY(json(resp)
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("application/x-www-form-urlencoded")));
        QCOMPARE(m_store.count(QStringLiteral("mjx_exchange_deployment")), 0);
    }

    // --- ca_certificate --------------------------------------------------------------------------------

    void caCertificateFieldsAreParsed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString caKey = dir.filePath(QStringLiteral("ca.key"));
        const QString caPem = dir.filePath(QStringLiteral("ca.pem"));
        const QString leafKey = dir.filePath(QStringLiteral("leaf.key"));
        const QString leafCsr = dir.filePath(QStringLiteral("leaf.csr"));
        const QString leafPem = dir.filePath(QStringLiteral("leaf.pem"));
        const QString ext = dir.filePath(QStringLiteral("leaf.ext"));
        QVERIFY(!openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                          QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-sha256"),
                          QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                          QStringLiteral("/C=NO/O=OTJ Lab/CN=OTJ Lab Root CA"), QStringLiteral("-keyout"),
                          caKey, QStringLiteral("-out"), caPem})
                     .isNull());
        QVERIFY(QFile::exists(caPem));
        QVERIFY(!openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                          QStringLiteral("-nodes"), QStringLiteral("-subj"),
                          QStringLiteral("/O=OTJ Lab/CN=Exchange Issuing CA"), QStringLiteral("-keyout"),
                          leafKey, QStringLiteral("-out"), leafCsr})
                     .isNull());
        {
            QFile f(ext);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("basicConstraints=critical,CA:TRUE\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier="
                    "keyid\n");
        }
        QVERIFY(!openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), leafCsr,
                          QStringLiteral("-CA"), caPem, QStringLiteral("-CAkey"), caKey,
                          QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("10"),
                          QStringLiteral("-sha256"), QStringLiteral("-extfile"), ext, QStringLiteral("-out"),
                          leafPem})
                     .isNull());

        const auto readFile = [](const QString& path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        const QString caUri =
            create(QStringLiteral("ca_certificate"), {{QStringLiteral("certificate"), readFile(caPem)}});
        const QString leafUri = create(QStringLiteral("ca_certificate"),
                                       {{QStringLiteral("certificate"), readFile(leafPem)},
                                        {QStringLiteral("trusted_intermediate"), true},
                                        {QStringLiteral("subject_hash"), QStringLiteral("ignored")}});
        QVERIFY(!caUri.isEmpty());
        QVERIFY(!leafUri.isEmpty());
        const QJsonObject ca = get(caUri);
        const QJsonObject leaf = get(leafUri);

        const QString caHash = openssl({QStringLiteral("x509"), QStringLiteral("-in"), caPem,
                                        QStringLiteral("-noout"), QStringLiteral("-hash")});
        QCOMPARE(caHash.size(), 8);
        QCOMPARE(ca.value(QStringLiteral("subject_hash")).toString(), caHash);
        QCOMPARE(ca.value(QStringLiteral("issuer_hash")).toString(), caHash);
        QCOMPARE(leaf.value(QStringLiteral("subject_hash")).toString(),
                 openssl({QStringLiteral("x509"), QStringLiteral("-in"), leafPem, QStringLiteral("-noout"),
                          QStringLiteral("-subject_hash")}));
        QCOMPARE(leaf.value(QStringLiteral("issuer_hash")).toString(),
                 openssl({QStringLiteral("x509"), QStringLiteral("-in"), leafPem, QStringLiteral("-noout"),
                          QStringLiteral("-issuer_hash")}));
        QCOMPARE(leaf.value(QStringLiteral("issuer_hash")).toString(), caHash);
        QVERIFY(leaf.value(QStringLiteral("subject_hash")).toString() != caHash);

        QCOMPARE(ca.value(QStringLiteral("subject_name")).toString(), QStringLiteral("CN=OTJ Lab Root CA"));
        QCOMPARE(ca.value(QStringLiteral("raw_subject")).toString(),
                 QStringLiteral("CN=OTJ Lab Root CA,O=OTJ Lab,C=NO"));
        QCOMPARE(leaf.value(QStringLiteral("issuer_name")).toString(), QStringLiteral("CN=OTJ Lab Root CA"));
        QCOMPARE(leaf.value(QStringLiteral("raw_issuer")).toString(),
                 QStringLiteral("CN=OTJ Lab Root CA,O=OTJ Lab,C=NO"));
        QCOMPARE(leaf.value(QStringLiteral("subject_name")).toString(),
                 QStringLiteral("CN=Exchange Issuing CA"));

        // serial_no is decimal; openssl prints hex.
        const QString serialHex = openssl({QStringLiteral("x509"), QStringLiteral("-in"), leafPem,
                                           QStringLiteral("-noout"), QStringLiteral("-serial")})
                                      .section(QLatin1Char('='), 1);
        QVERIFY(!serialHex.isEmpty());
        QCOMPARE(leaf.value(QStringLiteral("serial_no")).toString().isEmpty(), false);
        {
            // Compare via the last 15 hex digits (fits in 64 bits) to avoid bignum code in the test.
            const QString dec = leaf.value(QStringLiteral("serial_no")).toString();
            QVERIFY(QRegularExpression(QStringLiteral("^\\d+$")).match(dec).hasMatch());
            if (serialHex.size() <= 15)
                QCOMPARE(dec.toULongLong(), serialHex.toULongLong(nullptr, 16));
        }

        // Dates as the openssl -dates output, in UTC.
        const QString dates = openssl({QStringLiteral("x509"), QStringLiteral("-in"), caPem,
                                       QStringLiteral("-noout"), QStringLiteral("-dates")});
        const auto opensslDate = [&dates](const QString& key) {
            for (const QString& line : dates.split(QLatin1Char('\n')))
                if (line.startsWith(key + QLatin1Char('='))) {
                    QString v = line.section(QLatin1Char('='), 1).simplified();
                    v.remove(QStringLiteral(" GMT"));
                    return QDateTime::fromString(v, QStringLiteral("MMM d HH:mm:ss yyyy"))
                        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
                }
            return QString();
        };
        QCOMPARE(ca.value(QStringLiteral("start_date")).toString(), opensslDate(QStringLiteral("notBefore")));
        QCOMPARE(ca.value(QStringLiteral("end_date")).toString(), opensslDate(QStringLiteral("notAfter")));

        // Key identifiers: the leaf's authority key id is the CA's subject key id.
        const QString caSki = ca.value(QStringLiteral("key_id")).toString();
        QVERIFY(
            QRegularExpression(QStringLiteral("^([0-9a-f]{2}:){19}[0-9a-f]{2}$")).match(caSki).hasMatch());
        QCOMPARE(leaf.value(QStringLiteral("issuer_key_id")).toString(), caSki);
        const QString opensslSki =
            openssl({QStringLiteral("x509"), QStringLiteral("-in"), caPem, QStringLiteral("-noout"),
                     QStringLiteral("-ext"), QStringLiteral("subjectKeyIdentifier")})
                .section(QLatin1Char('\n'), 1)
                .trimmed()
                .toLower();
        QCOMPARE(caSki, opensslSki);

        QVERIFY(ca.value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("Subject: C = NO, O = OTJ Lab, CN = OTJ Lab Root CA")));
        QCOMPARE(ca.value(QStringLiteral("text")).toString().trimmed(),
                 openssl({QStringLiteral("x509"), QStringLiteral("-in"), caPem, QStringLiteral("-noout"),
                          QStringLiteral("-text")}));
        QCOMPARE(ca.value(QStringLiteral("trusted_intermediate")).toBool(), false);
        QCOMPARE(leaf.value(QStringLiteral("trusted_intermediate")).toBool(), true);

        // PATCH trusted_intermediate keeps the parsed fields; PATCH with a bad certificate is rejected.
        QCOMPARE(call("PATCH", caUri, {{QStringLiteral("trusted_intermediate"), true}}).status, 202);
        QCOMPARE(get(caUri).value(QStringLiteral("subject_hash")).toString(), caHash);
        const LabHttpResponse bad =
            call("PATCH", caUri, {{QStringLiteral("certificate"), QStringLiteral("nope")}});
        QCOMPARE(bad.status, 400);
        QVERIFY(json(bad)
                    .value(QStringLiteral("ca_certificate"))
                    .toObject()
                    .contains(QStringLiteral("certificate")));
        // PATCH with the leaf replaces every read-only field.
        QCOMPARE(call("PATCH", caUri, {{QStringLiteral("certificate"), readFile(leafPem)}}).status, 202);
        QCOMPARE(get(caUri).value(QStringLiteral("subject_hash")).toString(),
                 leaf.value(QStringLiteral("subject_hash")).toString());
    }

    // --- ms_exchange_connector and status ---------------------------------------------------------------

    void seededVmrConnectorIsVisibleWithoutPassword()
    {
        const QJsonObject list = get(kBase + QStringLiteral("ms_exchange_connector/"));
        QCOMPARE(list.value(QStringLiteral("meta")).toObject().value(QStringLiteral("total_count")).toInt(),
                 1);
        const QJsonObject c = list.value(QStringLiteral("objects")).toArray().first().toObject();
        QCOMPARE(c.value(QStringLiteral("username")).toString(), QStringLiteral("svc-vmr@lab.example"));
        QVERIFY(!c.contains(QStringLiteral("password")));
        QVERIFY(!c.value(QStringLiteral("uuid")).toString().isEmpty());
        QCOMPARE(c.value(QStringLiteral("resource_uri")).toString(),
                 kBase + QStringLiteral("ms_exchange_connector/1/"));
    }

    void statusEndpointIsDerived()
    {
        const QString integ = integration(deployment());
        const QString grp = group(integ);
        const QString ep = endpoint(grp, QStringLiteral("room1"));
        create(QStringLiteral("mjx_endpoint"),
               {{QStringLiteral("name"), QStringLiteral("unassigned")},
                {QStringLiteral("room_resource_email"), QStringLiteral("x@lab.example")},
                {QStringLiteral("api_address"), QStringLiteral("10.9.9.9")}});
        const QString statusList = QStringLiteral("/api/admin/status/v1/mjx_endpoint/");
        QJsonObject list = get(statusList);
        QCOMPARE(list.value(QStringLiteral("meta")).toObject().value(QStringLiteral("total_count")).toInt(),
                 1);
        const QJsonObject s = list.value(QStringLiteral("objects")).toArray().first().toObject();
        const int id = ep.section(QLatin1Char('/'), -2, -2).toInt();
        QCOMPARE(s.value(QStringLiteral("resource_uri")).toString(),
                 statusList + QStringLiteral("%1/").arg(id));
        QCOMPARE(s.value(QStringLiteral("endpoint_name")).toString(), QStringLiteral("room1"));
        QCOMPARE(s.value(QStringLiteral("endpoint_address")).toString(), QStringLiteral("10.0.0.9"));
        QCOMPARE(s.value(QStringLiteral("endpoint_type")).toString(), QStringLiteral("CISCO"));
        QCOMPARE(s.value(QStringLiteral("room_email")).toString(), QStringLiteral("room1@lab.example"));
        QCOMPARE(s.value(QStringLiteral("mjx_integration_name")).toString(), QStringLiteral("OTJ Profile"));
        QVERIFY(s.contains(QStringLiteral("last_contact_time")) &&
                s.value(QStringLiteral("last_contact_time")).isNull());
        QVERIFY(s.contains(QStringLiteral("last_worker")));
        QCOMPARE(s.value(QStringLiteral("number_of_meetings")).toInt(), 0);
        QCOMPARE(get(statusList + QStringLiteral("%1/").arg(id)), s);
        QCOMPARE(get(statusList + QStringLiteral("?room_email=room1@lab.example"))
                     .value(QStringLiteral("meta"))
                     .toObject()
                     .value(QStringLiteral("total_count"))
                     .toInt(),
                 1);
        QCOMPARE(call("GET", statusList + QStringLiteral("%1/").arg(id + 1)).status, 404);
        // Changing the configuration changes the status.
        QCOMPARE(
            call("PATCH", ep, {{QStringLiteral("api_address"), QStringLiteral("codec.lab.example")}}).status,
            202);
        QCOMPARE(get(statusList + QStringLiteral("%1/").arg(id))
                     .value(QStringLiteral("endpoint_address"))
                     .toString(),
                 QStringLiteral("codec.lab.example"));
        // No meetings are synced in the lab.
        list = get(QStringLiteral("/api/admin/status/v1/mjx_meeting/"));
        QCOMPARE(list.value(QStringLiteral("meta")).toObject().value(QStringLiteral("total_count")).toInt(),
                 0);
    }

    void changedCallbackOnlyOnWrites()
    {
        get(kBase + QStringLiteral("mjx_exchange_deployment/"));
        call("POST", kBase + QStringLiteral("mjx_exchange_deployment/"), {});
        QCOMPARE(m_changes, 0);
        deployment();
        QCOMPARE(m_changes, 1);
    }
};

QTEST_GUILESS_MAIN(TestPexipApi)
#include "tst_pexip_api.moc"
