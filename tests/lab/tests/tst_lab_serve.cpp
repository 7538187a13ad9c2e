// The otj-lab binary: start-up time, the one JSON line, SIGTERM, --state-dir persistence,
// --write-profile, --rooms, --org and argument errors.
#include "core/profile/ProfileStore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "LabTestClient.h"

#include <csignal>

using namespace labtest;

namespace {

QString labBinary()
{
    return qEnvironmentVariable("OTJ_LAB_BINARY", QStringLiteral(OTJ_BINARY_DIR "/tests/lab/otj-lab"));
}

struct Lab
{
    QProcess proc;
    QJsonObject line;
    qint64 startMs = 0;
    QByteArray rawLine;

    bool start(const QStringList& args)
    {
        QElapsedTimer t;
        t.start();
        proc.setProgram(labBinary());
        proc.setArguments(
            QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")} + args);
        proc.start();
        if (!proc.waitForStarted(5000))
            return false;
        while (!proc.canReadLine() && proc.state() == QProcess::Running && t.elapsed() < 10000)
            proc.waitForReadyRead(100);
        startMs = t.elapsed();
        rawLine = proc.readLine();
        line = QJsonDocument::fromJson(rawLine).object();
        return !line.isEmpty();
    }
    int stop()
    {
        if (proc.state() != QProcess::Running)
            return proc.exitCode();
        ::kill(pid_t(proc.processId()), SIGTERM);
        if (!proc.waitForFinished(5000))
            return -1;
        return proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -2;
    }
    ~Lab()
    {
        if (proc.state() == QProcess::Running) {
            proc.kill();
            proc.waitForFinished(2000);
        }
    }
    QByteArray ca() const
    {
        QFile f(line.value(QLatin1String("ca_file")).toString());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QString account(const QString& role, QString* password = nullptr) const
    {
        for (const auto& v : line.value(QLatin1String("accounts")).toArray()) {
            const auto o = v.toObject();
            if (o.value(QLatin1String("role")).toString() == role) {
                if (password)
                    *password = o.value(QLatin1String("password")).toString();
                return o.value(QLatin1String("upn")).toString();
            }
        }
        return {};
    }
    Resp admin(const QByteArray& method, const QString& route, const QJsonObject& body = {})
    {
        Client c(ca());
        return c.request(
            method, QUrl(line.value(QLatin1String("admin_url")).toString() + route),
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
            {{"Authorization", "Bearer " + line.value(QLatin1String("admin_token")).toString().toLatin1()}});
    }
};

} // namespace

class TestLabServe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(QFileInfo(labBinary()).isExecutable(), qPrintable(labBinary())); }

    void printsOneLineFastAndStopsOnSigterm()
    {
        Lab lab;
        QVERIFY(lab.start({}));
        qInfo("otj-lab ready after %lld ms", lab.startMs);
        QVERIFY2(lab.startMs < 1000, qPrintable(QString::number(lab.startMs)));
        QVERIFY(lab.rawLine.endsWith('\n'));
        QCOMPARE(lab.rawLine.count('\n'), 1);
        for (const char* key : {"ews_url", "autodiscover_url", "pexip_url", "admin_url", "admin_token",
                                "ca_file", "pexip_ca_file", "accounts", "powershell"})
            QVERIFY2(lab.line.contains(QLatin1String(key)), key);
        QCOMPARE(lab.line.size(), 9);
        // "powershell": this binary (absolute path) running `shell` against its own route and CA.
        const QJsonArray ps = lab.line.value(QLatin1String("powershell")).toArray();
        QCOMPARE(ps.size(), 6);
        QVERIFY(QFileInfo(ps[0].toString()).isAbsolute());
        QCOMPARE(QFileInfo(ps[0].toString()).canonicalFilePath(), QFileInfo(labBinary()).canonicalFilePath());
        QCOMPARE(ps[1].toString(), QStringLiteral("shell"));
        QCOMPARE(ps[2].toString(), QStringLiteral("--url"));
        QCOMPARE(ps[3].toString(),
                 lab.line.value(QLatin1String("admin_url")).toString() + QStringLiteral("powershell"));
        QCOMPARE(ps[4].toString(), QStringLiteral("--ca"));
        QCOMPARE(ps[5].toString(), lab.line.value(QLatin1String("ca_file")).toString());
        QVERIFY(lab.line.value(QLatin1String("ews_url"))
                    .toString()
                    .startsWith(QLatin1String("https://127.0.0.1:")));
        QVERIFY(lab.line.value(QLatin1String("ews_url"))
                    .toString()
                    .endsWith(QLatin1String("/EWS/Exchange.asmx")));
        for (const char* role : {"exchange-admin", "pexip-admin", "vmr-scheduling", "user", "otj-service"})
            QVERIFY2(!lab.account(QString::fromLatin1(role)).isEmpty(), role);
        QVERIFY(lab.ca().startsWith("-----BEGIN CERTIFICATE-----"));
        // Nothing else on stdout; the server answers over TLS with that CA.
        QString pw;
        const QString user = lab.account(QStringLiteral("user"), &pw);
        Client c(lab.ca());
        const Resp r = c.post(QUrl(lab.line.value(QLatin1String("ews_url")).toString()),
                              soap(getFolderCalendar()), {{"Authorization", basic(user, pw)}});
        QCOMPARE(r.status, 200);
        QCOMPARE(lab.stop(), 0);
        QVERIFY(lab.proc.readAllStandardOutput().isEmpty());
    }

