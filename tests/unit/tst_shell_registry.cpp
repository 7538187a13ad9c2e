// The command registry: equal to the bridge script's allow-list, typed parameters, -DomainController
// where Exchange has it, an RBAC role for every cmdlet.
#include "core/logging/Redactor.h"
#include "core/shell/CommandRegistry.h"
#include "core/shell/PowerShellHost.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace otj::shell;

class TestShellRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowListOfTheShippedScriptEqualsTheRegistry()
    {
        const QString script = QString::fromUtf8(PowerShellHost::bridgeScript());
        QVERIFY2(!script.isEmpty(), "the bridge script is compiled into otjcore");
        const qsizetype begin = script.indexOf(QLatin1String("# BEGIN ALLOW-LIST"));
        const qsizetype end = script.indexOf(QLatin1String("# END ALLOW-LIST"));
        QVERIFY(begin >= 0 && end > begin);
        const QString block = script.mid(begin, end - begin);
        QStringList names;
        static const QRegularExpression quoted(QStringLiteral("'([^']*)'"));
        for (auto it = quoted.globalMatch(block); it.hasNext();)
            names << it.next().captured(1);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(names, sorted); // kept sorted, so a diff shows where
        QCOMPARE(names, CommandRegistry::names());
    }

    void everyCmdletOfTheIssueIsRegistered()
    {
        const QStringList expected = {QStringLiteral("Get-Mailbox"),
                                      QStringLiteral("Get-RemoteMailbox"),
                                      QStringLiteral("Get-Recipient"),
                                      QStringLiteral("Get-User"),
                                      QStringLiteral("Set-User"),
                                      QStringLiteral("New-Mailbox"),
                                      QStringLiteral("Remove-Mailbox"),
                                      QStringLiteral("Set-Mailbox"),
                                      QStringLiteral("Get-CASMailbox"),
                                      QStringLiteral("Get-DistributionGroup"),
                                      QStringLiteral("New-DistributionGroup"),
                                      QStringLiteral("Set-DistributionGroup"),
                                      QStringLiteral("Remove-DistributionGroup"),
                                      QStringLiteral("Get-DistributionGroupMember"),
                                      QStringLiteral("Add-DistributionGroupMember"),
                                      QStringLiteral("Remove-DistributionGroupMember"),
                                      QStringLiteral("Update-DistributionGroupMember"),
                                      QStringLiteral("Get-ManagementScope"),
                                      QStringLiteral("New-ManagementScope"),
                                      QStringLiteral("Set-ManagementScope"),
                                      QStringLiteral("Remove-ManagementScope"),
                                      QStringLiteral("Get-ManagementRoleAssignment"),
                                      QStringLiteral("New-ManagementRoleAssignment"),
                                      QStringLiteral("Set-ManagementRoleAssignment"),
                                      QStringLiteral("Remove-ManagementRoleAssignment"),
                                      QStringLiteral("Get-WebServicesVirtualDirectory"),
                                      QStringLiteral("Set-WebServicesVirtualDirectory"),
                                      QStringLiteral("Get-AutodiscoverVirtualDirectory"),
                                      QStringLiteral("Get-AuthenticationPolicy"),
                                      QStringLiteral("New-AuthenticationPolicy"),
                                      QStringLiteral("Set-AuthenticationPolicy"),
                                      QStringLiteral("Remove-AuthenticationPolicy"),
                                      QStringLiteral("Get-OrganizationConfig"),
                                      QStringLiteral("Get-ThrottlingPolicy"),
                                      QStringLiteral("Get-ThrottlingPolicyAssociation"),
                                      QStringLiteral("Get-CalendarProcessing"),
                                      QStringLiteral("Set-CalendarProcessing"),
                                      QStringLiteral("Get-ExchangeServer"),
                                      QStringLiteral("Get-ADServerSettings"),
                                      QStringLiteral("Set-ADServerSettings")};
        for (const QString& name : expected)
            QVERIFY2(CommandRegistry::find(name), qPrintable(name));
        QCOMPARE(CommandRegistry::commands().size(), expected.size());
        for (const CommandSpec& s : CommandRegistry::commands())
            QVERIFY2(!s.rbacRole.isEmpty(), qPrintable(s.name));
    }

    void domainControllerOnlyWhereExchangeHasIt()
    {
        for (const char* name : {"Get-ADServerSettings", "Set-ADServerSettings", "Get-AuthenticationPolicy",
                                 "New-AuthenticationPolicy", "Remove-AuthenticationPolicy"}) {
            const CommandSpec* s = CommandRegistry::find(QString::fromLatin1(name));
            QVERIFY(s);
            QVERIFY2(!s->takesDomainController, name);
            QVERIFY(!s->parameterType(QStringLiteral("DomainController")));
        }
        const CommandSpec* mailbox = CommandRegistry::find(QStringLiteral("get-mailbox")); // case-insensitive
        QVERIFY(mailbox && mailbox->takesDomainController);
        QCOMPARE(mailbox->parameterType(QStringLiteral("DomainController")), ParameterType::String);
    }

    void typedParametersAreChecked()
    {
        ShellCommand good(QStringLiteral("Set-CalendarProcessing"));
        good.set(QStringLiteral("Identity"), QStringLiteral("room-1@contoso.lab"))
            .set(QStringLiteral("DeleteComments"), false)
            .set(QStringLiteral("BookingWindowInDays"), 180)
            .set(QStringLiteral("ResourceDelegates"), ShellValue::strings({QStringLiteral("a")}));
        QCOMPARE(CommandRegistry::check(good), QString());

        ShellCommand text = good;
        text.set(QStringLiteral("DeleteComments"), QStringLiteral("$false")); // quoting everything is wrong
        QVERIFY(CommandRegistry::check(text).contains(QLatin1String("[bool]")));

        ShellCommand unknown(QStringLiteral("Get-Mailbox"));
        unknown.set(QStringLiteral("NoSuchParameter"), true);
        QVERIFY(!CommandRegistry::check(unknown).isEmpty());

        ShellCommand script(QStringLiteral("Get-Mailbox; Remove-Mailbox x"));
        QVERIFY(!CommandRegistry::check(script).isEmpty());
        QVERIFY(!CommandRegistry::isPlainCommandName(QStringLiteral("$(Get-Mailbox)")));
        QVERIFY(!CommandRegistry::isPlainParameterName(QStringLiteral("Identity x")));

        ShellCommand notListed(QStringLiteral("Remove-MailboxDatabase"));
        QVERIFY(!CommandRegistry::check(notListed).isEmpty());

        ShellCommand pw(QStringLiteral("New-Mailbox"));
        pw.set(QStringLiteral("Password"), QStringLiteral("plain"));
        QVERIFY(CommandRegistry::check(pw).contains(QLatin1String("[securestring]")));
        pw.set(QStringLiteral("Password"), ShellValue::secureString(QStringLiteral("Sup3r-Secret!")));
        QCOMPARE(CommandRegistry::check(pw), QString());
        QVERIFY(!pw.display().contains(QLatin1String("Sup3r-Secret!")));
        QVERIFY(otj::Redactor::redact(QStringLiteral("x Sup3r-Secret! y")).contains(otj::Redactor::Mask));
    }

    void valuesKeepTheirTypesOnTheWire()
    {
        QCOMPARE(ShellValue(true).toJson(), QJsonValue(true));
        QCOMPARE(ShellValue(qint64(5000000000)).toJson().toDouble(), 5000000000.0);
        QCOMPARE(ShellValue().toJson(), QJsonValue(QJsonValue::Null));
        QCOMPARE(ShellValue(QStringLiteral("$false")).kind(), ShellValue::Kind::String);
        const QJsonObject table =
            ShellValue::table({{QStringLiteral("Add"), ShellValue::strings({QStringLiteral("x")})}})
                .toJson()
                .toObject();
        QCOMPARE(table.value(QStringLiteral("Add")).toArray().first().toString(), QStringLiteral("x"));
        QCOMPARE(ShellValue::secureString(QStringLiteral("pw-1234"))
                     .toJson()
                     .toObject()
                     .value(QStringLiteral("$type")),
                 QJsonValue(QStringLiteral("SecureString")));
        ShellCommand c(QStringLiteral("Set-User"));
        c.set(QStringLiteral("AuthenticationPolicy"), ShellValue())
            .set(QStringLiteral("RemotePowerShellEnabled"), true);
        QCOMPARE(c.display(),
                 QStringLiteral("Set-User -AuthenticationPolicy $null -RemotePowerShellEnabled:$true"));
    }
};

QTEST_GUILESS_MAIN(TestShellRegistry)
#include "tst_shell_registry.moc"
