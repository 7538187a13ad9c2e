// Step 5 against the real otj-lab over HTTPS on loopback: plan (create) -> apply -> plan shows 0
// changes and the lab CA is uploaded exactly once; one changed field is one PATCH of that field;
// a KERBEROS integration is not downgraded unless asked; CA upload is deduplicated by the DER's
// SHA-256 (a renewed CA with the same subject is a different certificate); the password is sent
// only when it must be; the VMR-scheduling account is refused. The shared step-5 apply
// (PexipStepRun: lock, its own journal run, verify) and plan::SetupSession's StepId::Pexip (the
// wizard's path) against the same lab.
#include "tests/support/LabProcess.h"
#include "tests/support/LabShell.h"

#include "core/journal/RunJournal.h"
#include "core/net/Certificates.h"
#include "core/net/HttpProbe.h"
#include "core/pexip/PexipJson.h"
#include "core/pexip/resources/CaCertificates.h"
#include "core/plan/SetupSession.h"
#include "core/profile/ProfileStore.h"
#include "core/secrets/MemoryCredentialStore.h"
#include "core/steps/pexip/PexipApplier.h"
#include "core/steps/pexip/PexipInspector.h"
#include "core/steps/pexip/PexipStepRun.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace otj;
using namespace otj::pexip;

namespace {
void spinUntil(const std::function<bool()>& done, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

const plan::PlannedChange* find(const plan::StepPlan& p, const QString& keyPrefix)
{
    for (const plan::PlannedChange& c : p.changes)
        if (c.desired.key.startsWith(keyPrefix))
            return &c;
    return nullptr;
}

bool hasNote(const plan::StepPlan& p, const char* reason, CheckStatus status)
{
    for (const plan::PlanNote& n : p.notes)
        if (QByteArrayView(n.verdict.reason) == QByteArrayView(reason) && n.verdict.status == status)
            return true;
    return false;
}
} // namespace

class TestPexipStep5 : public QObject
{
    Q_OBJECT

    LabProcess lab;
    QTemporaryDir dir;
    SetupProfile profile;
    QList<QSslCertificate> ewsChain;
    const QString servicePassword = QStringLiteral("OtjService!2024");

    std::unique_ptr<PexipClient> client()
    {
        return std::make_unique<PexipClient>(
            PexipClientConfig::fromProfile(profile, lab.password(QStringLiteral("pexip-admin"))));
    }

    Step5Request request() const
    {
        Step5Request r;
        r.profile = profile;
        r.options.serviceAccountPasswordKnown = true;
        r.ewsUrl = profile.exchange.ewsUrl;
        r.ewsChain = ewsChain;
        return r;
    }

    plan::StepPlan planNow(const Step5Request& r, PexipInventory* inventory = nullptr)
    {
        auto c = client();
        QObject ctx;
        std::optional<plan::StepPlan> out;
        PexipInspector::planStep(*c, r, &ctx, [&](const plan::StepPlan& p, const PexipInventory& inv) {
            out = p;
            if (inventory)
                *inventory = inv;
        });
        spinUntil([&] { return out.has_value(); });
        return out.value_or(plan::StepPlan{});
    }

    PexipApplyResult applyNow(const plan::StepPlan& p, QStringList* journal = nullptr)
    {
        auto c = client();
        QObject ctx;
        std::optional<PexipApplyResult> out;
        PexipApplyHooks hooks;
        int seq = 0;
        hooks.started = [&](const plan::PlannedChange& change) {
            if (journal)
                *journal << QStringLiteral("started %1 %2").arg(change.desired.key, change.rest->method);
            return ++seq;
        };
        hooks.outcome = [&](int s, const QString& key, const QString& result, const PexipError&,
                            const QJsonObject&) {
            if (journal)
                *journal << QStringLiteral("outcome %1 %2 %3").arg(s).arg(key, result);
        };
        PexipApplier::apply(*c, p, servicePassword, hooks, &ctx, [&](const PexipApplyResult& r) { out = r; });
        spinUntil([&] { return out.has_value(); });
        return out.value_or(PexipApplyResult{});
    }

    QList<QJsonObject> listAll(const QString& resource)
    {
        auto c = client();
        PexipResource res(*c, resource);
        QObject ctx;
        std::optional<PexipResource::Objects> out;
        res.list({}, &ctx, [&](const PexipResource::Objects& r) { out = r; });
        spinUntil([&] { return out.has_value(); });
        return out ? out->value : QList<QJsonObject>();
    }

    void patch(const QString& uri, const QJsonObject& body)
    {
        auto c = client();
        PexipResource res(*c, uri.section(QLatin1Char('/'), 5, 5));
        QObject ctx;
        bool done = false;
        res.update(uri, body, &ctx, [&](const PexipResource::Object& r) {
            QVERIFY2(r.ok(), qPrintable(r.error.summary()));
            done = true;
        });
        spinUntil([&] { return done; });
    }

    void removeAll(const QString& resource)
    {
        auto c = client();
        for (const QJsonObject& o : listAll(resource)) {
            QObject ctx;
            bool done = false;
            c->send({"DELETE", o.value(QLatin1String("resource_uri")).toString(), {}}, &ctx,
                    [&](const PexipResponse&) { done = true; });
            spinUntil([&] { return done; });
        }
    }

private slots:
    void initTestCase()
    {
        QString error;
        const QString profilePath = dir.filePath(QStringLiteral("lab.json"));
        QVERIFY2(lab.start({}, profilePath, &error), qPrintable(error));
        const ProfileLoadResult loaded = ProfileStore::load(profilePath);
        QVERIFY(loaded.ok());
        profile = loaded.profile;
        // The chain the EWS host presents, read as the connection step reads it.
        net::ProbeRequest probe;
        probe.url = QUrl(profile.exchange.ewsUrl);
        QObject ctx;
        std::optional<net::ProbeOutcome> outcome;
        net::probeHttps(probe, net::tlsConfiguration(profile.trust.exchange.caCertificates()), &ctx,
                        [&](const net::ProbeOutcome& o) { outcome = o; });
        spinUntil([&] { return outcome.has_value(); });
        QVERIFY(outcome && outcome->failure == net::ProbeOutcome::Failure::None);
        ewsChain = outcome->chain;
        QVERIFY(!ewsChain.isEmpty());
    }