    void stateDirPersistsChanges()
    {
        QTemporaryDir dir;
        QString svcPw;
        QString caBefore;
        {
            Lab lab;
            QVERIFY(lab.start({QStringLiteral("--state-dir"), dir.path()}));
            caBefore = QString::fromLatin1(lab.ca());
            QCOMPARE(lab.admin("POST", QStringLiteral("rooms"),
                               {{QStringLiteral("smtp"), QStringLiteral("room-persist@contoso.lab")}})
                         .status,
                     201);
            QCOMPARE(lab.admin("PATCH", QStringLiteral("rooms/room-hq-04@contoso.lab/calendar-processing"),
                               {{QStringLiteral("DeleteComments"), false}})
                         .status,
                     200);
            QCOMPARE(lab.stop(), 0);
        }
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("state.json"))));
        Lab again;
        QVERIFY(again.start({QStringLiteral("--state-dir"), dir.path()}));
        QCOMPARE(QString::fromLatin1(again.ca()), caBefore); // PKI cached in the state dir
        const QJsonObject org =
            QJsonDocument::fromJson(again.admin("GET", QStringLiteral("org")).body).object();
        bool found = false;
        for (const auto& v : org.value(QLatin1String("recipients")).toArray()) {
            const auto o = v.toObject();
            found = found ||
                    o.value(QLatin1String("smtp")).toString() == QLatin1String("room-persist@contoso.lab");
            if (o.value(QLatin1String("smtp")).toString() == QLatin1String("room-hq-04@contoso.lab"))
                QCOMPARE(o.value(QLatin1String("calendarProcessing"))
                             .toObject()
                             .value(QLatin1String("DeleteComments"))
                             .toBool(),
                         false);
        }
        QVERIFY(found);
        const QJsonObject state = QJsonDocument::fromJson([&] {
                                      QFile f(dir.filePath(QStringLiteral("state.json")));
                                      f.open(QIODevice::ReadOnly);
                                      return f.readAll();
                                  }())
                                      .object();
        QVERIFY(state.contains(QLatin1String("pexip")));
        QCOMPARE(again.stop(), 0);
    }

    void writesAProfilePointingAtTheLab()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("lab-profile.json"));
        Lab lab;
        QVERIFY(lab.start({QStringLiteral("--write-profile"), file}));
        const otj::ProfileLoadResult res = otj::ProfileStore::load(file);
        QVERIFY2(res.ok(), qPrintable(QString::fromUtf8(QJsonDocument(res.profile.toJson()).toJson())));
        const otj::SetupProfile& p = res.profile;
        QCOMPARE(p.exchange.ewsUrl, lab.line.value(QLatin1String("ews_url")).toString());
        QCOMPARE(p.exchange.autodiscoverUrl, lab.line.value(QLatin1String("autodiscover_url")).toString());
        QVERIFY(p.exchange.discovery == otj::EwsDiscovery::AutodiscoverUrl);
        QCOMPARE(p.serviceAccount.upn, lab.account(QStringLiteral("otj-service")));
        QCOMPARE(p.exchange.adminAccount, lab.account(QStringLiteral("exchange-admin")));
        QVERIFY(p.rooms.selected.size() >= 40);
        QVERIFY(p.rooms.selected.contains(QStringLiteral("room-hq-10@contoso.lab")));
        QCOMPARE(p.trust.exchange.pem.toLatin1().trimmed(), lab.ca().trimmed());
        QCOMPARE(p.trust.exchange.certificates.size(), 1);
        QCOMPARE(p.trust.exchange.certificates.first().sha256.size(), 32 * 3 - 1);
        // Pexip has its own trust entry: the other test CA, which signs the Pexip port's certificate.
        QVERIFY(p.trust.pexip != p.trust.exchange);
        QFile pexipCa(lab.line.value(QLatin1String("pexip_ca_file")).toString());
        QVERIFY(pexipCa.open(QIODevice::ReadOnly));
        QCOMPARE(p.trust.pexip.pem.toLatin1().trimmed(), pexipCa.readAll().trimmed());
        QCOMPARE(QUrl(lab.line.value(QLatin1String("pexip_url")).toString()).port(),
                 p.pexip.managementNode.section(QLatin1Char(':'), 1).toInt());
        QVERIFY(p.pexip.managementNode.startsWith(QLatin1String("127.0.0.1:")));
        // Complete as written: the wizard opens it with nothing left to fill in.
        const otj::ProfileIssues issues = otj::ProfileStore::validate(p);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().toString()));
        QCOMPARE(lab.stop(), 0);
    }

    void scaleAndOrgFile()
    {
        Lab big;
        QVERIFY(big.start({QStringLiteral("--rooms"), QStringLiteral("5000")}));
        qInfo("otj-lab --rooms 5000 ready after %lld ms", big.startMs);
        QVERIFY2(big.startMs < 2000, qPrintable(QString::number(big.startMs)));
        QCOMPARE(big.stop(), 0);

        QTemporaryDir dir;
        const QString orgFile = dir.filePath(QStringLiteral("org.json"));
        QFile f(orgFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"formatVersion": 1, "domain": "fabrikam.test",
            "recipients": [{"smtp": "room1@fabrikam.test", "type": "RoomMailbox"},
                           {"smtp": "ops@fabrikam.test", "type": "UserMailbox", "password": "Ops!1", "role": "user"}]})");
        f.close();
        Lab custom;
        QVERIFY(custom.start({QStringLiteral("--org"), orgFile}));
        QCOMPARE(custom.account(QStringLiteral("user")), QStringLiteral("ops@fabrikam.test"));
        QCOMPARE(custom.stop(), 0);
    }

    void optionsReachTheServer()
    {
        Lab lab;
        QVERIFY(lab.start({QStringLiteral("--faults"), QStringLiteral("503=100"), QStringLiteral("--latency"),
                           QStringLiteral("150"), QStringLiteral("--rbac-delay"), QStringLiteral("3600"),
                           QStringLiteral("--ews-schema"), QStringLiteral(OTJ_EWS_SCHEMA_DIR)}));
        const QJsonObject faults =
            QJsonDocument::fromJson(lab.admin("GET", QStringLiteral("faults")).body).object();
        QCOMPARE(faults.value(QLatin1String("status503Percent")).toInt(), 100);
        QCOMPARE(faults.value(QLatin1String("latencyMs")).toInt(), 150);
        QString pw;
        const QString user = lab.account(QStringLiteral("otj-service"), &pw);
        const QUrl ews(lab.line.value(QLatin1String("ews_url")).toString());
        Client c(lab.ca());
        Resp r = c.post(ews, soap(getFolderCalendar()), {{"Authorization", basic(user, pw)}});
        QCOMPARE(r.status, 503);
        QVERIFY(r.elapsedMs >= 140);
        QCOMPARE(lab.admin("DELETE", QStringLiteral("faults")).status, 200);
        // --rbac-delay: a fresh assignment is not effective yet.
        QCOMPARE(
            lab.admin("POST", QStringLiteral("role-assignments"),
                      {{QStringLiteral("name"), QStringLiteral("Fresh")}, {QStringLiteral("user"), user}})
                .status,
            201);
        r = c.post(ews, soap(getFolderCalendar(), "room-hq-01@contoso.lab"),
                   {{"Authorization", basic(user, pw)}});
        QCOMPARE(r.status, 500);
        QVERIFY(r.body.contains("ErrorImpersonateUserDenied"));
        // --ews-schema: a request out of schema order is refused.
        r = c.post(ews,
                   soap("<m:GetFolder><m:FolderIds><t:DistinguishedFolderId Id=\"calendar\"/></m:FolderIds>"
                        "<m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape></m:GetFolder>"),
                   {{"Authorization", basic(user, pw)}});
        QCOMPARE(r.status, 500);
        QVERIFY(r.body.contains("ErrorSchemaValidation"));
        QCOMPARE(lab.stop(), 0);
    }

    void badArgumentsExit2()
    {
        for (const QStringList& args :
             {QStringList{QStringLiteral("serve"), QStringLiteral("--rooms"), QStringLiteral("x")},
              QStringList{QStringLiteral("serve"), QStringLiteral("--faults"), QStringLiteral("bogus=1")},
              QStringList{QStringLiteral("serve"), QStringLiteral("--org"),
                          QStringLiteral("/nonexistent.json")},
              QStringList{QStringLiteral("frobnicate")}}) {
            QProcess p;
            p.start(labBinary(), args);
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitCode(), 2);
            QVERIFY(p.readAllStandardOutput().isEmpty());
            QVERIFY(!p.readAllStandardError().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestLabServe)
#include "tst_lab_serve.moc"
