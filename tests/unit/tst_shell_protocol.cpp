// Bridge line protocol v1 (core/shell/README.md): the host's requests, the parser of response lines
// (total: any bytes give a verdict), and which program speaks it (OTJ_POWERSHELL, machine setting).
#include "core/shell/BridgeProtocol.h"
#include "core/shell/PowerShellHost.h"
#include "core/shell/PowerShellProgramSetting.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSettings>
#include <QTest>

using namespace otj::shell;
using Kind = protocol::ResponseLine::Kind;

namespace {
QJsonObject decode(const QByteArray& line)
{
    return QJsonDocument::fromJson(line).object();
}
} // namespace

class TestShellProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OTJ Test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_shell_protocol"));
        QSettings().clear();
    }

    void requestsAreOneTypedLineEach()
    {
        protocol::Hello hello;
        hello.connectionUri = QStringLiteral("http://ex01.contoso.lab/PowerShell/");
        const QByteArray kerberos = protocol::encodeHello(0, hello);
        QVERIFY(kerberos.endsWith('\n'));
        QCOMPARE(kerberos.count('\n'), 1);
        QJsonObject o = decode(kerberos);
        QCOMPARE(o.value(QStringLiteral("op")).toString(), QStringLiteral("hello"));
        QCOMPARE(o.value(QStringLiteral("v")).toInt(), 1);
        QVERIFY(o.value(QStringLiteral("username")).isNull());
        QVERIFY(o.value(QStringLiteral("password")).isNull());

        ShellCommand c(QStringLiteral("Set-CalendarProcessing"));
        c.set(QStringLiteral("DeleteComments"), false)
            .set(QStringLiteral("Identity"),
                 QStringLiteral("line1\nline2")) // newlines stay inside the string
            .set(QStringLiteral("BookingWindowInDays"), 180)
            .set(QStringLiteral("ResourceDelegates"), ShellValue());
        const QByteArray invoke = protocol::encodeInvoke(7, {c}, 120000, true);
        QCOMPARE(invoke.count('\n'), 1);
        o = decode(invoke);
        QCOMPARE(o.value(QStringLiteral("id")).toInt(), 7);
        QCOMPARE(o.value(QStringLiteral("stopOnError")).toBool(), true);
        const QJsonObject p = o.value(QStringLiteral("commands"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("parameters"))
                                  .toObject();
        QVERIFY(p.value(QStringLiteral("DeleteComments")).isBool());
        QVERIFY(p.value(QStringLiteral("BookingWindowInDays")).isDouble());
        QVERIFY(p.value(QStringLiteral("ResourceDelegates")).isNull());
        QCOMPARE(decode(protocol::encodeExit(9)).value(QStringLiteral("op")).toString(),
                 QStringLiteral("exit"));
    }

    void responsesAreRecognised()
    {
        auto r = protocol::parseResponseLine(
            R"({"v":1,"id":0,"ok":true,"session":{"mode":"lab","psVersion":"7.6.9","psEdition":"Core","commands":["Get-Mailbox"]}})");
        QCOMPARE(r.kind, Kind::HelloOk);
        QCOMPARE(r.session.commands, QStringList{QStringLiteral("Get-Mailbox")});

        r = protocol::parseResponseLine(
            R"({"v":1,"id":0,"ok":false,"errors":[{"message":"Access is denied.","category":"PermissionDenied","fullyQualifiedErrorId":"AccessDenied,PSSessionOpenFailed","exceptionType":"X","targetObject":null}]})");
        QCOMPARE(r.kind, Kind::HelloFailed);
        QCOMPARE(r.errors.first().category, QStringLiteral("PermissionDenied"));

        r = protocol::parseResponseLine(
            R"({"v":1,"id":4,"more":true,"index":1,"objects":[{"a":1},{"a":2}]})");
        QCOMPARE(r.kind, Kind::Partial);
        QCOMPARE(r.index, 1);
        QCOMPARE(r.objects.size(), 2);

        r = protocol::parseResponseLine(
            R"({"v":1,"id":4,"results":[{"name":"Get-User","ok":false,"objects":[{"Name":"x"}],"warnings":["w"],"errors":[{"message":"m","category":"ObjectNotFound","fullyQualifiedErrorId":"f","exceptionType":"e","targetObject":"t"}],"elapsedMs":3},{"name":"Set-User","ok":false,"skipped":true,"objects":[],"warnings":[],"errors":[],"elapsedMs":0}]})");
        QCOMPARE(r.kind, Kind::Final);
        QCOMPARE(r.results.size(), 2);
        QCOMPARE(r.results[0].errors.first().targetObject, QStringLiteral("t"));
        QCOMPARE(r.results[0].warnings, QStringList{QStringLiteral("w")});
        QVERIFY(r.results[1].skipped);

        r = protocol::parseResponseLine(
            R"({"v":1,"id":null,"fatal":false,"errors":[{"message":"bad","category":"InvalidData","fullyQualifiedErrorId":"OtjBridge.MalformedRequest","exceptionType":"System.FormatException","targetObject":null}]})");
        QCOMPARE(r.kind, Kind::RequestError);
        QVERIFY(!r.id);
        QVERIFY(!r.fatal);
    }

    void badLinesAreInvalidNeverFatal_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("WARNING: something PowerShell printed");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("no version") << QByteArray(R"({"id":1,"results":[]})");
        QTest::newRow("version 2") << QByteArray(R"({"v":2,"id":1,"results":[]})");
        QTest::newRow("fractional id") << QByteArray(R"({"v":1,"id":1.5,"results":[]})");
        QTest::newRow("huge id") << QByteArray(R"({"v":1,"id":1e300,"results":[]})");
        QTest::newRow("results not array") << QByteArray(R"({"v":1,"id":1,"results":{}})");
        QTest::newRow("result without ok") << QByteArray(
            R"({"v":1,"id":1,"results":[{"name":"x","objects":[],"warnings":[],"errors":[]}]})");
        QTest::newRow("object not object") << QByteArray(
            R"({"v":1,"id":1,"results":[{"name":"x","ok":true,"objects":[1],"warnings":[],"errors":[]}]})");
        QTest::newRow("error without message") << QByteArray(
            R"({"v":1,"id":1,"results":[{"name":"x","ok":false,"objects":[],"warnings":[],"errors":[{}]}]})");
        QTest::newRow("negative index")
            << QByteArray(R"({"v":1,"id":1,"more":true,"index":-1,"objects":[]})");
        QTest::newRow("partial without id")
            << QByteArray(R"({"v":1,"id":null,"more":true,"index":0,"objects":[]})");
        QTest::newRow("hello without session") << QByteArray(R"({"v":1,"id":0,"ok":true})");
        QTest::newRow("deep nesting") << QByteArray(5000, '[');
        QTest::newRow("nul bytes") << QByteArray("{\"v\":1,\0\0\0}", 12);
        QTest::newRow("too long") << (QByteArray(R"({"v":1,"id":1,"more":true,"index":0,"objects":[{"a":")") +
                                      QByteArray(protocol::MaxLineBytes, 'x') + QByteArray(R"("}]})"));
    }

    void badLinesAreInvalidNeverFatal()
    {
        QFETCH(QByteArray, line);
        const auto r = protocol::parseResponseLine(line);
        QCOMPARE(r.kind, Kind::Invalid);
        QVERIFY(!r.problem.isEmpty());
    }

    void randomBytesAlwaysGetAVerdict()
    {
        QRandomGenerator rng(20261130);
        const QByteArray seed =
            R"({"v":1,"id":3,"results":[{"name":"Get-Mailbox","ok":true,"objects":[{"A":[1,"b",null]}],"warnings":[],"errors":[],"elapsedMs":1}]})";
        for (int i = 0; i < 3000; ++i) {
            QByteArray mutated = seed;
            const int edits = 1 + int(rng.bounded(6));
            for (int e = 0; e < edits; ++e)
                mutated[int(rng.bounded(quint32(mutated.size())))] = char(rng.bounded(256));
            const auto r = protocol::parseResponseLine(mutated);
            QVERIFY(r.kind != Kind::Invalid || !r.problem.isEmpty());
        }
    }

    void powershellOverrideIsAJsonArray()
    {
        QString error;
        QCOMPARE(PowerShellProgramSetting::parseCommandArray(R"(["pwsh","-File","a b.ps1"])", &error),
                 (QStringList{QStringLiteral("pwsh"), QStringLiteral("-File"), QStringLiteral("a b.ps1")}));
        for (const QByteArray& bad : {QByteArray("pwsh -File x"), QByteArray("[]"), QByteArray("[1]"),
                                      QByteArray(R"([""])"), QByteArray(R"({"p":"x"})")}) {
            error.clear();
            QVERIFY2(PowerShellProgramSetting::parseCommandArray(bad, &error).isEmpty(), bad.constData());
            QVERIFY(error.contains(QLatin1String("OTJ_POWERSHELL")));
        }
    }

    void programComesFromTheMachineNeverTheProfile()
    {
        qunsetenv(PowerShellProgramSetting::EnvironmentVariable);
        auto r = PowerShellProgramSetting::resolve();
        QVERIFY(r.ok());
        QCOMPARE(r.command.source, SpeakerCommand::Source::Default);
        QVERIFY(r.command.appendBridgeScript);
#ifdef Q_OS_WIN
        QVERIFY(
            r.command.program.endsWith(QLatin1String("System32\\WindowsPowerShell\\v1.0\\powershell.exe")));
        QVERIFY(QDir::isAbsolutePath(r.command.program));
#else
        QCOMPARE(r.command.program, QStringLiteral("pwsh"));
#endif
        QVERIFY(r.command.arguments.contains(QStringLiteral("-NonInteractive")));
        QCOMPARE(r.command.arguments.last(), QStringLiteral("-File"));

        PowerShellProgramSetting::setMachineProgram(QStringLiteral("/opt/microsoft/powershell/7/pwsh"));
        r = PowerShellProgramSetting::resolve();
        QCOMPARE(r.command.source, SpeakerCommand::Source::MachineSetting);
        QCOMPARE(r.command.program, QStringLiteral("/opt/microsoft/powershell/7/pwsh"));

        // (no raw string here: moc takes the "//" inside one for a comment)
        qputenv(PowerShellProgramSetting::EnvironmentVariable,
                "[\"otj-lab\",\"shell\",\"--url\",\"https:\\/\\/127.0.0.1:1/lab/\"]");
        r = PowerShellProgramSetting::resolve();
        QCOMPARE(r.command.source, SpeakerCommand::Source::Environment);
        QCOMPARE(r.command.program, QStringLiteral("otj-lab"));
        QVERIFY(!r.command.appendBridgeScript); // the complete command
        QCOMPARE(r.command.arguments.size(), 3);

        qputenv(PowerShellProgramSetting::EnvironmentVariable, "pwsh -File evil.ps1");
        r = PowerShellProgramSetting::resolve();
        QVERIFY(!r.ok()); // reported, never silently replaced by the default

        qunsetenv(PowerShellProgramSetting::EnvironmentVariable);
        PowerShellProgramSetting::setMachineProgram({});
        QCOMPARE(PowerShellProgramSetting::resolve().command.source, SpeakerCommand::Source::Default);
        for (auto s : {SpeakerCommand::Source::Environment, SpeakerCommand::Source::MachineSetting,
                       SpeakerCommand::Source::Default})
            QVERIFY(!PowerShellProgramSetting::describeSource(s).isEmpty());
    }

    void childEnvironmentHasNoOtjVariables()
    {
        qputenv("OTJ_EXCHANGE_ADMIN_PASSWORD", "do-not-inherit");
        qputenv("otj_lowercase", "x");
        qputenv("NOT_OTJ_KEEP", "kept");
        const QProcessEnvironment env = PowerShellHost::childEnvironment();
        for (const QString& key : env.keys())
            QVERIFY2(!key.startsWith(QLatin1String("OTJ_"), Qt::CaseInsensitive), qPrintable(key));
        QCOMPARE(env.value(QStringLiteral("NOT_OTJ_KEEP")), QStringLiteral("kept"));
        qunsetenv("OTJ_EXCHANGE_ADMIN_PASSWORD");
        qunsetenv("otj_lowercase");
        qunsetenv("NOT_OTJ_KEEP");
    }
};

QTEST_GUILESS_MAIN(TestShellProtocol)
#include "tst_shell_protocol.moc"