    void init()
    {
        removeAll(QStringLiteral("mjx_exchange_deployment"));
        removeAll(QStringLiteral("ca_certificate"));
    }

    void createApplyThenNothingToDo()
    {
        const plan::StepPlan first = planNow(request());
        QVERIFY(first.inspected);
        QCOMPARE(first.changes.size(), 2);
        // Pexip's creation order: the CA, then the integration.
        QVERIFY(first.changes[0].desired.key.startsWith(QLatin1String("step5.ca/")));
        QCOMPARE(first.changes[0].rest->method, QStringLiteral("POST"));
        QCOMPARE(first.changes[0].rest->body.value(QLatin1String("trusted_intermediate")).toBool(), false);
        const plan::PlannedChange* integration = find(first, QStringLiteral("step5.integration"));
        QVERIFY(integration);
        QCOMPARE(integration->desired.operation, plan::Operation::Create);
        QCOMPARE(integration->rest->secretField, QStringLiteral("service_account_password"));
        QVERIFY(!integration->rest->body.contains(QLatin1String("service_account_password")));
        const QString shown = integration->rest->display();
        QVERIFY2(
            shown.startsWith(QLatin1String("POST /api/admin/configuration/v1/mjx_exchange_deployment/ {")),
            qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("«password from the keychain»")));
        QVERIFY(!shown.contains(servicePassword));
        QCOMPARE(integration->rest->body.value(QLatin1String("service_account_username")).toString(),
                 profile.serviceAccount.upn);
        QCOMPARE(integration->rest->body.value(QLatin1String("authentication_method")).toString(),
                 QStringLiteral("BASIC"));

        QStringList journal;
        const PexipApplyResult applied = applyNow(first, &journal);
        QVERIFY2(applied.ok(), qPrintable(applied.error.summary()));
        QCOMPARE(applied.applied, 2);
        QCOMPARE(journal.size(), 4);
        QVERIFY(journal[0].startsWith(QLatin1String("started step5.ca/")));
        QCOMPARE(journal[3], QStringLiteral("outcome 2 step5.integration applied"));

        // Verify by reading back: nothing left to do, the CA is there exactly once.
        const plan::StepPlan again = planNow(request());
        QVERIFY(again.inspected);
        QCOMPARE(again.changes.size(), 0);
        const QString labCa = certs::sha256Fingerprint(profile.trust.exchange.caCertificates().first());
        int copies = 0;
        for (const QJsonObject& o : listAll(QStringLiteral("ca_certificate")))
            copies += CaCertificates::fingerprintOf(o) == labCa;
        QCOMPARE(copies, 1);
        // A second apply of the same (now empty) plan changes nothing.
        QCOMPARE(applyNow(again).applied, 0);
        QCOMPARE(listAll(QStringLiteral("ca_certificate")).size(), 1);
    }

    void oneChangedFieldIsOnePatch()
    {
        QVERIFY(applyNow(planNow(request())).ok());
        Step5Request r = request();
        r.profile.pexip.findItemsRequestQuota = 250000;
        const plan::StepPlan p = planNow(r);
        QCOMPARE(p.changes.size(), 1);
        const plan::PlannedChange& c = p.changes.first();
        QCOMPARE(c.desired.operation, plan::Operation::Update);
        QCOMPARE(c.diffs.size(), 1);
        QCOMPARE(c.diffs.first().property, QStringLiteral("find_items_request_quota"));
        QCOMPARE(c.diffs.first().before, shell::ShellValue(qint64(1000000)));
        QCOMPARE(c.rest->method, QStringLiteral("PATCH"));
        QCOMPARE(c.rest->body, (QJsonObject{{QStringLiteral("find_items_request_quota"), 250000}}));
        QVERIFY(c.rest->secretField.isEmpty()); // the password goes only when it must
        QVERIFY(resourceId(c.rest->path) > 0);
        QVERIFY(applyNow(p).ok());
        QCOMPARE(planNow(r).changes.size(), 0);
    }

    void passwordOnlyWhenAskedOrChanged()
    {
        QVERIFY(applyNow(planNow(request())).ok());
        Step5Request r = request();
        r.options.sendPexipPassword = true;
        plan::StepPlan p = planNow(r);
        QCOMPARE(p.changes.size(), 1);
        QCOMPARE(p.changes.first().rest->method, QStringLiteral("PATCH"));
        QCOMPARE(p.changes.first().rest->secretField, QStringLiteral("service_account_password"));
        QVERIFY(applyNow(p).ok());
        r.options.sendPexipPassword = false;
        r.passwordChangedThisRun = true;
        p = planNow(r);
        QCOMPARE(p.changes.size(), 1);
        QCOMPARE(p.changes.first().diffs.last().property, QStringLiteral("service_account_password"));
    }

    void kerberosIsNotDowngraded()
    {
        QVERIFY(applyNow(planNow(request())).ok());
        PexipInventory inv;
        planNow(request(), &inv);
        QVERIFY(inv.deployment);
        patch(inv.deployment->value(QLatin1String("resource_uri")).toString(),
              {{QStringLiteral("authentication_method"), QStringLiteral("KERBEROS")}});
        const plan::StepPlan kept = planNow(request());
        QCOMPARE(kept.changes.size(), 0);
        QVERIFY(hasNote(kept, "step5.kerberos-kept", CheckStatus::Warning));
        Step5Request r = request();
        r.replaceKerberos = true;
        const plan::StepPlan replaced = planNow(r);
        QCOMPARE(replaced.changes.size(), 1);
        QCOMPARE(replaced.changes.first().diffs.first().property, QStringLiteral("authentication_method"));
        QCOMPARE(replaced.changes.first().diffs.first().before,
                 shell::ShellValue(QStringLiteral("KERBEROS")));
        QVERIFY(!hasNote(replaced, "step5.kerberos-kept", CheckStatus::Warning));
    }

