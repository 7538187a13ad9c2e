// The Pexip management API client against the real otj-lab over HTTPS on loopback: Tastypie
// paging, 201 + Location, 400 field errors per field, 401, 429 (Retry-After), 5xx, timeout, a lost
// POST answer (re-read by name, never resent blindly), cancellation, and trust per endpoint (the
// lab's Pexip port has a certificate from another CA than its Exchange port).
#include "tests/support/LabProcess.h"

#include "core/pexip/PexipClient.h"
#include "core/pexip/PexipJson.h"
#include "core/pexip/resources/CaCertificates.h"
#include "core/pexip/resources/ExchangeConnectors.h"
#include "core/pexip/resources/ExchangeDeployments.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace otj::pexip;

namespace {
QList<QSslCertificate> pemFile(const QString& path)
{
    return QSslCertificate::fromPath(path, QSsl::Pem);
}

template <typename R>
R wait(const std::function<void(QObject*, std::function<void(const R&)>)>& start, int timeoutMs = 30000)
{
    QObject context;
    std::optional<R> result;
    start(&context, [&result](const R& r) { result = r; });
    QElapsedTimer t;
    t.start();
    while (!result && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!result) {
        R timedOut;
        timedOut.error.kind = PexipErrorKind::Cancelled;
        timedOut.error.detail = QStringLiteral("test wait timed out");
        return timedOut;
    }
    return *result;
}
} // namespace

class TestPexipClient : public QObject
{
    Q_OBJECT

    LabProcess lab;

