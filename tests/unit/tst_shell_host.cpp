// PowerShellHost / ExchangeShell against tiny stand-in speakers (sh scripts), and the remedies for
// the errors between this machine and Exchange: execution policy at start, a line over the limit,
// noise on stdout, a program that does not exist, WinRM/Kerberos/TrustedHosts/CA texts.
#include "core/shell/ExchangeShell.h"
#include "core/shell/PowerShellHost.h"
#include "core/shell/ShellRemedy.h"
#include "tests/shell/RawSpeaker.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace otj::shell;
using otj::test::waitFor;

namespace {

SpeakerCommand sh(const QString& script)
{
    SpeakerCommand c;
    c.program = QStringLiteral("/bin/sh");
    c.arguments = {QStringLiteral("-c"), script};
    return c;
}

const QString kHelloOk = QStringLiteral(
    R"(printf '%s\n' '{"v":1,"id":0,"ok":true,"session":{"mode":"lab","psVersion":"x","psEdition":"x","commands":["Get-User"]}}')");

ShellError error(const QString& message, const QString& id = QStringLiteral("X"))
{
    ShellError e;
    e.message = message;
    e.fullyQualifiedErrorId = id;
    return e;
}

// Processes whose process group is `group` (Linux /proc): field 5 of /proc/<pid>/stat.
int processesInGroup(qint64 group)
{
    int n = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
    for (const QString& pid : pids) {
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = f.readAll();
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields.at(2).toLongLong() == group)
            ++n;
    }
    return n;
}

} // namespace

class TestShellHost : public QObject
{
    Q_OBJECT

    std::optional<ShellOpenResult> open(ExchangeShell& shell) { return otj::test::openShell(shell, this); }

private Q_SLOTS:
    void executionPolicyAtStartIsExplained()
    {
#ifdef Q_OS_WIN
        QSKIP("uses /bin/sh");
#endif
        // What powershell.exe prints when a GPO forbids scripts: nothing on stdout, the reason on stderr.
        ShellOptions o;
        o.speaker =
            sh(QStringLiteral("echo 'File C:\\\\Temp\\\\otj-bridge.ps1 cannot be loaded because running "
                              "scripts is disabled on this "
                              "system. For more information, see about_Execution_Policies.' >&2; exit 1"));
        ExchangeShell shell(o);
        const auto r = open(shell);
        QVERIFY(r && !r->ok);
        QCOMPARE(r->errors.first().fullyQualifiedErrorId, QStringLiteral("OtjShell.HostDied"));
        QVERIFY(r->errors.first().message.contains(QLatin1String("running scripts is disabled")));
        QVERIFY2(r->errors.first().remedy.contains(QLatin1String("Group Policy")),
                 qPrintable(r->errors.first().remedy));
    }

    void noiseOnStdoutIsIgnored()
    {
        ShellOptions o;
        o.speaker = sh(QStringLiteral("read hello; echo 'WARNING: some banner'; echo; ") + kHelloOk +
                       QStringLiteral("; read next"));
        ExchangeShell shell(o);
        const auto r = open(shell);
        QVERIFY(r && r->ok);
        QCOMPARE(r->session.commands, QStringList{QStringLiteral("Get-User")});
        shell.close();
    }

    void aLineOverTheLimitStopsTheHost()
    {
        ShellOptions o;
        o.speaker =
            sh(QStringLiteral("read hello; ") + kHelloOk +
               QStringLiteral("; read req; head -c 1000100 /dev/zero | tr '\\\\0' x; echo; sleep 30"));
        ExchangeShell shell(o);
        QVERIFY(open(shell)->ok);
        std::optional<ShellReply> reply;
        shell.run(ShellCommand(QStringLiteral("Get-User")), this,
                  [&reply](const ShellReply& r) { reply = r; });
        QVERIFY(waitFor([&] { return reply.has_value(); }));
        QVERIFY(reply->failure);
        QCOMPARE(reply->failure->fullyQualifiedErrorId, QStringLiteral("OtjShell.ProtocolError"));
    }

