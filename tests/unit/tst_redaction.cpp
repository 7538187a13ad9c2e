// A password pushed through every logging path must never reach this run's log file.
#include "core/ews/EwsXml.h"
#include "core/logging/Logging.h"
#include "core/logging/Redactor.h"
#include "core/secrets/EnvironmentCredentialStore.h"
#include "core/secrets/MemoryCredentialStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <QUrl>
#include <QUrlQuery>
#include <sys/stat.h>

using namespace otj;

class TestRedaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup()
    {
        RunLog::uninstall();
        Redactor::clearSecrets();
    }

    void patternsCatchUnregisteredSecrets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("basic header") << "Authorization: Basic c3ZjOlMzY3JldCE="
                                      << "c3ZjOlMzY3JldCE=";
        QTest::newRow("ntlm header") << "authorization=NTLM TlRMTVNTUAADAAAAGAAYAHAAAA"
                                     << "TlRMTVNTUAADAAAAGAAYAHAAAA";
        QTest::newRow("json") << "{\"service_account_password\": \"Tr0ub4dor&3\", \"name\": \"x\"}"
                              << "Tr0ub4dor&3";
        QTest::newRow("json escaped quote") << "{\"password\":\"a\\\"bcdef\"}"
                                            << "bcdef";
        QTest::newRow("query") << "https://x/api?user=a&password=hunter22&x=1"
                               << "hunter22";
        QTest::newRow("cmdline") << "otj-lab --admin-token=abcdef123456 --port 0"
                                 << "abcdef123456";
        QTest::newRow("xml") << "<t:Password>P@ssw0rd!</t:Password>"
                             << "P@ssw0rd!";
    }
    void patternsCatchUnregisteredSecrets()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString out = Redactor::redact(text);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY(out.contains(Redactor::Mask));
    }

    void ordinaryTextIsKept()
    {
        const QString text = QStringLiteral("GetFolder room-101@example.com answered NoError in 42 ms");
        QCOMPARE(Redactor::redact(text), text);
        Redactor::addSecret(QStringLiteral("q7!")); // short passwords are masked too
        QCOMPARE(Redactor::redact(QStringLiteral("about q7! that")),
                 QStringLiteral("about ") + Redactor::Mask.toString() + QStringLiteral(" that"));
        QCOMPARE(Redactor::redact(text), text);
    }

    void everyEncodingIsMasked_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("quote and backslash") << QStringLiteral("Winter\"2026\\xyz");
        QTest::newRow("xml specials") << QStringLiteral("a&<b>'c\"d");
        QTest::newRow("percent and space") << QStringLiteral("50%off + 2 more");
        QTest::newRow("non-ASCII") << QStringLiteral("Blåbær€2026ø");
        QTest::newRow("three characters") << QStringLiteral("k9!");
        QTest::newRow("control character") << QStringLiteral("tab\there");
    }
    void everyEncodingIsMasked()
    {
        QFETCH(QString, password);
        Redactor::addSecret(password);
        const auto quoted = [](const auto& value) {
            QString line;
            QDebug(&line) << "value" << value << "end";
            return line;
        };
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("password"), password);
        const QList<std::pair<const char*, QString>> forms = {
            {"verbatim", password},
            {"QDebug QString", quoted(password)},
            {"QDebug QByteArray", quoted(password.toUtf8())},
            {"QDebug QStringList", quoted(QStringList{password})},
            {"xml", QString::fromUtf8(ews::buildResolveNames(password))},
            {"xml attribute", QString::fromUtf8(ews::buildGetItem({}, {{password, {}}}))},
            {"html", password.toHtmlEscaped()},
            {"json", QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("p"), password}}).toJson())},
            {"url", QString::fromLatin1(QUrl::toPercentEncoding(password))},
            {"query", query.toString(QUrl::FullyEncoded)},
        };
        for (const auto& [name, line] : forms) {
            const QString out = Redactor::redact(line);
            QVERIFY2(out.contains(Redactor::Mask), name);
            QVERIFY2(!out.contains(password), qPrintable(QLatin1String(name) + QStringLiteral(": ") + out));
        }
        for (const QString& user : {QStringLiteral("svc"), QStringLiteral("svc1"), QStringLiteral("svc12")}) {
            const QString basic =
                QString::fromLatin1((user + QLatin1Char(':') + password).toUtf8().toBase64());
            const QString out =
                Redactor::redact(QStringLiteral("credentials ") + basic + QStringLiteral(" sent"));
            QVERIFY2(!out.contains(basic) && out.contains(Redactor::Mask), qPrintable(out));
        }
    }

    void passwordNeverReachesTheLogFile()
    {
        QTemporaryDir dir;
        RunLog::Options options;
        options.directory = dir.path();
        options.echoToStderr = false;
        const QString file = RunLog::install(QStringLiteral("tst"), options);
        QVERIFY(!file.isEmpty());
        QVERIFY(file.startsWith(dir.path()));

        const QString password = QStringLiteral("Winter2026!xyz");
        // Registered the way the product registers it: through a credential store write.
        MemoryCredentialStore store;
        QSignalSpy done(&store, &QObject::destroyed);
        bool written = false;
        store.write(QStringLiteral("p"), CredentialRole::ServiceAccount, password, this,
                    [&](const CredentialResult& r) { written = r.ok(); });
        QTRY_VERIFY(written);

        QLoggingCategory::setFilterRules(QStringLiteral("otj.*=true"));
        qCDebug(lcEws) << "debug" << password;
        qCInfo(lcSecrets) << "info" << password;
        qCWarning(lcPexip).noquote() << "warning" << password;
        qCCritical(lcValidation, "critical %s", qPrintable(password));
        qDebug("plain %s", qPrintable(password));
        qInfo() << QStringLiteral("wrapped [%1]").arg(password);
        qWarning() << password.toUtf8();
        qCInfo(lcCli) << "Authorization: Basic" << QByteArray("svc:" + password.toUtf8()).toBase64();
        const QString marker = QStringLiteral("end-of-test-marker");
        qCInfo(lcWizard) << marker;
        QLoggingCategory::setFilterRules(QString());

        QFile log(file);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray content = log.readAll();
        QVERIFY(content.contains(marker.toUtf8()));
        QVERIFY(content.contains("otj.secrets"));
        QVERIFY(content.contains("otj.pexip"));
        QVERIFY2(!content.contains(password.toUtf8()), content.constData());
        QVERIFY(!content.contains(QByteArray("svc:" + password.toUtf8()).toBase64()));
        // Debug lines may be filtered by QT_LOGGING_RULES; the six others must be there, masked.
        QVERIFY(content.count(Redactor::Mask.toString().toUtf8()) >= 6);
    }

    void logFilesAreOwnerOnlyWhateverTheUmask()
    {
        QTemporaryDir dir;
        const mode_t previous = ::umask(0); // the widest: files 0666, folders 0777 by default
        RunLog::Options options;
        options.directory = dir.filePath(QStringLiteral("app/logs"));
        options.echoToStderr = false;
        const QString file = RunLog::install(QStringLiteral("tst"), options);
        ::umask(previous);
        QVERIFY(!file.isEmpty());
        const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
        QCOMPARE(QFileInfo(file).permissions(), ownerOnly);
        QCOMPARE(QFileInfo(options.directory).permissions(), ownerOnly | QFile::ExeOwner | QFile::ExeUser);
    }

    void environmentSecretsAreRegisteredAndRemoved()
    {
        EnvironmentCredentialStore::clearCaptured();
        const QString password = QStringLiteral("EnvPassw0rd-123");
        qputenv("OTJ_PEXIP_PASSWORD", password.toUtf8());
        EnvironmentCredentialStore::captureProcessEnvironment();
        QVERIFY(!qEnvironmentVariableIsSet("OTJ_PEXIP_PASSWORD"));
        QVERIFY(EnvironmentCredentialStore::has(CredentialRole::PexipAdmin));
        QVERIFY(!Redactor::redact(QStringLiteral("x %1 y").arg(password)).contains(password));
        EnvironmentCredentialStore::clearCaptured();
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
