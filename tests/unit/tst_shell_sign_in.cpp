// Who remote PowerShell signs in as (otjctl plan, apply and validate alike): the admin credential
// only when the profile's exchange.remotePowerShell.signIn is adminAccount; otherwise the logged-on
// Windows user, with no credential sent even when a password is at hand.
#include "core/cli/PlanApplyCommands.h"

#include <QTest>

using namespace otj;

class TestShellSignIn : public QObject
{
    Q_OBJECT

    static SetupProfile profile(PowerShellSignIn signIn)
    {
        SetupProfile p = SetupProfile::defaults();
        p.exchange.remotePowerShellUri = QStringLiteral("http://mbx01.contoso.lab/PowerShell/");
        p.exchange.adminAccount = QStringLiteral("exadmin@contoso.lab");
        p.exchange.remotePowerShellSignIn = signIn;
        return p;
    }

private Q_SLOTS:
    void adminAccountSendsTheCredential()
    {
        shell::SpeakerCommand speaker;
        speaker.program = QStringLiteral("pwsh");
        const shell::ShellOptions o = cli::ExchangeCommand::shellOptions(
            profile(PowerShellSignIn::AdminAccount), speaker, QStringLiteral("secret"));
        QCOMPARE(o.hello.username.value_or(QString()), QStringLiteral("exadmin@contoso.lab"));
        QCOMPARE(o.hello.password.value_or(QString()), QStringLiteral("secret"));
        QCOMPARE(o.hello.connectionUri, QStringLiteral("http://mbx01.contoso.lab/PowerShell/"));
        QCOMPARE(o.speaker.program, QStringLiteral("pwsh"));
    }

    void currentUserSendsNone()
    {
        const shell::ShellOptions o = cli::ExchangeCommand::shellOptions(
            profile(PowerShellSignIn::CurrentUser), {}, QStringLiteral("secret"));
        QVERIFY(!o.hello.username);
        QVERIFY(!o.hello.password);
    }

    void adminAccountWithoutPasswordSendsNone()
    {
        const shell::ShellOptions o =
            cli::ExchangeCommand::shellOptions(profile(PowerShellSignIn::AdminAccount), {}, std::nullopt);
        QVERIFY(!o.hello.username);
        QVERIFY(!o.hello.password);
    }
};

QTEST_GUILESS_MAIN(TestShellSignIn)
#include "tst_shell_sign_in.moc"