    void killEndsWhatTheSpeakerStarted()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc");
#endif
        // Like the dotnet-tool pwsh shim, which runs `dotnet pwsh.dll` as its child: killing only the
        // launcher left the child (blocked in a command) running for good.
        ShellOptions o;
        o.speaker = sh(QStringLiteral("read hello; ") + kHelloOk + QStringLiteral("; sleep 300 & wait"));
        PowerShellHost host(o.speaker);
        host.start(otj::shell::protocol::Hello{});
        QVERIFY(waitFor([&] { return host.processId() > 0 && processesInGroup(host.processId()) >= 2; }));
        const qint64 group = host.processId();
        host.kill();
        QVERIFY(waitFor([&] { return !host.isRunning(); }));
        QTRY_COMPARE_WITH_TIMEOUT(processesInGroup(group), 0, 5000);
    }

    void aMissingProgramIsReported()
    {
        ShellOptions o;
        o.speaker.program = QStringLiteral("/nonexistent/otj/pwsh");
        ExchangeShell shell(o);
        const auto r = open(shell);
        QVERIFY(r && !r->ok);
        QCOMPARE(r->errors.first().fullyQualifiedErrorId, QStringLiteral("OtjShell.StartFailed"));
        QVERIFY(r->errors.first().message.contains(QLatin1String("/nonexistent/otj/pwsh")));
        QVERIFY(!r->errors.first().remedy.isEmpty());
    }

    void remediesForWhatGoesWrongOnTheWay_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected"); // a word of the remedy
        QTest::newRow("TrustedHosts")
            << "Connecting to remote server ex01 failed with the following error message : The WinRM client "
               "cannot "
               "process the request. Default authentication may be used with an IP address under the "
               "following "
               "conditions: the transport is HTTPS or the destination is in the TrustedHosts list"
            << "CannotUseIPAddress,PSSessionOpenFailed"
            << "TrustedHosts";
        QTest::newRow("Kerberos") << "WinRM cannot process the request. The following error with errorcode "
                                     "0x80090322 occurred while using "
                                     "Kerberos authentication: An unknown security error occurred."
                                  << "AuthenticationFailed,PSSessionOpenFailed"
                                  << "Kerberos";
        QTest::newRow("access denied")
            << "Connecting to remote server ex01 failed with the following error message : Access is denied."
            << "AccessDenied,PSSessionOpenFailed"
            << "RemotePowerShellEnabled";
        QTest::newRow("CA") << "The SSL certificate is signed by an unknown certificate authority."
                            << "PSSessionOpenFailed"
                            << "Trusted Root";
        QTest::newRow("WinRM unreachable") << "Connecting to remote server ex01 failed with the following "
                                              "error message : WinRM cannot complete the "
                                              "operation. Verify that the specified computer name is valid"
                                           << "WinRMOperationTimeout,PSSessionOpenFailed"
                                           << "URI";
        QTest::newRow("execution policy")
            << "Import-PSSession : Files cannot be loaded because running scripts is disabled on this system."
            << "UnauthorizedAccess"
            << "RemoteSigned";
        QTest::newRow("no WSMan")
            << "This parameter set requires WSMan, and no supported WSMan client library was found."
            << "System.PlatformNotSupportedException"
            << "export the setup script";
        QTest::newRow("timeout") << "x"
                                 << "OtjShell.Timeout"
                                 << "in time";
    }

    void remediesForWhatGoesWrongOnTheWay()
    {
        QFETCH(QString, message);
        QFETCH(QString, id);
        QFETCH(QString, expected);
        const QString remedy = ShellRemedy::forError(error(message, id));
        QVERIFY2(remedy.contains(expected), qPrintable(remedy));
        QVERIFY(ShellRemedy::forError(error(QStringLiteral("Something unrelated."))).isEmpty());
    }

    void missingCmdletNamesItsRole()
    {
        ShellError e = error(QStringLiteral("The term 'New-ManagementScope' is not recognized …"),
                             QStringLiteral("CommandNotFoundException"));
        e.targetObject = QStringLiteral("New-ManagementScope");
        QVERIFY(ShellRemedy::forError(e).contains(QLatin1String("\"Role Management\"")));
        QVERIFY(ShellRemedy::forError(e, QStringLiteral("New-Mailbox"))
                    .contains(QLatin1String("Mail Recipient Creation")));
    }
};

QTEST_GUILESS_MAIN(TestShellHost)
#include "tst_shell_host.moc"