    PexipClientConfig config(const QList<QSslCertificate>& cas, const QString& password = {}) const
    {
        PexipClientConfig c;
        const QUrl api(lab.str("pexip_url"));
        c.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(api.port()));
        c.username = QStringLiteral("admin");
        c.password = password.isNull() ? lab.password(QStringLiteral("pexip-admin")) : password;
        c.trustedCas = cas;
        c.retryLimits.minBackoffMs = 20;
        c.retryLimits.maxRetries = 3;
        return c;
    }
    QList<QSslCertificate> pexipCa() const { return pemFile(lab.str("pexip_ca_file")); }
    QList<QSslCertificate> exchangeCa() const { return pemFile(lab.str("ca_file")); }
    void faults(const QString& spec)
    {
        int status = 0;
        lab.admin("POST", QStringLiteral("faults"), {{QStringLiteral("spec"), spec}}, &status);
        QCOMPARE(status, 200);
    }

    static PexipResponse send(PexipClient& client, const PexipRequest& req)
    {
        return wait<PexipResponse>([&](QObject* ctx, auto cb) { client.send(req, ctx, cb); });
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(lab.start({}, {}, &error), qPrintable(error));
        QVERIFY(!lab.str("pexip_ca_file").isEmpty());
        QVERIFY(lab.str("pexip_url") != lab.str("ews_url"));
    }
    void init() { faults(QStringLiteral("none")); }

    // The Pexip port is trusted through the Pexip entry only; Exchange's CA does not validate it,
    // and the Pexip CA does not validate Exchange.
    void trustIsPerEndpoint()
    {
        {
            PexipClient client(config(pexipCa()));
            const PexipResponse r =
                send(client, {"GET", QStringLiteral("/api/admin/configuration/v1/system_location/"), {}});
            QVERIFY2(r.ok(), qPrintable(r.error.summary()));
            QCOMPARE(r.httpStatus, 200);
        }
        {
            PexipClient client(config(exchangeCa()));
            const PexipResponse r =
                send(client, {"GET", QStringLiteral("/api/admin/configuration/v1/system_location/"), {}});
            QCOMPARE(r.error.kind, PexipErrorKind::TlsUntrusted);
            QVERIFY(!r.error.chain.isEmpty());
            QVERIFY(r.error.summary().contains(QLatin1String("not trusted")));
        }
        {
            // Exchange's port with only Pexip's CA: not trusted either.
            PexipClientConfig c = config(pexipCa());
            c.baseUrl = QUrl(lab.str("ews_url")).adjusted(QUrl::RemovePath);
            PexipClient client(c);
            const PexipResponse r =
                send(client, {"GET", QStringLiteral("/api/admin/configuration/v1/system_location/"), {}});
            QCOMPARE(r.error.kind, PexipErrorKind::TlsUntrusted);
        }
    }

    void pagingFollowsMetaNext()
    {
        PexipClientConfig c = config(pexipCa());
        c.pageSize = 2;
        PexipClient client(c);
        ExchangeDeployments deployments(client);
        for (int i = 0; i < 5; ++i) {
            const auto r = wait<PexipResource::Object>([&](QObject* ctx, auto cb) {
                deployments.create({{QStringLiteral("name"), QStringLiteral("paging-%1").arg(i)}}, ctx, cb);
            });
            QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        }
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("name__startswith"), QStringLiteral("paging-"));
        const auto all =
            wait<PexipResource::Objects>([&](QObject* ctx, auto cb) { deployments.list(q, ctx, cb); });
        QVERIFY2(all.ok(), qPrintable(all.error.summary()));
        QCOMPARE(all.value.size(), 5);
        QCOMPARE(all.requests, 3); // 2 + 2 + 1
        QCOMPARE(all.value.last().value(QLatin1String("name")).toString(), QStringLiteral("paging-4"));
    }

    void createAnswers201AndLocation()
    {
        PexipClient client(config(pexipCa()));
        const PexipResponse r =
            send(client, {"POST", QStringLiteral("/api/admin/configuration/v1/mjx_exchange_deployment/"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("created-201")}}});
        QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        QCOMPARE(r.httpStatus, 201);
        QVERIFY(resourceId(r.location) > 0);
        ExchangeDeployments deployments(client);
        const auto found = wait<PexipResult<std::optional<QJsonObject>>>(
            [&](QObject* ctx, auto cb) { deployments.findByName(QStringLiteral("created-201"), ctx, cb); });
        QVERIFY(found.ok());
        QVERIFY(found.value);
        QCOMPARE(found.value->value(QLatin1String("resource_uri")).toString(), resourcePath(r.location));
        // The password is write-only: never read back.
        QVERIFY(!found.value->contains(QLatin1String("service_account_password")));
    }

    void validationErrorsPerField()
    {
        PexipClient client(config(pexipCa()));
        ExchangeDeployments deployments(client);
        const auto r = wait<PexipResource::Object>([&](QObject* ctx, auto cb) {
            deployments.create({{QStringLiteral("name"), QStringLiteral("bad-values")},
                                {QStringLiteral("find_items_request_quota"), 5},
                                {QStringLiteral("authentication_method"), QStringLiteral("DIGEST")}},
                               ctx, cb);
        });
        QCOMPARE(r.error.kind, PexipErrorKind::Validation);
        QCOMPARE(r.error.httpStatus, 400);
        QVERIFY(r.error.fieldErrors.contains(QStringLiteral("find_items_request_quota")));
        QVERIFY(r.error.fieldErrors.contains(QStringLiteral("authentication_method")));
        QVERIFY(r.error.fieldErrors.value(QStringLiteral("find_items_request_quota"))
                    .first()
                    .contains(QLatin1String("10000")));
        QVERIFY(r.error.summary().contains(QLatin1String("find_items_request_quota")));
        // Tastypie's other 400 shape.
        const PexipResponse bad =
            send(client,
                 {"POST", QStringLiteral("/api/admin/configuration/v1/mjx_exchange_autodiscover_url/"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                              {QStringLiteral("url"), QStringLiteral("https://a/")},
                              {QStringLiteral("exchange_deployment"),
                               QStringLiteral("/api/admin/configuration/v1/mjx_exchange_deployment/999/")}}});
        QCOMPARE(bad.error.kind, PexipErrorKind::BadRequest);
        QVERIFY(bad.error.detail.contains(QLatin1String("Could not find")));
    }

    void wrongPasswordIs401()
    {
        PexipClient client(config(pexipCa(), QStringLiteral("wrong")));
        const PexipResponse r =
            send(client, {"GET", QStringLiteral("/api/admin/configuration/v1/mjx_exchange_deployment/"), {}});
        QCOMPARE(r.error.kind, PexipErrorKind::Unauthorized);
        QCOMPARE(r.attempts, 1); // never retried
    }

    void missingTrailingSlashIsRefusedBeforeSending()
    {
        PexipClient client(config(pexipCa()));
        const PexipResponse r =
            send(client, {"POST", QStringLiteral("/api/admin/configuration/v1/mjx_exchange_deployment"),
                          QJsonObject{}});
        QCOMPARE(r.error.kind, PexipErrorKind::InvalidRequest);
        QCOMPARE(client.stats().requestsSent, 0);
    }

    void tooManyRequestsIsRetriedAfterRetryAfter()
    {
        faults(QStringLiteral("pexip429=1"));
        PexipClient client(config(pexipCa()));
        QSignalSpy throttled(&client, &PexipClient::throttled);
        QElapsedTimer t;
        t.start();
        const PexipResponse r =
            send(client, {"GET", QStringLiteral("/api/admin/configuration/v1/system_location/"), {}});
        QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(throttled.size(), 1);
        QVERIFY(throttled.first().first().toInt() >= 1000); // Retry-After: 1
        QVERIFY(t.elapsed() >= 1000);
        // Beyond the retries: a clear result.
        faults(QStringLiteral("pexip429=10"));
        PexipClientConfig c = config(pexipCa());
        c.retryLimits.maxRetries = 1;
        PexipClient once(c);
        const PexipResponse gaveUp =
            send(once, {"GET", QStringLiteral("/api/admin/configuration/v1/system_location/"), {}});
        QCOMPARE(gaveUp.error.kind, PexipErrorKind::TooManyRequests);
        QCOMPARE(gaveUp.attempts, 2);
    }

    void serverErrors()
    {
        faults(QStringLiteral("503=100"));
        PexipClient client(config(pexipCa()));
        const PexipResponse r =
            send(client, {"GET", QStringLiteral("/api/admin/configuration/v1/system_location/"), {}});
        QCOMPARE(r.error.kind, PexipErrorKind::ServerError);
        QCOMPARE(r.httpStatus, 503);
        QCOMPARE(r.attempts, 4); // 1 + maxRetries 3
        faults(QStringLiteral("none,500=100"));
        const PexipResponse r500 =
            send(client, {"GET", QStringLiteral("/api/admin/configuration/v1/system_location/"), {}});
        QCOMPARE(r500.error.kind, PexipErrorKind::ServerError);
        QCOMPARE(r500.attempts, 1); // a 500 may have run: not retried
    }

    void timeoutIsNotRetried()
    {
        faults(QStringLiteral("latency=1500"));
        PexipClientConfig c = config(pexipCa());
        c.transferTimeoutMs = 300;
        PexipClient client(c);
        const PexipResponse r =
            send(client, {"GET", QStringLiteral("/api/admin/configuration/v1/system_location/"), {}});
        QCOMPARE(r.error.kind, PexipErrorKind::Timeout);
        QCOMPARE(r.attempts, 1);
    }

    // The POST is carried out but its answer is lost: the resource re-reads by name, finds the
    // object and sends nothing twice.
    void lostPostAnswerIsReReadByName()
    {
        PexipClient client(config(pexipCa()));
        ExchangeDeployments deployments(client);
        faults(QStringLiteral("pexip-lost=1"));
        const auto r = wait<PexipResource::Object>([&](QObject* ctx, auto cb) {
            deployments.create({{QStringLiteral("name"), QStringLiteral("lost-answer")}}, ctx, cb);
        });
        QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        QVERIFY(r.recovered);
        QCOMPARE(r.value.value(QLatin1String("name")).toString(), QStringLiteral("lost-answer"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("name"), QStringLiteral("lost-answer"));
        const auto all =
            wait<PexipResource::Objects>([&](QObject* ctx, auto cb) { deployments.list(q, ctx, cb); });
        QCOMPARE(all.value.size(), 1);
    }

    void lostCaUploadIsFoundByDer()
    {
        PexipClient client(config(pexipCa()));
        CaCertificates cas(client);
        QFile f(lab.str("ca_file"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString pem = QString::fromLatin1(f.readAll());
        faults(QStringLiteral("pexip-lost=1"));
        const auto r = wait<PexipResource::Object>([&](QObject* ctx, auto cb) {
            cas.create({{QStringLiteral("certificate"), pem}}, ctx, cb);
        });
        QVERIFY2(r.ok(), qPrintable(r.error.summary()));
        QVERIFY(r.recovered);
        const auto all = wait<PexipResource::Objects>([&](QObject* ctx, auto cb) { cas.list({}, ctx, cb); });
        int same = 0;
        for (const QJsonObject& o : all.value)
            same += CaCertificates::fingerprintOf(o) ==
                    CaCertificates::fingerprintOf({{QStringLiteral("certificate"), pem}});
        QCOMPARE(same, 1);
        // Clean up for later tests.
        for (const QJsonObject& o : all.value)
            send(client, {"DELETE", o.value(QLatin1String("resource_uri")).toString(), {}});
    }

    void cancelEndsEveryWait()
    {
        faults(QStringLiteral("latency=5000"));
        PexipClient client(config(pexipCa()));
        QObject ctx;
        std::optional<PexipResponse> got;
        client.send({"GET", QStringLiteral("/api/admin/configuration/v1/system_location/"), {}}, &ctx,
                    [&](const PexipResponse& r) { got = r; });
        QTest::qWait(100);
        QElapsedTimer t;
        t.start();
        client.cancelAll();
        QVERIFY(got);
        QCOMPARE(got->error.kind, PexipErrorKind::Cancelled);
        QVERIFY(t.elapsed() < 500);
        QVERIFY(client.isIdle());
    }

    void sameAccountForms()
    {
        QVERIFY(sameAccount(QStringLiteral("svc-vmr@contoso.lab"), QStringLiteral("CONTOSO\\SVC-VMR")));
        QVERIFY(sameAccount(QStringLiteral("svc-vmr"), QStringLiteral("svc-vmr@contoso.lab")));
        QVERIFY(!sameAccount(QStringLiteral("svc-otj@contoso.lab"), QStringLiteral("svc-vmr@contoso.lab")));
        QVERIFY(!sameAccount(QStringLiteral("svc@contoso.lab"), QStringLiteral("svc@fabrikam.lab")));
        QVERIFY(!sameAccount(QString(), QString()));
    }
};

QTEST_GUILESS_MAIN(TestPexipClient)
#include "tst_pexip_client.moc"
