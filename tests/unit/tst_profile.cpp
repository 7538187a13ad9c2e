// The setup profile: defaults, JSON round trip, every kind of problem with its JSON path,
// schema upgrade and refusal, atomic save, and `otjctl profile new|check`.
#include "core/cli/Otjctl.h"
#include "core/i18n/Translations.h"
#include "core/net/Certificates.h"
#include "core/profile/ProfileModel.h"
#include "core/profile/ProfileStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace otj;

namespace {

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson();
}

SetupProfile completeProfile()
{
    SetupProfile p = SetupProfile::defaults();
    p.exchange.ewsUrl = QStringLiteral("https://mail.example.com/EWS/Exchange.asmx");
    p.exchange.remotePowerShellUri = QStringLiteral("http://mail.example.com/PowerShell/");
    p.exchange.adminAccount = QStringLiteral("EXAMPLE\\exadmin");
    p.serviceAccount.upn = QStringLiteral("svc-otj@example.com");
    p.rooms.selected = {QStringLiteral("room-101@example.com"), QStringLiteral("room-102@example.com")};
    p.pexip.managementNode = QStringLiteral("pexip-mgr.example.com");
    return p;
}

// At least n certificates from the system store (Debian's ca-certificates), as test CAs.
QList<QSslCertificate> systemCas(int n)
{
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    if (system.size() < n)
        qFatal("need %d system CA certificates (install ca-certificates)", n);
    return system.mid(0, n);
}