    // A renewed CA keeps its subject (and so its subject_hash) but is another certificate.
    void caDedupByDerNotBySubject()
    {
        QTemporaryDir tmp;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                       tmp.filePath(QStringLiteral("k.pem")), QStringLiteral("-out"),
                       tmp.filePath(QStringLiteral("renewed.pem")), QStringLiteral("-days"),
                       QStringLiteral("30"), QStringLiteral("-subj"),
                       QStringLiteral("/O=OTJ Lab/CN=OTJ Lab Test CA")});
        QVERIFY(openssl.waitForFinished(30000));
        if (openssl.exitCode() != 0)
            QSKIP("openssl could not make a certificate");
        QFile renewedFile(tmp.filePath(QStringLiteral("renewed.pem")));
        QVERIFY(renewedFile.open(QIODevice::ReadOnly));
        const QString renewedPem = QString::fromLatin1(renewedFile.readAll());
        {
            auto c = client();
            CaCertificates cas(*c);
            QObject ctx;
            std::optional<PexipResource::Object> out;
            cas.create({{QStringLiteral("certificate"), renewedPem}}, &ctx, [&](const auto& r) { out = r; });
            spinUntil([&] { return out.has_value(); });
            QVERIFY(out && out->ok());
        }
        const QList<QJsonObject> stored = listAll(QStringLiteral("ca_certificate"));
        QCOMPARE(stored.size(), 1);
        const plan::StepPlan p = planNow(request());
        const plan::PlannedChange* ca = find(p, QStringLiteral("step5.ca/"));
        QVERIFY2(ca, "the lab CA must still be uploaded: same name, other certificate");
        // Pexip's own subject_hash of the uploaded lab CA equals the renewed one's.
        QVERIFY(applyNow(p).ok());
        QSet<QString> hashes;
        const QList<QJsonObject> after = listAll(QStringLiteral("ca_certificate"));
        QCOMPARE(after.size(), 2);
        for (const QJsonObject& o : after)
            hashes.insert(o.value(QLatin1String("subject_hash")).toString());
        QCOMPARE(hashes.size(), 1);
        QCOMPARE(planNow(request()).changes.size(), 0);
    }

    // The optional Autodiscover URL points at the integration created in the same apply.
    void autodiscoverUrlFollowsTheIntegration()
    {
        removeAll(QStringLiteral("mjx_exchange_autodiscover_url"));
        Step5Request r = request();
        r.autodiscoverUrl = QUrl(profile.exchange.ewsUrl)
                                .resolved(QUrl(QStringLiteral("/autodiscover/autodiscover.xml")))
                                .toString();
        r.autodiscoverSchemes = {QStringLiteral("Negotiate"), QStringLiteral("NTLM"),
                                 QStringLiteral("Basic")};
        const plan::StepPlan p = planNow(r);
        const plan::PlannedChange* ad = find(p, QStringLiteral("step5.autodiscover"));
        QVERIFY(ad);
        QVERIFY(ad->deferred); // the integration does not exist yet
        QVERIFY(applyNow(p).ok());
        const QList<QJsonObject> urls = listAll(QStringLiteral("mjx_exchange_autodiscover_url"));
        QCOMPARE(urls.size(), 1);
        PexipInventory inv;
        QCOMPARE(planNow(r, &inv).changes.size(), 0);
        QCOMPARE(urls.first().value(QLatin1String("exchange_deployment")).toString(),
                 inv.deployment->value(QLatin1String("resource_uri")).toString());
        // A directory that does not offer the method: no change, a Failed note.
        r.autodiscoverSchemes = {QStringLiteral("NTLM")};
        r.profile.pexip.integrationName = QStringLiteral("Other");
        const plan::StepPlan refused = planNow(r);
        QVERIFY(!find(refused, QStringLiteral("step5.autodiscover")));
        QVERIFY(hasNote(refused, "step5.autodiscover-method", CheckStatus::Failed));
    }

    void publiclyTrustedChainUploadsNothing()
    {
        Step5Request r = request();
        r.publicRoots = profile.trust.exchange.caCertificates(); // as if the lab CA were a public root
        const plan::StepPlan p = planNow(r);
        QVERIFY(!find(p, QStringLiteral("step5.ca/")));
        QVERIFY(find(p, QStringLiteral("step5.integration")));
    }

    void vmrSchedulingAccountIsRefused()
    {
        Step5Request r = request();
        r.profile.serviceAccount.upn = QStringLiteral("CONTOSO\\svc-vmr");
        const plan::StepPlan p = planNow(r);
        QVERIFY(hasNote(p, "step5.vmr-account", CheckStatus::Failed));
        QVERIFY(!hasNote(planNow(request()), "step5.vmr-account", CheckStatus::Failed));
    }

    // otjctl validate reads Pexip back: prereq.p5 fails until the lab CA is on Pexip and passes
    // after; step5.integration fails until the integration exists and matches.
    void validateReadsPexipBack()
    {
        const QString profilePath = dir.filePath(QStringLiteral("lab.json"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("OTJ_PEXIP_PASSWORD"), lab.password(QStringLiteral("pexip-admin")));
        const QStringList args{
            QStringLiteral("validate"), QStringLiteral("--profile"), profilePath,
            QStringLiteral("--json"),   QStringLiteral("--only"),    QStringLiteral("prereq.p5"),
            QStringLiteral("--only"),   QStringLiteral("step5")};
        auto statusOf = [](const QByteArray& out, const QString& id, QJsonObject* check = nullptr) {
            for (const QJsonValue& v :
                 QJsonDocument::fromJson(out).object().value(QLatin1String("checks")).toArray()) {
                if (v.toObject().value(QLatin1String("id")).toString() == id) {
                    if (check)
                        *check = v.toObject();
                    return v.toObject().value(QLatin1String("status")).toString();
                }
            }
            return QString();
        };
        CtlResult before = runOtjctl(args, servicePassword, 120000, {}, env);
        QJsonObject p5;
        QCOMPARE(statusOf(before.out, QStringLiteral("prereq.p5"), &p5), QStringLiteral("failed"));
        QCOMPARE(p5.value(QLatin1String("fixStep")).toString(), QStringLiteral("step5"));
        const QJsonObject ev = p5.value(QLatin1String("evidence")).toObject();
        QCOMPARE(ev.value(QLatin1String("pexipRead")).toBool(), true);
        QVERIFY(!ev.value(QLatin1String("publicRoots")).toString().isEmpty());
        const QJsonArray chain = ev.value(QLatin1String("chain")).toArray();
        QCOMPARE(chain.size(), 2); // the lab's server certificate and the lab CA
        for (const QJsonValue& c : chain)
            for (const char* key : {"subject", "issuer", "expires", "sha256"})
                QVERIFY(!c.toObject().value(QLatin1String(key)).toString().isEmpty());
        QCOMPARE(statusOf(before.out, QStringLiteral("step5.integration")), QStringLiteral("failed"));

        QVERIFY(applyNow(planNow(request())).ok());
        const CtlResult after = runOtjctl(args, servicePassword, 120000, {}, env);
        QCOMPARE(statusOf(after.out, QStringLiteral("prereq.p5")), QStringLiteral("passed"));
        QCOMPARE(statusOf(after.out, QStringLiteral("step5.integration")), QStringLiteral("passed"));
        QCOMPARE(after.exitCode, 0);
        // A field changed on Pexip is named.
        PexipInventory inv;
        planNow(request(), &inv);
        patch(inv.deployment->value(QLatin1String("resource_uri")).toString(),
              {{QStringLiteral("find_items_request_quota"), 20000}});
        QJsonObject integration;
        const CtlResult changed = runOtjctl(args, servicePassword, 120000, {}, env);
        QCOMPARE(statusOf(changed.out, QStringLiteral("step5.integration"), &integration),
                 QStringLiteral("failed"));
        QVERIFY(integration.value(QLatin1String("cause"))
                    .toString()
                    .contains(QLatin1String("find_items_request_quota")));
        // Without the Pexip password: not known, a Warning (never a silent pass).
        const CtlResult unread = runOtjctl(args, servicePassword);
        QCOMPARE(statusOf(unread.out, QStringLiteral("prereq.p5")), QStringLiteral("warning"));
        QCOMPARE(statusOf(unread.out, QStringLiteral("step5.integration")), QStringLiteral("skipped"));
    }

    // The seam otjctl plan/apply call: step 5 from the profile alone (it probes the EWS chain and
    // judges it against the shipped public roots itself).
    void planFromProfileSeam()
    {
        auto c = client();
        QObject ctx;
        std::optional<plan::StepPlan> out;
        plan::PlanOptions options;
        options.serviceAccountPasswordKnown = true;
        PexipInspector::planFromProfile(*c, profile, options, {}, false, false, &ctx,
                                        [&](const plan::StepPlan& p, const PexipInventory&) { out = p; });
        spinUntil([&] { return out.has_value(); });
        QVERIFY(out && out->inspected);
        QVERIFY(find(*out, QStringLiteral("step5.ca/"))); // the lab CA is not a public root
        QVERIFY(find(*out, QStringLiteral("step5.integration")));

        journal::JournalChange set;
        set.run = QStringLiteral("run-1");
        set.step = QStringLiteral("step1");
        set.result = QStringLiteral("applied");
        set.parameters = {{QStringLiteral("Identity"), QStringLiteral("svc-otj")},
                          {QStringLiteral("Password"), QStringLiteral("«secret»")}};
        QVERIFY(passwordChangedInRun({set}, QStringLiteral("run-1")));
        QVERIFY(!passwordChangedInRun({set}, QStringLiteral("run-2")));
        set.result = QStringLiteral("failed");
        QVERIFY(!passwordChangedInRun({set}, QStringLiteral("run-1")));
    }

    // Stopping while the EWS chain is still being probed (a host that accepts and never answers
    // the TLS handshake, where the probe would wait 30 s): the plan comes back at once as not
    // read, Cancelled, and nothing went to Pexip.
    void cancelWhileProbingTheEwsChain()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        auto c = client();
        QObject ctx;
        std::optional<plan::StepPlan> out;
        plan::PlanOptions options;
        options.serviceAccountPasswordKnown = true;
        const QUrl ews(QStringLiteral("https://127.0.0.1:%1/EWS/Exchange.asmx").arg(silent.serverPort()));
        PexipInspector::planFromProfile(*c, profile, options, ews, false, false, &ctx,
                                        [&](const plan::StepPlan& p, const PexipInventory&) { out = p; });
        spinUntil([&] { return silent.hasPendingConnections(); }, 10000);
        QVERIFY(silent.hasPendingConnections()); // the probe is connected and waiting
        QVERIFY(!out);
        QElapsedTimer stopping;
        stopping.start();
        c->cancelAll();
        spinUntil([&] { return out.has_value(); }, 10000);
        QVERIFY(out.has_value());
        QVERIFY2(stopping.elapsed() < 2000, qPrintable(QString::number(stopping.elapsed())));
        QVERIFY(!out->inspected);
        QCOMPARE(out->problems.value(0).fullyQualifiedErrorId, QStringLiteral("OtjPexip.cancelled"));
        QCOMPARE(c->stats().requestsSent, 0);
        // Nothing follows later either (a late probe answer would have started the reads).
        QTest::qWait(300);
        QCOMPARE(c->stats().requestsSent, 0);
    }

    // step5.agreement: the method Pexip uses is offered by EWS, the account is the profile's, the
    // EWS URL Pexip has answers; KERBEROS is not judged.
    void bothSidesAgree()
    {
        QVERIFY(applyNow(planNow(request())).ok());
        const QString profilePath = dir.filePath(QStringLiteral("lab.json"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("OTJ_PEXIP_PASSWORD"), lab.password(QStringLiteral("pexip-admin")));
        auto agreement = [&](QJsonObject* check = nullptr) {
            const CtlResult r =
                runOtjctl({QStringLiteral("validate"), QStringLiteral("--profile"), profilePath,
                           QStringLiteral("--json"), QStringLiteral("--only"), QStringLiteral("step5"),
                           QStringLiteral("--only"), QStringLiteral("step3")},
                          servicePassword, 120000, {}, env);
            for (const QJsonValue& v :
                 QJsonDocument::fromJson(r.out).object().value(QLatin1String("checks")).toArray())
                if (v.toObject().value(QLatin1String("id")).toString() == QLatin1String("step5.agreement")) {
                    if (check)
                        *check = v.toObject();
                    return v.toObject().value(QLatin1String("status")).toString();
                }
            return QString();
        };
        QCOMPARE(agreement(), QStringLiteral("passed"));
        PexipInventory inv;
        planNow(request(), &inv);
        const QString uri = inv.deployment->value(QLatin1String("resource_uri")).toString();
        QJsonObject check;
        patch(uri, {{QStringLiteral("ews_url"), QStringLiteral("https://127.0.0.1:1/EWS/Exchange.asmx")}});
        QCOMPARE(agreement(&check), QStringLiteral("failed"));
        QVERIFY(check.value(QLatin1String("cause")).toString().contains(QLatin1String("does not answer")));
        patch(uri, {{QStringLiteral("ews_url"), profile.exchange.ewsUrl},
                    {QStringLiteral("service_account_username"), QStringLiteral("CONTOSO\\svc-vmr")}});
        QCOMPARE(agreement(&check), QStringLiteral("failed"));
        QVERIFY(check.value(QLatin1String("cause")).toString().contains(QLatin1String("svc-vmr")));
        patch(uri, {{QStringLiteral("service_account_username"), QStringLiteral("CONTOSO\\svc-otj")},
                    {QStringLiteral("authentication_method"), QStringLiteral("NTLM")}});
        QCOMPARE(agreement(&check),
                 QStringLiteral("warning")); // NTLM offered, but the profile proves Basic only
        int status = 0;
        lab.admin("POST", QStringLiteral("virtual-directories"),
                  {{QStringLiteral("ewsBasicAuthentication"), false}}, &status);
        QCOMPARE(status, 200);
        patch(uri, {{QStringLiteral("authentication_method"), QStringLiteral("BASIC")}});
        QCOMPARE(agreement(&check),
                 QStringLiteral("failed")); // Pexip would use Basic; EWS no longer offers it
        QVERIFY(check.value(QLatin1String("cause")).toString().contains(QLatin1String("BASIC")));
        lab.admin("POST", QStringLiteral("virtual-directories"),
                  {{QStringLiteral("ewsBasicAuthentication"), true}}, &status);
        patch(uri, {{QStringLiteral("authentication_method"), QStringLiteral("KERBEROS")}});
        QCOMPARE(agreement(), QStringLiteral("skipped"));
    }

    // otjctl plan / apply include step 5 when the profile names the Management Node (the lab's
    // profile: Pexip on its own port with its own CA in trust.pexip) and the Pexip password is given:
    // plan shows step 5's creates, apply makes them (journaled as REST requests, no secret) after
    // steps 1-4 and verifies, and a new plan has nothing left for step 5. Without the password the
    // plan says step 5 was not inspected, and that is no error.
    void otjctlPlanAndApplyIncludeStep5()
    {
        const QString profilePath = dir.filePath(QStringLiteral("lab.json"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("OTJ_POWERSHELL"), test::labPowerShellEnv(lab));
        env.insert(QStringLiteral("OTJ_EXCHANGE_ADMIN_PASSWORD"),
                   lab.password(QStringLiteral("exchange-admin")));
        const QString accountPassword = lab.password(QStringLiteral("otj-service"));
        const QStringList plan{QStringLiteral("plan"), QStringLiteral("--profile"), profilePath};
        const CtlResult unread = runOtjctl(plan, accountPassword, 120000, {}, env);
        QVERIFY2(unread.exitCode == 0 || unread.exitCode == 1, unread.err.constData());
        QVERIFY2(unread.out.contains("Step 5 was not inspected"), unread.out.constData());
        QVERIFY(!unread.out.contains("+ step5.integration:"));

        env.insert(QStringLiteral("OTJ_PEXIP_PASSWORD"), lab.password(QStringLiteral("pexip-admin")));
        const CtlResult before = runOtjctl(plan, accountPassword, 120000, {}, env);
        QVERIFY2(before.exitCode == 1, before.err.constData() + QByteArray("\n") + before.out);
        QVERIFY2(before.out.contains("+ step5.integration:"), before.out.constData());
        QVERIFY2(before.out.contains("+ step5.ca/"), before.out.constData());
        QVERIFY(before.out.contains("POST /api/admin/configuration/v1/mjx_exchange_deployment/"));

        const CtlResult applied =
            runOtjctl({QStringLiteral("apply"), QStringLiteral("--yes"), QStringLiteral("--wait-pending"),
                       QStringLiteral("0"), QStringLiteral("--profile"), profilePath},
                      accountPassword, 240000, {}, env);
        QVERIFY2(applied.exitCode == 0 || applied.exitCode == 1,
                 applied.err.constData() + QByteArray("\n") + applied.out);
        QVERIFY2(applied.out.contains("step5.integration"), applied.out.constData());
        QFile journalFile(journal::RunJournal::journalPath(profilePath));
        QVERIFY(journalFile.open(QIODevice::ReadOnly));
        const QByteArray journalText = journalFile.readAll();
        QVERIFY(
            journalText.contains("\"cmdlet\":\"POST /api/admin/configuration/v1/mjx_exchange_deployment/\""));
        QVERIFY(!journalText.contains(accountPassword.toUtf8()));
        QVERIFY(!journalText.contains(lab.password(QStringLiteral("pexip-admin")).toUtf8()));

        const CtlResult after = runOtjctl(plan, accountPassword, 120000, {}, env);
        QVERIFY2(after.exitCode == 0, after.err.constData() + QByteArray("\n") + after.out);
        QVERIFY2(!after.out.contains("+ step5.integration:") && !after.out.contains("~ step5.integration:") &&
                     !after.out.contains("step5.ca/"),
                 after.out.constData());
        PexipInventory inv;
        planNow(request(), &inv);
        QVERIFY(inv.deployment.has_value());
    }

    // otjctl plan: Pexip's VMR connector usernames feed step 1's conflict check; step 5 does not
    // repeat the same finding.
    void otjctlPlanFeedsTheConnectorUsernamesToStep1()
    {
        const QList<QJsonObject> connectors = listAll(QStringLiteral("ms_exchange_connector"));
        QVERIFY(!connectors.isEmpty());
        const QString uri = connectors.first().value(QLatin1String("resource_uri")).toString();
        const QString username = connectors.first().value(QLatin1String("username")).toString();
        patch(uri, {{QStringLiteral("username"), QStringLiteral("SVC-OTJ@contoso.lab")}});
        QProcessEnvironment env;
        env.insert(QStringLiteral("OTJ_POWERSHELL"), test::labPowerShellEnv(lab));
        env.insert(QStringLiteral("OTJ_EXCHANGE_ADMIN_PASSWORD"),
                   lab.password(QStringLiteral("exchange-admin")));
        env.insert(QStringLiteral("OTJ_PEXIP_PASSWORD"), lab.password(QStringLiteral("pexip-admin")));
        const CtlResult r = runOtjctl(
            {QStringLiteral("plan"), QStringLiteral("--profile"), dir.filePath(QStringLiteral("lab.json"))},
            lab.password(QStringLiteral("otj-service")), 120000, {}, env);
        patch(uri, {{QStringLiteral("username"), username}});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        QVERIFY2(r.out.contains("failed step1.dedicated-account: "), r.out.constData());
        QVERIFY2(!r.out.contains("step5.vmr-account"), r.out.constData());
    }

    PexipStepOutcome runStep(PexipStepRequest r, bool cancelAtOnce = false)
    {
        auto c = client();
        PexipStepRun run(c.get(), r);
        std::optional<PexipStepOutcome> out;
        connect(&run, &PexipStepRun::finished, this, [&](const PexipStepOutcome& o) { out = o; });
        run.start();
        if (cancelAtOnce)
            run.cancel();
        spinUntil([&] { return out.has_value(); });
        return out.value_or(PexipStepOutcome{});
    }

    PexipStepRequest stepRequest(const QString& profilePath) const
    {
        PexipStepRequest r;
        r.profile = profile;
        r.profilePath = profilePath;
        r.tool = QStringLiteral("otj-wizard");
        r.options.serviceAccountPasswordKnown = true;
        r.servicePassword = servicePassword;
        return r;
    }

    static QList<QJsonObject> journalLines(const QString& profilePath, const QString& type)
    {
        QList<QJsonObject> out;
        QFile f(journal::RunJournal::journalPath(profilePath));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray& line : f.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QLatin1String("type")).toString() == type)
                out << o;
        }
        return out;
    }

    // PexipStepRun (otjctl apply's and the wizard's step 5): plans, applies in its own journal run
    // under the lock, verifies by planning again; a second run has nothing to do and writes no run.
    void stepRunAppliesJournalsAndVerifies()
    {
        const QString profilePath = dir.filePath(QStringLiteral("steprun.json"));
        const PexipStepOutcome first = runStep(stepRequest(profilePath));
        QVERIFY2(first.result == PexipStepOutcome::Result::Verified, qPrintable(first.message));
        QCOMPARE(first.planned.changes.size(), 2);
        QCOMPARE(first.applied.size(), 2);
        QVERIFY(first.applied.contains(QStringLiteral("step5.integration")));
        QVERIFY(first.after && first.after->inspected && first.after->changes.isEmpty());
        const QList<QJsonObject> runs = journalLines(profilePath, QStringLiteral("run-started"));
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].value(QLatin1String("tool")).toString(), QStringLiteral("otj-wizard"));
        const QList<QJsonObject> started = journalLines(profilePath, QStringLiteral("started"));
        QCOMPARE(started.size(), 2);
        QCOMPARE(started[1].value(QLatin1String("cmdlet")).toString(),
                 QStringLiteral("POST /api/admin/configuration/v1/mjx_exchange_deployment/"));
        QCOMPARE(journalLines(profilePath, QStringLiteral("run-finished"))[0].value(QLatin1String("result")),
                 QJsonValue(QStringLiteral("completed")));

        const PexipStepOutcome again = runStep(stepRequest(profilePath));
        QVERIFY(again.result == PexipStepOutcome::Result::Verified);
        QVERIFY(again.applied.isEmpty());
        QCOMPARE(journalLines(profilePath, QStringLiteral("run-started")).size(), 1);
        QCOMPARE(listAll(QStringLiteral("ca_certificate")).size(), 1);

        // Asked to send the password: one PATCH with it, and the verification does not ask for it
        // again (it cannot be read back, so it is never a difference).
        PexipStepRequest send = stepRequest(profilePath);
        send.options.sendPexipPassword = true;
        const PexipStepOutcome sent = runStep(send);
        QVERIFY2(sent.result == PexipStepOutcome::Result::Verified, qPrintable(sent.message));
        QCOMPARE(sent.applied, QStringList{QStringLiteral("step5.integration")});
        const QList<QJsonObject> patched = journalLines(profilePath, QStringLiteral("started"));
        QCOMPARE(patched.last()
                     .value(QLatin1String("parameters"))
                     .toObject()
                     .value(QLatin1String("service_account_password")),
                 QJsonValue(QStringLiteral("«secret»")));
    }

    // Another apply holds the profile's lock: nothing is read or sent.
    void stepRunWaitsForNoOtherApply()
    {
        const QString profilePath = dir.filePath(QStringLiteral("locked.json"));
        QLockFile other(journal::RunJournal::lockPath(profilePath));
        QVERIFY(other.tryLock(0));
        const PexipStepOutcome out = runStep(stepRequest(profilePath));
        QVERIFY(out.result == PexipStepOutcome::Result::CouldNotRun);
        QVERIFY2(!out.message.isEmpty(), "says why");
        QVERIFY(listAll(QStringLiteral("mjx_exchange_deployment")).isEmpty());
        other.unlock();
        QVERIFY(runStep(stepRequest(profilePath)).result == PexipStepOutcome::Result::Verified);
    }

    void stepRunCancelledBeforeSendingChangesNothing()
    {
        const QString profilePath = dir.filePath(QStringLiteral("cancel.json"));
        const PexipStepOutcome out = runStep(stepRequest(profilePath), true);
        QVERIFY(out.result == PexipStepOutcome::Result::Cancelled);
        QVERIFY(out.applied.isEmpty());
        QVERIFY(listAll(QStringLiteral("mjx_exchange_deployment")).isEmpty());
        QVERIFY(listAll(QStringLiteral("ca_certificate")).isEmpty());
        // The lock was given back.
        QVERIFY(runStep(stepRequest(profilePath)).result == PexipStepOutcome::Result::Verified);
    }

    // The wizard's rule: the password goes to Pexip when step 1 set it after Pexip last got it.
    void passwordChangedSinceSentFollowsTheJournal()
    {
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        auto change = [](const char* key, const char* step, const char* param, const QDateTime& at) {
            journal::JournalChange c;
            c.key = QLatin1String(key);
            c.step = QLatin1String(step);
            c.parameters.insert(QLatin1String(param), QStringLiteral("«secret»"));
            c.startedAt = at;
            c.result = QStringLiteral("applied");
            return c;
        };
        const auto set = change("step1.account", "step1", "Password", t0);
        const auto sent = change("step5.integration", "step5", "service_account_password", t0.addSecs(10));
        const auto patchedOther = change("step5.integration", "step5", "ews_url", t0.addSecs(20));
        const auto setAgain = change("step1.account-password", "step1", "Password", t0.addSecs(30));
        QVERIFY(!passwordChangedSinceSentToPexip({}));
        QVERIFY(passwordChangedSinceSentToPexip({set}));
        QVERIFY(!passwordChangedSinceSentToPexip({set, sent}));
        QVERIFY(!passwordChangedSinceSentToPexip({set, sent, patchedOther}));
        QVERIFY(passwordChangedSinceSentToPexip({set, sent, patchedOther, setAgain}));
        auto failed = setAgain;
        failed.result = QStringLiteral("failed");
        QVERIFY(!passwordChangedSinceSentToPexip({set, sent, failed}));
    }

    // plan::SetupSession's StepId::Pexip (the wizard's path): inspect plans from the credential
    // store's Pexip password, apply runs PexipStepRun, verify plans again; a missing or wrong
    // password is a failure with a remedy, not a plan.
    void setupSessionInspectsAppliesAndVerifiesStep5()
    {
        MemoryCredentialStore store;
        plan::SetupSession session(&store);
        const QString profilePath = dir.filePath(QStringLiteral("session.json"));
        struct Answers
        {
            std::optional<plan::StepReading> reading;
            std::optional<shell::ShellError> error;
            std::optional<plan::ApplyOutcome> applied;
            std::optional<QList<plan::ChangeCheck>> checks;
            QStringList started;
        } a;
        connect(&session, &plan::SetupSession::inspected, this,
                [&](int, const plan::StepReading& r) { a.reading = r; });
        connect(&session, &plan::SetupSession::failed, this,
                [&](int, const shell::ShellError& e) { a.error = e; });
        connect(&session, &plan::SetupSession::changeStarted, this,
                [&](int, const QString& key) { a.started << key; });
        connect(&session, &plan::SetupSession::applyFinished, this,
                [&](int, const plan::ApplyOutcome& o) { a.applied = o; });
        connect(&session, &plan::SetupSession::verified, this,
                [&](int, const QList<plan::ChangeCheck>& c) { a.checks = c; });
        const QString id = profile.profileIdString();
        auto store_ = [&](CredentialRole role, const QString& secret) {
            bool done = false;
            store.write(id, role, secret, this, [&](const CredentialResult&) { done = true; });
            spinUntil([&] { return done; });
        };

        session.inspect(StepId::Pexip, profile, {}, profilePath);
        spinUntil([&] { return a.error.has_value(); });
        QVERIFY(a.error);
        QCOMPARE(a.error->fullyQualifiedErrorId, QStringLiteral("OtjPexip.NoPassword"));
        QVERIFY(!a.error->remedy.isEmpty());

        a = {};
        store_(CredentialRole::PexipAdmin, QStringLiteral("wrong"));
        session.inspect(StepId::Pexip, profile, {}, profilePath);
        spinUntil([&] { return a.error.has_value(); });
        QVERIFY(a.error);
        QCOMPARE(a.error->fullyQualifiedErrorId, QStringLiteral("OtjPexip.unauthorized"));
        QVERIFY2(!a.error->remedy.isEmpty(), qPrintable(a.error->message));

        a = {};
        store_(CredentialRole::PexipAdmin, lab.password(QStringLiteral("pexip-admin")));
        store_(CredentialRole::ServiceAccount, servicePassword);
        session.inspect(StepId::Pexip, profile, {}, profilePath);
        spinUntil([&] { return a.reading.has_value() || a.error.has_value(); });
        QVERIFY2(a.reading, a.error ? qPrintable(a.error->message) : "no answer");
        const plan::StepPlan* planned = a.reading->inspection->plan.step(StepId::Pexip);
        QVERIFY(planned && planned->inspected);
        QCOMPARE(planned->changes.size(), 2);
        QStringList keys;
        for (const plan::PlannedChange& c : planned->changes)
            keys << c.desired.key;

        session.apply(StepId::Pexip, profile, profilePath, {});
        spinUntil([&] { return a.applied.has_value() || a.error.has_value(); });
        QVERIFY2(a.applied, a.error ? qPrintable(a.error->message) : "no answer");
        QVERIFY2(a.applied->result == plan::ApplyOutcome::Result::Verified, qPrintable(a.applied->message));
        QCOMPARE(a.started, keys);
        QCOMPARE(a.applied->applied, keys);
        QCOMPARE(journalLines(profilePath, QStringLiteral("run-started"))[0].value(QLatin1String("tool")),
                 QJsonValue(QStringLiteral("otj-wizard")));

        session.verify(StepId::Pexip, keys, profile, {});
        spinUntil([&] { return a.checks.has_value(); });
        QVERIFY(a.checks);
        QCOMPARE(a.checks->size(), 2);
        for (const plan::ChangeCheck& c : *a.checks)
            QVERIFY2(c.status == CheckStatus::Passed, qPrintable(c.key + QStringLiteral(": ") + c.detail));

        // Someone changes the integration on Pexip: verify names what still differs.
        const QString uri = listAll(QStringLiteral("mjx_exchange_deployment"))
                                .first()
                                .value(QLatin1String("resource_uri"))
                                .toString();
        patch(uri, {{QStringLiteral("find_items_request_quota"), 20000}});
        a.checks.reset();
        session.verify(StepId::Pexip, keys, profile, {});
        spinUntil([&] { return a.checks.has_value(); });
        QVERIFY(a.checks);
        const plan::ChangeCheck& integration =
            a.checks->at(keys.indexOf(QStringLiteral("step5.integration")));
        QCOMPARE(integration.status, CheckStatus::Failed);
        QVERIFY2(integration.detail.contains(QLatin1String("find_items_request_quota")),
                 qPrintable(integration.detail));
    }

    // The wizard's step 1 (SetupSession over the lab's shell) compares the service account with
    // Pexip's VMR connector usernames when the Pexip password is there, as otjctl plan does.
    void setupSessionStep1SeesTheConnectorConflict()
    {
        const QList<QJsonObject> connectors = listAll(QStringLiteral("ms_exchange_connector"));
        QVERIFY(!connectors.isEmpty());
        const QString uri = connectors.first().value(QLatin1String("resource_uri")).toString();
        const QString username = connectors.first().value(QLatin1String("username")).toString();
        patch(uri, {{QStringLiteral("username"), profile.serviceAccount.upn.toUpper()}});
        qputenv("OTJ_POWERSHELL", test::labPowerShellEnv(lab).toUtf8());
        MemoryCredentialStore store;
        plan::SetupSession session(&store);
        const QString id = profile.profileIdString();
        auto store_ = [&](CredentialRole role, const QString& secret) {
            bool done = false;
            store.write(id, role, secret, this, [&](const CredentialResult&) { done = true; });
            spinUntil([&] { return done; });
        };
        store_(CredentialRole::ExchangeAdmin, lab.password(QStringLiteral("exchange-admin")));
        auto conflictNoted = [&]() -> std::optional<bool> {
            std::optional<plan::StepReading> reading;
            std::optional<shell::ShellError> error;
            QObject ctx;
            connect(&session, &plan::SetupSession::inspected, &ctx,
                    [&](int, const plan::StepReading& r) { reading = r; });
            connect(&session, &plan::SetupSession::failed, &ctx,
                    [&](int, const shell::ShellError& e) { error = e; });
            session.inspect(StepId::ServiceAccount, profile, {});
            spinUntil([&] { return reading || error; }, 60000);
            if (!reading)
                return std::nullopt;
            for (const plan::PlanNote& n : reading->inspection->plan.step(StepId::ServiceAccount)->notes)
                if (n.checkId == QLatin1String("step1.dedicated-account") &&
                    n.verdict.status == CheckStatus::Failed)
                    return true;
            return false;
        };
        const std::optional<bool> withoutPexip = conflictNoted();
        store_(CredentialRole::PexipAdmin, lab.password(QStringLiteral("pexip-admin")));
        const std::optional<bool> withPexip = conflictNoted();
        patch(uri, {{QStringLiteral("username"), username}});
        QCOMPARE(withoutPexip, std::optional<bool>(false)); // Pexip not asked: nothing to compare with
        QCOMPARE(withPexip, std::optional<bool>(true));
    }

    void wrongPexipPasswordIsAProblemNotAPlan()
    {
        PexipClient c(PexipClientConfig::fromProfile(profile, QStringLiteral("wrong")));
        QObject ctx;
        std::optional<plan::StepPlan> out;
        PexipInspector::planStep(c, request(), &ctx,
                                 [&](const plan::StepPlan& p, const PexipInventory&) { out = p; });
        spinUntil([&] { return out.has_value(); });
        QVERIFY(out);
        QVERIFY(!out->inspected);
        QCOMPARE(out->changes.size(), 0);
        QCOMPARE(out->problems.first().fullyQualifiedErrorId, QStringLiteral("OtjPexip.unauthorized"));
    }
};

QTEST_GUILESS_MAIN(TestPexipStep5)
#include "tst_pexip_step5.moc"
