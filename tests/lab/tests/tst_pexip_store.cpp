// PexipStore: the simulated Management Node's objects without HTTP.
#include "pexip/PexipSchema.h"
#include "pexip/PexipStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace otjlab;

class TestPexipStore : public QObject
{
    Q_OBJECT

private:
    static int addChain(PexipStore& s, int* integration = nullptr, int* group = nullptr)
    {
        const int dep = s.insert(QStringLiteral("mjx_exchange_deployment"),
                                 {{QStringLiteral("name"), QStringLiteral("Exchange")},
                                  {QStringLiteral("service_account_password"), QStringLiteral("pw")}});
        const int integ =
            s.insert(QStringLiteral("mjx_integration"), {{QStringLiteral("name"), QStringLiteral("Profile")},
                                                         {QStringLiteral("exchange_deployment"), dep}});
        const int loc = *s.findByName(QStringLiteral("system_location"), QStringLiteral("Oslo"));
        const int grp =
            s.insert(QStringLiteral("mjx_endpoint_group"), {{QStringLiteral("name"), QStringLiteral("Group")},
                                                            {QStringLiteral("system_location"), loc},
                                                            {QStringLiteral("mjx_integration"), integ}});
        if (integration)
            *integration = integ;
        if (group)
            *group = grp;
        return dep;
    }

private slots:
    void seedDefaultsCreatesVmrConnectorAndLocation()
    {
        PexipStore s;
        s.seedDefaults(QStringLiteral("svc-vmr@lab.example"),
                       QStringLiteral("https://mail.lab.example/EWS/Exchange.asmx"));
        QCOMPARE(s.count(QStringLiteral("ms_exchange_connector")), 1);
        QCOMPARE(s.msExchangeConnectorUsernames(), QStringList{QStringLiteral("svc-vmr@lab.example")});
        const QJsonObject c = s.objects(QStringLiteral("ms_exchange_connector")).first();
        QCOMPARE(c.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://mail.lab.example/EWS/Exchange.asmx"));
        QVERIFY(!c.value(QStringLiteral("uuid")).toString().isEmpty());
        QVERIFY(s.findByName(QStringLiteral("system_location"), QStringLiteral("Oslo")).has_value());
        QCOMPARE(s.count(QStringLiteral("mjx_exchange_deployment")), 0); // OTJ itself is not configured yet
        // Idempotent.
        s.seedDefaults(QStringLiteral("svc-vmr@lab.example"));
        QCOMPARE(s.count(QStringLiteral("ms_exchange_connector")), 1);
        QCOMPARE(s.count(QStringLiteral("system_location")), 2);
    }

    void insertAppliesSchemaDefaults()
    {
        PexipStore s;
        const int id = s.insert(QStringLiteral("mjx_exchange_deployment"),
                                {{QStringLiteral("name"), QStringLiteral("X")}});
        const QJsonObject o = *s.object(QStringLiteral("mjx_exchange_deployment"), id);
        QCOMPARE(o.value(QStringLiteral("authentication_method")).toString(), QStringLiteral("BASIC"));
        QCOMPARE(o.value(QStringLiteral("find_items_request_quota")).toInt(), 1000000);
        QCOMPARE(o.value(QStringLiteral("kerberos_enable_tls")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("disable_proxy")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("ews_url")).toString(), QString());
        const int i =
            s.insert(QStringLiteral("mjx_integration"), {{QStringLiteral("name"), QStringLiteral("P")}});
        const QJsonObject p = *s.object(QStringLiteral("mjx_integration"), i);
        QCOMPARE(p.value(QStringLiteral("display_upcoming_meetings")).toInt(), 7);
        QCOMPARE(p.value(QStringLiteral("start_buffer")).toInt(), 5);
        QCOMPARE(p.value(QStringLiteral("end_buffer")).toInt(), 0);
        QCOMPARE(p.value(QStringLiteral("replace_subject_type")).toString(), QStringLiteral("PRIVATE"));
        QCOMPARE(p.value(QStringLiteral("webex_api_domain")).toString(), QStringLiteral("webexapis.com"));
        QVERIFY(p.value(QStringLiteral("exchange_deployment")).isNull());
        QCOMPARE(s.insert(QStringLiteral("no_such_resource"), {}), 0);
    }

    void idsAreNeverReused()
    {
        PexipStore s;
        const int a =
            s.insert(QStringLiteral("system_location"), {{QStringLiteral("name"), QStringLiteral("A")}});
        const int b =
            s.insert(QStringLiteral("system_location"), {{QStringLiteral("name"), QStringLiteral("B")}});
        QCOMPARE(b, a + 1);
        QVERIFY(s.remove(QStringLiteral("system_location"), b));
        QVERIFY(!s.remove(QStringLiteral("system_location"), b));
        const int c =
            s.insert(QStringLiteral("system_location"), {{QStringLiteral("name"), QStringLiteral("C")}});
        QCOMPARE(c, b + 1);
    }

    void deleteCascadesRequiredAndNullsOptionalRelations()
    {
        PexipStore s;
        s.seedDefaults(QStringLiteral("vmr@lab.example"));
        int integ = 0;
        int grp = 0;
        const int dep = addChain(s, &integ, &grp);
        const int ad =
            s.insert(QStringLiteral("mjx_exchange_autodiscover_url"),
                     {{QStringLiteral("name"), QStringLiteral("AD")},
                      {QStringLiteral("url"),
                       QStringLiteral("https://autodiscover.lab.example/autodiscover/autodiscover.xml")},
                      {QStringLiteral("exchange_deployment"), dep}});
        const int rule = s.insert(QStringLiteral("mjx_meeting_processing_rule"),
                                  {{QStringLiteral("name"), QStringLiteral("R")},
                                   {QStringLiteral("priority"), 10},
                                   {QStringLiteral("meeting_type"), QStringLiteral("pexipinfinity")},
                                   {QStringLiteral("mjx_integration"), integ}});
        QVERIFY(s.remove(QStringLiteral("mjx_exchange_deployment"), dep));
        QVERIFY(!s.contains(QStringLiteral("mjx_exchange_autodiscover_url"), ad)); // required FK: CASCADE
        QVERIFY(s.object(QStringLiteral("mjx_integration"), integ)
                    ->value(QStringLiteral("exchange_deployment"))
                    .isNull());
        QVERIFY(s.remove(QStringLiteral("mjx_integration"), integ));
        QVERIFY(!s.contains(QStringLiteral("mjx_meeting_processing_rule"), rule));
        QVERIFY(s.object(QStringLiteral("mjx_endpoint_group"), grp)
                    ->value(QStringLiteral("mjx_integration"))
                    .isNull());
    }

    void endpointStatusIsDerivedFromServedEndpoints()
    {
        PexipStore s;
        s.seedDefaults(QStringLiteral("vmr@lab.example"));
        int grp = 0;
        addChain(s, nullptr, &grp);
        const int served =
            s.insert(QStringLiteral("mjx_endpoint"),
                     {{QStringLiteral("name"), QStringLiteral("Room 1 codec")},
                      {QStringLiteral("room_resource_email"), QStringLiteral("room1@lab.example")},
                      {QStringLiteral("api_address"), QStringLiteral("10.0.0.5")},
                      {QStringLiteral("mjx_endpoint_group"), grp}});
        s.insert(QStringLiteral("mjx_endpoint"),
                 {{QStringLiteral("name"), QStringLiteral("Loose")},
                  {QStringLiteral("room_resource_email"), QStringLiteral("room2@lab.example")},
                  {QStringLiteral("api_address"), QStringLiteral("10.0.0.6")}});
        QList<QJsonObject> st = s.endpointStatus();
        QCOMPARE(st.size(), 1);
        QCOMPARE(st[0].value(QStringLiteral("id")).toInt(), served);
        QCOMPARE(st[0].value(QStringLiteral("endpoint_name")).toString(), QStringLiteral("Room 1 codec"));
        QCOMPARE(st[0].value(QStringLiteral("endpoint_address")).toString(), QStringLiteral("10.0.0.5"));
        QCOMPARE(st[0].value(QStringLiteral("endpoint_type")).toString(), QStringLiteral("CISCO"));
        QCOMPARE(st[0].value(QStringLiteral("room_email")).toString(), QStringLiteral("room1@lab.example"));
        QCOMPARE(st[0].value(QStringLiteral("mjx_integration_name")).toString(), QStringLiteral("Profile"));
        QVERIFY(st[0].value(QStringLiteral("last_contact_time")).isNull());
        QCOMPARE(st[0].value(QStringLiteral("number_of_meetings")).toInt(), 0);

        PexipEndpointRuntime rt;
        rt.lastContactTime = QDateTime(QDate(2026, 11, 20), QTime(9, 30, 0), Qt::UTC);
        rt.lastWorker = QStringLiteral("conf-node-1");
        rt.numberOfMeetings = 4;
        s.setEndpointRuntime(served, rt);
        st = s.endpointStatus();
        QCOMPARE(st[0].value(QStringLiteral("last_contact_time")).toString(),
                 QStringLiteral("2026-11-20T09:30:00"));
        QCOMPARE(st[0].value(QStringLiteral("last_worker")).toString(), QStringLiteral("conf-node-1"));
        QCOMPARE(st[0].value(QStringLiteral("number_of_meetings")).toInt(), 4);
    }

    void jsonRoundTrip()
    {
        PexipStore s;
        s.seedDefaults(QStringLiteral("vmr@lab.example"));
        int grp = 0;
        addChain(s, nullptr, &grp);
        const int ep = s.insert(QStringLiteral("mjx_endpoint"),
                                {{QStringLiteral("name"), QStringLiteral("E")},
                                 {QStringLiteral("room_resource_email"), QStringLiteral("r@lab.example")},
                                 {QStringLiteral("api_address"), QStringLiteral("10.1.1.1")},
                                 {QStringLiteral("api_password"), QStringLiteral("codec-secret")},
                                 {QStringLiteral("mjx_endpoint_group"), grp}});
        s.remove(QStringLiteral("mjx_endpoint"),
                 s.insert(QStringLiteral("mjx_endpoint"), {{QStringLiteral("name"), QStringLiteral("tmp")}}));
        PexipEndpointRuntime rt;
        rt.lastContactTime = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        rt.numberOfMeetings = 2;
        s.setEndpointRuntime(ep, rt);

        const QJsonObject json = s.toJson();
        // Survives serialisation to text, as the server writes it.
        const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        PexipStore t;
        QString error;
        QVERIFY2(t.fromJson(reparsed, &error), qPrintable(error));
        QCOMPARE(t.toJson(), json);
        QCOMPARE(
            t.object(QStringLiteral("mjx_endpoint"), ep)->value(QStringLiteral("api_password")).toString(),
            QStringLiteral("codec-secret")); // persisted even though the API never returns it
        QCOMPARE(t.endpointStatus(), s.endpointStatus());
        // next_id survives: the deleted id is not reused after a reload.
        const int fresh =
            t.insert(QStringLiteral("mjx_endpoint"), {{QStringLiteral("name"), QStringLiteral("F")}});
        QCOMPARE(fresh, ep + 2);
    }

    void fromJsonRejectsBadStateAndKeepsCurrent_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("format") << QByteArray(R"({"format":"x","version":1})") << QStringLiteral("format");
        QTest::newRow("version") << QByteArray(R"({"format":"otj-lab-pexip","version":99})")
                                 << QStringLiteral("version");
        QTest::newRow("unknown resource")
            << QByteArray(
                   R"({"format":"otj-lab-pexip","version":1,"resources":{"conference":{"objects":[]}}})")
            << QStringLiteral("conference");
        QTest::newRow("duplicate id")
            << QByteArray(
                   R"({"format":"otj-lab-pexip","version":1,"resources":{"system_location":{"objects":[{"id":1,"name":"a"},{"id":1,"name":"b"}]}}})")
            << QStringLiteral("id");
        QTest::newRow("dangling relation")
            << QByteArray(
                   R"({"format":"otj-lab-pexip","version":1,"resources":{"mjx_integration":{"objects":[{"id":1,"name":"p","exchange_deployment":7}]}}})")
            << QStringLiteral("mjx_exchange_deployment/7");
    }
    void fromJsonRejectsBadStateAndKeepsCurrent()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        PexipStore s;
        s.seedDefaults(QStringLiteral("vmr@lab.example"));
        const QJsonObject before = s.toJson();
        QString error;
        QVERIFY(!s.fromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(s.toJson(), before);
    }

    void changedCallbackAndRevision()
    {
        PexipStore s;
        int calls = 0;
        s.setChangedCallback([&calls] { ++calls; });
        const int r0 = s.revision();
        const int id =
            s.insert(QStringLiteral("system_location"), {{QStringLiteral("name"), QStringLiteral("A")}});
        QCOMPARE(calls, 1);
        QVERIFY(s.revision() > r0);
        QJsonObject o = *s.object(QStringLiteral("system_location"), id);
        o.insert(QStringLiteral("description"), QStringLiteral("d"));
        QVERIFY(s.replace(QStringLiteral("system_location"), id, o));
        QCOMPARE(calls, 2);
        QVERIFY(!s.replace(QStringLiteral("system_location"), id + 1, o));
        QCOMPARE(calls, 2);
    }
};

QTEST_GUILESS_MAIN(TestPexipStore)
#include "tst_pexip_store.moc"