const ProfileIssue* findIssue(const ProfileIssues& issues, const QString& path)
{
    for (const ProfileIssue& i : issues)
        if (i.path == path)
            return &i;
    return nullptr;
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList& args)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    cli::CommandContext ctx;
    ctx.out = &out;
    ctx.err = &err;
    r.exitCode = cli::runOtjctl(QStringList{QStringLiteral("otjctl")} + args, ctx);
    out.flush();
    err.flush();
    return r;
}

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The profile's messages are filed under the context the code translates with (they used to
    // land under a helper class's name and never loaded).
    void messagesLoadInGerman()
    {
        QVERIFY(installTranslations(QStringLiteral("de")).appLoaded);
        const ProfileLoadResult r = ProfileStore::parse(R"({"schemaVersion": 2, "noSuchSetting": 1})");
        installTranslations(QString());
        bool found = false;
        for (const ProfileIssue& i : r.issues)
            found = found || i.message.startsWith(QStringLiteral("Unbekannte Einstellung"));
        QVERIFY2(found, qPrintable(r.issues.isEmpty() ? QString() : r.issues.first().message));
    }

    void defaultsAreTheRecommendedValues()
    {
        const SetupProfile p = SetupProfile::defaults();
        QCOMPARE(p.schemaVersion, SetupProfile::CurrentSchemaVersion);
        QVERIFY(!p.profileId.isNull());
        QCOMPARE(p.calendarPolicy.automateProcessing, QStringLiteral("AutoAccept"));
        QVERIFY(!p.calendarPolicy.deleteComments);
        QVERIFY(!p.calendarPolicy.deleteSubject);
        QVERIFY(!p.calendarPolicy.addOrganizerToSubject);
        QVERIFY(!p.calendarPolicy.removePrivateProperty);
        QVERIFY(!p.calendarPolicy.processExternalMeetingMessages.has_value());
        QCOMPARE(p.pexip.findItemsRequestQuota, 1000000);
        QCOMPARE(p.exchange.remotePowerShellAuthentication, QStringLiteral("Kerberos"));
        QCOMPARE(p.pexipAuthenticationMethod(), QStringLiteral("BASIC"));
        // Schema 3: the PowerShell program is a setting of the machine, never of the profile.
        const QJsonObject ps = p.toJson()
                                   .value(QLatin1String("exchange"))
                                   .toObject()
                                   .value(QLatin1String("remotePowerShell"))
                                   .toObject();
        QVERIFY(!ps.contains(QLatin1String("host")));
        QVERIFY(!ps.contains(QLatin1String("arguments")));
        QVERIFY(SetupProfile::defaults().profileId != p.profileId);
    }

    void roundTripKeepsEveryValue()
    {
        SetupProfile p = completeProfile();
        p.exchange.discovery = EwsDiscovery::AutodiscoverUrl;
        p.exchange.autodiscoverUrl =
            QStringLiteral("https://autodiscover.example.com/autodiscover/autodiscover.svc");
        p.exchange.ewsAuthentication = EwsAuthentication::Ntlm;
        p.serviceAccount.mode = ServiceAccountMode::Adopt;
        p.calendarPolicy.processExternalMeetingMessages = true;
        p.pexip.disableProxy = true;
        p.pexip.findItemsRequestQuota = 20000;
        const ProfileLoadResult r = ProfileStore::parse(json(p.toJson()));
        QVERIFY2(r.issues.isEmpty(),
                 qPrintable(r.issues.isEmpty() ? QString() : r.issues.first().toString()));
        QVERIFY(r.profile == p);
        QCOMPARE(r.profile.pexipAuthenticationMethod(), QStringLiteral("NTLM"));
        QCOMPARE(r.profile.profileId, p.profileId);
    }

    // Remote PowerShell sign-in: the Windows user by default, the admin account when chosen;
    // profiles from before the choice keep signing in with the admin account they name.
    void powerShellSignInRoundTripsAndUpgrades()
    {
        SetupProfile p = completeProfile();
        p.exchange.remotePowerShellSignIn = PowerShellSignIn::AdminAccount;
        ProfileLoadResult r = ProfileStore::parse(json(p.toJson()));
        QCOMPARE(int(r.profile.exchange.remotePowerShellSignIn), int(PowerShellSignIn::AdminAccount));
        QCOMPARE(int(SetupProfile::defaults().exchange.remotePowerShellSignIn),
                 int(PowerShellSignIn::CurrentUser));

        QJsonObject root = p.toJson();
        QJsonObject ex = root.value(QStringLiteral("exchange")).toObject();
        QJsonObject ps = ex.value(QStringLiteral("remotePowerShell")).toObject();
        ps.remove(QStringLiteral("signIn"));
        ex[QStringLiteral("remotePowerShell")] = ps;
        root[QStringLiteral("exchange")] = ex;
        r = ProfileStore::parse(json(root));
        QCOMPARE(int(r.profile.exchange.remotePowerShellSignIn), int(PowerShellSignIn::AdminAccount));

        // Signing in as the Windows user needs no admin account.
        ps[QStringLiteral("signIn")] = QStringLiteral("currentUser");
        ex[QStringLiteral("remotePowerShell")] = ps;
        ex[QStringLiteral("adminAccount")] = QString();
        root[QStringLiteral("exchange")] = ex;
        r = ProfileStore::parse(json(root));
        QVERIFY2(r.issues.isEmpty(),
                 qPrintable(r.issues.isEmpty() ? QString() : r.issues.first().toString()));
        QCOMPARE(int(r.profile.exchange.remotePowerShellSignIn), int(PowerShellSignIn::CurrentUser));

        ps[QStringLiteral("signIn")] = QStringLiteral("someoneElse");
        ex[QStringLiteral("remotePowerShell")] = ps;
        root[QStringLiteral("exchange")] = ex;
        r = ProfileStore::parse(json(root));
        QVERIFY(!r.ok());
    }

    void noSecretKeyIsEverWritten()
    {
        const QByteArray text = json(completeProfile().toJson()).toLower();
        QVERIFY(!text.contains("password"));
        QVERIFY(!text.contains("secret"));
    }

    void reportsEveryProblemWithItsPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedPath");
        QTest::addColumn<int>("severity");
        const int error = int(ProfileIssue::Severity::Error);
        const int warning = int(ProfileIssue::Severity::Warning);
        QTest::newRow("wrong type") << "exchange.ewsUrl" << QJsonValue(42) << "$.exchange.ewsUrl" << error;
        QTest::newRow("plain http EWS")
            << "exchange.ewsUrl" << QJsonValue(QStringLiteral("http://mail.example.com/EWS/Exchange.asmx"))
            << "$.exchange.ewsUrl" << error;
        QTest::newRow("bad enum") << "exchange.ewsAuthentication" << QJsonValue(QStringLiteral("Digest"))
                                  << "$.exchange.ewsAuthentication" << error;
        QTest::newRow("bad UPN") << "serviceAccount.upn" << QJsonValue(QStringLiteral("EXAMPLE\\svc"))
                                 << "$.serviceAccount.upn" << error;
        QTest::newRow("bad room") << "rooms.selected"
                                  << QJsonValue(QJsonArray{QStringLiteral("room-101@example.com"),
                                                           QStringLiteral("not an address")})
                                  << "$.rooms.selected[1]" << error;
        QTest::newRow("room not text")
            << "rooms.selected" << QJsonValue(QJsonArray{1}) << "$.rooms.selected[0]" << error;
        QTest::newRow("quota range") << "pexip.findItemsRequestQuota" << QJsonValue(9999)
                                     << "$.pexip.findItemsRequestQuota" << error;
        QTest::newRow("quota fraction") << "pexip.findItemsRequestQuota" << QJsonValue(20000.5)
                                        << "$.pexip.findItemsRequestQuota" << error;
        // Found by fuzz_profile: a number beyond qint64 was converted before the range check (UB).
        QTest::newRow("quota huge") << "pexip.findItemsRequestQuota" << QJsonValue(1.00004e+128)
                                    << "$.pexip.findItemsRequestQuota" << error;
        QTest::newRow("quota -huge") << "pexip.findItemsRequestQuota" << QJsonValue(-1e300)
                                     << "$.pexip.findItemsRequestQuota" << error;
        QTest::newRow("bad host") << "pexip.managementNode"
                                  << QJsonValue(QStringLiteral("https://pexip.example.com"))
                                  << "$.pexip.managementNode" << error;
        QTest::newRow("not AutoAccept")
            << "calendarPolicy.automateProcessing" << QJsonValue(QStringLiteral("AutoUpdate"))
            << "$.calendarPolicy.automateProcessing" << error;
        QTest::newRow("bool as text")
            << "calendarPolicy.deleteComments" << QJsonValue(QStringLiteral("false"))
            << "$.calendarPolicy.deleteComments" << error;
        QTest::newRow("unknown key") << "pexip.colour" << QJsonValue(QStringLiteral("red"))
                                     << "$.pexip.colour" << warning;
        QTest::newRow("section not object")
            << "trust" << QJsonValue(QStringLiteral("none")) << "$.trust" << error;
        QTest::newRow("bad uuid") << "profileId" << QJsonValue(QStringLiteral("1234")) << "$.profileId"
                                  << error;
        QTest::newRow("name too long")
            << "impersonation.scopeName" << QJsonValue(QString(65, QLatin1Char('x')))
            << "$.impersonation.scopeName" << error;
    }
    void reportsEveryProblemWithItsPath()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedPath);
        QFETCH(int, severity);
        QJsonObject root = completeProfile().toJson();
        const QStringList parts = path.split(QLatin1Char('.'));
        if (parts.size() == 1) {
            root[parts[0]] = value;
        } else {
            QJsonObject section = root.value(parts[0]).toObject();
            section[parts[1]] = value;
            root[parts[0]] = section;
        }
        const ProfileLoadResult r = ProfileStore::parse(json(root));
        const ProfileIssue* issue = findIssue(r.issues, expectedPath);
        QVERIFY2(issue, qPrintable(QStringLiteral("no issue at %1").arg(expectedPath)));
        QCOMPARE(int(issue->severity), severity);
        QVERIFY(!issue->message.isEmpty());
        QCOMPARE(r.ok(), severity != int(ProfileIssue::Severity::Error));
        // Only the damaged value is reported.
        for (const ProfileIssue& other : r.issues)
            QVERIFY2(other.path.startsWith(expectedPath.section(QLatin1Char('['), 0, 0)) ||
                         other.path == QLatin1String("$.trust.customCaPem"),
                     qPrintable(other.toString()));
    }

    void listsSeveralProblemsAtOnce()
    {
        QJsonObject root = completeProfile().toJson();
        QJsonObject ex = root.value(QStringLiteral("exchange")).toObject();
        ex[QStringLiteral("ewsUrl")] = QStringLiteral("ftp://x");
        ex[QStringLiteral("adminAccount")] = true;
        root[QStringLiteral("exchange")] = ex;
        root[QStringLiteral("extra")] = 1;
        const ProfileLoadResult r = ProfileStore::parse(json(root));
        QVERIFY(findIssue(r.issues, QStringLiteral("$.exchange.ewsUrl")));
        QVERIFY(findIssue(r.issues, QStringLiteral("$.exchange.adminAccount")));
        QVERIFY(findIssue(r.issues, QStringLiteral("$.extra")));
        QCOMPARE(r.issues.first().severity, ProfileIssue::Severity::Error); // errors first
    }

    void malformedJsonSaysWhere()
    {
        const ProfileLoadResult r = ProfileStore::parse("{\n  \"schemaVersion\": 2,\n  \"profileId\": }\n");
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues.first().path, QStringLiteral("$"));
        QVERIFY2(r.issues.first().message.contains(QLatin1String("line 3")),
                 qPrintable(r.issues.first().message));
        QVERIFY(!r.ok());
        QVERIFY(!ProfileStore::parse("[1,2]").ok());
        QVERIFY(!ProfileStore::parse("").ok());
    }

    void newerSchemaIsRefusedClearly()
    {
        QJsonObject root = completeProfile().toJson();
        root[QStringLiteral("schemaVersion")] = SetupProfile::CurrentSchemaVersion + 1;
        const ProfileLoadResult r = ProfileStore::parse(json(root));
        QVERIFY(!r.ok());
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues.first().path, QStringLiteral("$.schemaVersion"));
        QVERIFY(r.issues.first().message.contains(QLatin1String("newer version")));
        root.remove(QStringLiteral("schemaVersion"));
        QVERIFY(!ProfileStore::parse(json(root)).ok());
    }

    void olderSchemaIsUpgraded()
    {
        // Schema 1: rooms as a plain list, the PowerShell URI directly under exchange.
        const QByteArray v1 = "{"
                              "\"schemaVersion\": 1,"
                              "\"profileId\": \"0b6f4f1e-5a57-4c43-9a34-2b1b4cf6a0aa\","
                              "\"exchange\": {\"ewsUrl\": \"https://mail.example.com/EWS/Exchange.asmx\","
                              "\"remotePowerShellUri\": \"http://mail.example.com/PowerShell/\","
                              "\"adminAccount\": \"admin@example.com\"},"
                              "\"serviceAccount\": {\"upn\": \"svc-otj@example.com\"},"
                              "\"rooms\": [\"room-101@example.com\", \"room-102@example.com\"],"
                              "\"pexip\": {\"managementNode\": \"pexip.example.com\"}"
                              "}";
        const ProfileLoadResult r = ProfileStore::parse(v1);
        QVERIFY2(r.issues.isEmpty(),
                 qPrintable(r.issues.isEmpty() ? QString() : r.issues.first().toString()));
        QVERIFY(r.upgraded);
        QCOMPARE(r.fileSchemaVersion, 1);
        QCOMPARE(r.profile.schemaVersion, 3); // v1 -> v2 -> v3
        QCOMPARE(r.profile.rooms.selected.size(), 2);
        QCOMPARE(r.profile.exchange.remotePowerShellUri,
                 QStringLiteral("http://mail.example.com/PowerShell/"));
        QCOMPARE(r.profile.profileIdString(), QStringLiteral("0b6f4f1e-5a57-4c43-9a34-2b1b4cf6a0aa"));
    }

    void incompleteIsNotAnError()
    {
        const ProfileLoadResult r = ProfileStore::parse(json(SetupProfile::defaults().toJson()));
        QVERIFY(r.ok());
        QVERIFY(findIssue(r.issues, QStringLiteral("$.exchange.ewsUrl")));
        QCOMPARE(findIssue(r.issues, QStringLiteral("$.exchange.ewsUrl"))->severity,
                 ProfileIssue::Severity::Incomplete);
        QVERIFY(ProfileStore::validate(completeProfile()).isEmpty());
    }

    void serviceAccountMustNotBeTheAdmin()
    {
        SetupProfile p = completeProfile();
        p.exchange.adminAccount = p.serviceAccount.upn;
        QVERIFY(findIssue(ProfileStore::validate(p), QStringLiteral("$.serviceAccount.upn")));
    }

    void customCaMustMatchItsFingerprints()
    {
        SetupProfile p = completeProfile();
        p.trust.exchange.pem =
            QStringLiteral("-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----\n");
        p.trust.exchange.certificates = {{QStringLiteral("00"), {}}};
        QVERIFY(findIssue(ProfileStore::validate(p), QStringLiteral("$.trust.exchange.pem")));

        const QList<QSslCertificate> system = systemCas(3);
        p.trust.exchange = EndpointTrust::fromPem(QString::fromLatin1(system.at(0).toPem()));
        QCOMPARE(p.trust.exchange.certificates.size(), 1);
        QCOMPARE(p.trust.exchange.certificates.first().sha256, certs::sha256Fingerprint(system.at(0)));
        QCOMPARE(p.trust.exchange.certificates.first().subject, certs::subjectName(system.at(0)));
        QVERIFY2(ProfileStore::validate(p).isEmpty(),
                 qPrintable(ProfileStore::validate(p).value(0).toString()));
        p.trust.exchange.certificates.first().sha256 = certs::sha256Fingerprint(system.at(1));
        QVERIFY(
            findIssue(ProfileStore::validate(p), QStringLiteral("$.trust.exchange.certificates[0].sha256")));
        p.trust.exchange.pem +=
            QStringLiteral("-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n");
        QVERIFY(findIssue(ProfileStore::validate(p), QStringLiteral("$.trust.exchange.pem")));
    }

    // Issue 8: every certificate of the PEM is fingerprinted; one added, changed or removed after
    // the admin chose them is refused on load. Trust is per endpoint.
    void everyCaCertificateIsFingerprintedPerEndpoint()
    {
        const QList<QSslCertificate> system = systemCas(3);
        const QString rootAndIntermediate = QString::fromLatin1(system.at(0).toPem() + system.at(1).toPem());
        SetupProfile p = completeProfile();
        p.trust.exchange = EndpointTrust::fromPem(rootAndIntermediate);
        p.trust.pexip = EndpointTrust::fromPem(QString::fromLatin1(system.at(2).toPem()));
        QCOMPARE(p.trust.exchange.certificates.size(), 2);
        QCOMPARE(p.trust.exchange.certificates.at(1).sha256, certs::sha256Fingerprint(system.at(1)));
        ProfileLoadResult r = ProfileStore::parse(json(p.toJson()));
        QVERIFY2(r.issues.isEmpty(), qPrintable(r.issues.value(0).toString()));
        QCOMPARE(r.profile.trust.exchange.caCertificates(),
                 (QList<QSslCertificate>{system.at(0), system.at(1)}));
        QCOMPARE(r.profile.trust.pexip.caCertificates(), QList<QSslCertificate>{system.at(2)});

        auto exchangeTrust = [](QJsonObject root, const std::function<void(QJsonObject&)>& edit) {
            QJsonObject trust = root.value(QLatin1String("trust")).toObject();
            QJsonObject ex = trust.value(QLatin1String("exchange")).toObject();
            edit(ex);
            trust[QStringLiteral("exchange")] = ex;
            root[QStringLiteral("trust")] = trust;
            return ProfileStore::parse(json(root));
        };
        // A third certificate slipped into the PEM.
        r = exchangeTrust(p.toJson(), [&](QJsonObject& ex) {
            ex[QStringLiteral("pem")] = rootAndIntermediate + QString::fromLatin1(system.at(2).toPem());
        });
        QVERIFY(!r.ok());
        QVERIFY(findIssue(r.issues, QStringLiteral("$.trust.exchange.pem")));
        // The second one replaced.
        r = exchangeTrust(p.toJson(), [&](QJsonObject& ex) {
            ex[QStringLiteral("pem")] = QString::fromLatin1(system.at(0).toPem() + system.at(2).toPem());
        });
        QVERIFY(!r.ok());
        QVERIFY(findIssue(r.issues, QStringLiteral("$.trust.exchange.certificates[1].sha256")));
        // One removed.
        r = exchangeTrust(p.toJson(), [&](QJsonObject& ex) {
            ex[QStringLiteral("pem")] = QString::fromLatin1(system.at(0).toPem());
        });
        QVERIFY(!r.ok());
        QVERIFY(findIssue(r.issues, QStringLiteral("$.trust.exchange.certificates[1]")));
    }

    // Issue 8: a v2 profile's fingerprint covered only the first certificate of customCaPem, yet
    // every certificate was trusted. Upgraded, each one is listed with its own fingerprint (and a
    // notice says so); v2's fingerprint must still match the first.
    void v2TrustUpgradesWithEveryCertificateFingerprinted()
    {
        const QList<QSslCertificate> system = systemCas(2);
        QJsonObject root = completeProfile().toJson();
        root[QStringLiteral("schemaVersion")] = 2;
        root[QStringLiteral("trust")] = QJsonObject{
            {QStringLiteral("customCaPem"), QString::fromLatin1(system.at(0).toPem() + system.at(1).toPem())},
            {QStringLiteral("customCaSha256"),
             QString::fromLatin1(system.at(0).digest(QCryptographicHash::Sha256).toHex())}};
        ProfileLoadResult r = ProfileStore::parse(json(root));
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).toString()));
        const QByteArray written = json(r.profile.toJson());
        QVERIFY2(written.contains(certs::sha256Fingerprint(system.at(1)).toLatin1()), written.constData());
        QVERIFY(r.upgraded);
        const ProfileIssue* notice = findIssue(r.issues, QStringLiteral("$.trust.exchange.certificates"));
        QVERIFY(notice);
        QCOMPARE(int(notice->severity), int(ProfileIssue::Severity::Warning));

        // v2's one fingerprint no longer matching the first certificate is still refused.
        root[QStringLiteral("trust")] =
            QJsonObject{{QStringLiteral("customCaPem"), QString::fromLatin1(system.at(0).toPem())},
                        {QStringLiteral("customCaSha256"),
                         QString::fromLatin1(system.at(1).digest(QCryptographicHash::Sha256).toHex())}};
        r = ProfileStore::parse(json(root));
        QVERIFY(!r.ok());
        QVERIFY(findIssue(r.issues, QStringLiteral("$.trust.customCaSha256")));
    }

    // Issue 9 via schema 3: a v2 profile naming the PowerShell program loads, with a notice that
    // the value is ignored, and is written without it.
    void v2PowerShellProgramIsIgnoredWithNotice()
    {
        QJsonObject root = completeProfile().toJson();
        root[QStringLiteral("schemaVersion")] = 2;
        QJsonObject ex = root.value(QLatin1String("exchange")).toObject();
        QJsonObject ps = ex.value(QLatin1String("remotePowerShell")).toObject();
        ps[QStringLiteral("host")] = QStringLiteral("C:\\Users\\Public\\not-powershell.exe");
        ps[QStringLiteral("arguments")] = QJsonArray{QStringLiteral("-NoProfile")};
        ex[QStringLiteral("remotePowerShell")] = ps;
        root[QStringLiteral("exchange")] = ex;
        root[QStringLiteral("trust")] = QJsonObject{{QStringLiteral("customCaPem"), QString()},
                                                    {QStringLiteral("customCaSha256"), QString()}};
        const ProfileLoadResult r = ProfileStore::parse(json(root));
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).toString()));
        for (const char* key : {"host", "arguments"}) {
            const ProfileIssue* notice =
                findIssue(r.issues, QStringLiteral("$.exchange.remotePowerShell.") + QLatin1String(key));
            QVERIFY2(notice, key);
            QCOMPARE(int(notice->severity), int(ProfileIssue::Severity::Warning));
        }
        QVERIFY(!json(r.profile.toJson()).contains("not-powershell"));
    }

    void saveIsAtomicAndRoundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        const SetupProfile p = completeProfile();
        QString error;
        QVERIFY2(ProfileStore::save(p, path, &error), qPrintable(error));
        QVERIFY(ProfileStore::load(path).profile == p);
        // No temporary files left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("p.json")});
        // Writing into a directory that does not exist fails with a sentence, leaves nothing.
        QVERIFY(!ProfileStore::save(p, dir.filePath(QStringLiteral("missing/p.json")), &error));
        QVERIFY(error.contains(QLatin1String("missing")));
        QVERIFY(!ProfileStore::load(dir.filePath(QStringLiteral("nope.json"))).ok());
    }

    void modelTracksChangesAndSaveAsMakesNewId()
    {
        QTemporaryDir dir;
        ProfileModel model;
        model.setProfile(completeProfile(), {});
        QSignalSpy changed(&model, &ProfileModel::changed);
        QVERIFY(!model.isModified());
        model.update([](SetupProfile& p) { p.pexip.integrationName = QStringLiteral("OTJ Lab"); });
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.isModified());
        model.update(
            [](SetupProfile& p) { p.pexip.integrationName = QStringLiteral("OTJ Lab"); }); // no change
        QCOMPARE(changed.count(), 1);
        QString error;
        QVERIFY(!model.save({}, &error)); // no path yet
        QVERIFY(model.save(dir.filePath(QStringLiteral("a.json")), &error));
        QVERIFY(!model.isModified());
        const QUuid before = model.profile().profileId;
        QVERIFY(model.saveAs(dir.filePath(QStringLiteral("b.json")), &error));
        QVERIFY(model.profile().profileId != before);
        QCOMPARE(ProfileStore::load(dir.filePath(QStringLiteral("a.json"))).profile.profileId, before);
        QCOMPARE(ProfileStore::load(dir.filePath(QStringLiteral("b.json"))).profile.profileId,
                 model.profile().profileId);
    }

    void cliProfileNewAndCheck()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.json"));
        CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("new"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(path));
        r = runCli({QStringLiteral("profile"), QStringLiteral("new"), path});
        QCOMPARE(r.exitCode, 2); // never overwrites silently
        r = runCli({QStringLiteral("profile"), QStringLiteral("check"), path});
        QCOMPARE(r.exitCode, 1); // a new profile is incomplete
        QVERIFY(r.out.contains(QLatin1String("$.exchange.ewsUrl")));

        QVERIFY(ProfileStore::save(completeProfile(), path));
        r = runCli({QStringLiteral("profile"), QStringLiteral("check"), path});
        QCOMPARE(r.exitCode, 0);

        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schemaVersion": 2, "profileId": "x", "rooms": {"selected": ["a b"]}})");
        f.close();
        r = runCli({QStringLiteral("profile"), QStringLiteral("check"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QLatin1String("$.profileId")));
        QVERIFY(r.out.contains(QLatin1String("$.rooms.selected[0]")));

        QCOMPARE(runCli({QStringLiteral("profile"), QStringLiteral("check"),
                         dir.filePath(QStringLiteral("none.json"))})
                     .exitCode,
                 2);
        QCOMPARE(runCli({QStringLiteral("profile")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--help")}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("--version")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
