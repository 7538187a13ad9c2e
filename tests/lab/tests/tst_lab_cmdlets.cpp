// The lab's Exchange cmdlet model (powershell/LabCmdlets) without HTTP: the cmdlet table, typed
// parameter binding, the conformance scenarios, and each lab correction of issue 9.
#include "ScenarioCheck.h"

#include "org/LabOrg.h"
#include "org/Opath.h"
#include "powershell/LabCmdlets.h"

#include <QTest>

using namespace otjlab;
using namespace labtest;

namespace {
QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* n : list)
        out << QString::fromLatin1(n);
    return out;
}
} // namespace

class TestLabCmdlets : public QObject
{
    Q_OBJECT

    QDateTime now = QDateTime::currentDateTimeUtc();

    CmdletResult run(LabCmdlets& shell, LabOrg& org, const QString& name, const QJsonObject& params,
                     const QString& caller = QStringLiteral("exadmin@contoso.lab"), int delay = 0)
    {
        ShellContext ctx;
        ctx.caller = org.find(caller);
        ctx.now = now;
        ctx.rbacDelaySeconds = delay;
        ctx.ewsUrl = QStringLiteral("https://127.0.0.1:1/EWS/Exchange.asmx");
        return shell.invoke(name, params, ctx);
    }
    static QString fqid(const CmdletResult& r) { return r.errors.value(0).fullyQualifiedErrorId; }

private slots:
    void everyCmdletOfTheIssueIsInTheTableAndImplemented()
    {
        const QStringList wanted = names({"Get-Mailbox",
                                          "Get-RemoteMailbox",
                                          "Get-Recipient",
                                          "Get-User",
                                          "Set-User",
                                          "New-Mailbox",
                                          "Set-Mailbox",
                                          "Get-CASMailbox",
                                          "Get-DistributionGroup",
                                          "New-DistributionGroup",
                                          "Set-DistributionGroup",
                                          "Remove-DistributionGroup",
                                          "Get-DistributionGroupMember",
                                          "Add-DistributionGroupMember",
                                          "Remove-DistributionGroupMember",
                                          "Update-DistributionGroupMember",
                                          "Get-ManagementScope",
                                          "New-ManagementScope",
                                          "Set-ManagementScope",
                                          "Remove-ManagementScope",
                                          "Get-ManagementRoleAssignment",
                                          "New-ManagementRoleAssignment",
                                          "Set-ManagementRoleAssignment",
                                          "Remove-ManagementRoleAssignment",
                                          "Get-WebServicesVirtualDirectory",
                                          "Set-WebServicesVirtualDirectory",
                                          "Get-AutodiscoverVirtualDirectory",
                                          "Get-AuthenticationPolicy",
                                          "New-AuthenticationPolicy",
                                          "Remove-AuthenticationPolicy",
                                          "Remove-Mailbox",
                                          "Get-OrganizationConfig",
                                          "Set-OrganizationConfig",
                                          "Get-ThrottlingPolicy",
                                          "Get-ThrottlingPolicyAssociation",
                                          "Get-CalendarProcessing",
                                          "Set-CalendarProcessing",
                                          "Get-ExchangeServer",
                                          "Get-ADServerSettings",
                                          "Set-ADServerSettings"});
        LabOrg org = LabOrg::defaultOrg(now);
        LabCmdlets shell(org);
        const QStringList session = shell.sessionCommands(*org.find(QStringLiteral("exadmin@contoso.lab")));
        for (const QString& name : wanted) {
            QVERIFY2(CmdletTable::instance().find(name), qPrintable(name));
            QVERIFY2(session.contains(name), qPrintable(name));
            const CmdletResult r = run(shell, org, name, {});
            QVERIFY2(!fqid(r).startsWith(QLatin1String("OtjLab.NotModelled")), qPrintable(name));
            QVERIFY2(fqid(r) != QLatin1String("CommandNotFoundException"), qPrintable(name));
        }
        for (const auto& spec : CmdletTable::instance().cmdlets)
            for (const auto& p : spec.parameters)
                QVERIFY2(names({"object", "object[]", "string", "string[]", "bool", "switch", "int",
                                "securestring"})
                             .contains(p.type),
                         qPrintable(spec.name + QLatin1Char(' ') + p.name));
    }

    void scenariosHoldAtTheModel()
    {
        const QJsonObject doc = loadScenarios();
        QVERIFY(!doc.value(QLatin1String("scenarios")).toArray().isEmpty());
        for (const auto& sv : doc.value(QLatin1String("scenarios")).toArray()) {
            const QJsonObject s = sv.toObject();
            LabOrg org = LabOrg::defaultOrg(now);
            LabCmdlets shell(org);
            const QString who = scenarioAccount(s.value(QLatin1String("account")).toString()).first;
            for (const auto& cv : s.value(QLatin1String("commands")).toArray()) {
                const QJsonObject c = cv.toObject();
                const QString name = c.value(QLatin1String("name")).toString();
                const CmdletResult r =
                    run(shell, org, name, c.value(QLatin1String("parameters")).toObject(), who);
                const QStringList problems =
                    checkExpectation(c.value(QLatin1String("expect")).toObject(), r.toJson());
                QVERIFY2(problems.isEmpty(),
                         qPrintable(s.value(QLatin1String("name")).toString() + QStringLiteral(" / ") + name +
                                    QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
            }
        }
    }

    void domainControllerOnlyWhereExchangeHasIt()
    {
        const QStringList without =
            names({"Get-ADServerSettings", "Set-ADServerSettings", "Get-AuthenticationPolicy",
                   "New-AuthenticationPolicy", "Set-AuthenticationPolicy", "Remove-AuthenticationPolicy"});
        LabOrg org = LabOrg::defaultOrg(now);
        LabCmdlets shell(org);
        for (const auto& spec : CmdletTable::instance().cmdlets) {
            QCOMPARE(spec.parameter(QStringLiteral("DomainController")) == nullptr,
                     without.contains(spec.name));
            const CmdletResult r =
                run(shell, org, spec.name,
                    {{QStringLiteral("DomainController"), QStringLiteral("DC01.contoso.lab")}});
            if (without.contains(spec.name)) {
                QCOMPARE(fqid(r), QStringLiteral("NamedParameterNotFound,") + spec.name);
                QCOMPARE(r.errors.first().message,
                         QStringLiteral(
                             "A parameter cannot be found that matches parameter name 'DomainController'."));
                QCOMPARE(r.errors.first().category, QStringLiteral("InvalidArgument"));
            } else {
                QVERIFY2(!fqid(r).startsWith(QLatin1String("NamedParameterNotFound")), qPrintable(spec.name));
            }
        }
        // The DC a not-found error names is the one the command used.
        const CmdletResult r =
            run(shell, org, QStringLiteral("Get-Mailbox"),
                {{QStringLiteral("Identity"), QStringLiteral("x")},
                 {QStringLiteral("DomainController"), QStringLiteral("dc02.contoso.lab")}});
        QVERIFY(r.errors.first().message.endsWith(QLatin1String("couldn't be found on 'dc02.contoso.lab'.")));
    }

    void typedBinding()
    {
        LabOrg org = LabOrg::defaultOrg(now);
        LabCmdlets shell(org);
        const QString room = QStringLiteral("room-hq-07@contoso.lab");
        auto set = [&](const QJsonObject& extra) {
            QJsonObject p{{QStringLiteral("Identity"), room}};
            for (auto it = extra.begin(); it != extra.end(); ++it)
                p.insert(it.key(), it.value());
            return run(shell, org, QStringLiteral("Set-CalendarProcessing"), p);
        };
        QCOMPARE(fqid(set({{QStringLiteral("DeleteComments"), QStringLiteral("$false")}})),
                 QStringLiteral("ParameterArgumentTransformationError,Set-CalendarProcessing"));
        QCOMPARE(fqid(set({{QStringLiteral("DeleteComments"), QStringLiteral("False")}})),
                 QStringLiteral("ParameterArgumentTransformationError,Set-CalendarProcessing"));
        QVERIFY(set({{QStringLiteral("DeleteComments"), 0}}).ok()); // numbers bind to [bool]
        QCOMPARE(org.find(room)->calendarProcessing.deleteComments, false);
        QCOMPARE(fqid(set({{QStringLiteral("BookingWindowInDays"), QStringLiteral("abc")}})),
                 QStringLiteral("ParameterArgumentTransformationError,Set-CalendarProcessing"));
        QVERIFY(set({{QStringLiteral("BookingWindowInDays"), QStringLiteral("30")}}).ok());
        QCOMPARE(org.find(room)->calendarProcessing.bookingWindowInDays, 30);
        QVERIFY(!set({{QStringLiteral("BookingWindowInDays"), 2000}}).ok()); // 0..1080
        QCOMPARE(fqid(set({{QStringLiteral("AutomateProcessing"), QStringLiteral("Sometimes")}})),
                 QStringLiteral("ParameterArgumentTransformationError,Set-CalendarProcessing"));
        QVERIFY(set({{QStringLiteral("automateprocessing"), QStringLiteral("none")}})
                    .ok()); // names are case-insensitive
        QCOMPARE(org.find(room)->calendarProcessing.automateProcessing, QStringLiteral("None"));
        QVERIFY(set({{QStringLiteral("DeleteSubj"), false}}).ok()); // an unambiguous prefix binds
        QCOMPARE(fqid(set({{QStringLiteral("Delete"), false}})),
                 QStringLiteral("AmbiguousParameter,Set-CalendarProcessing"));
        QVERIFY(set({{QStringLiteral("ErrorAction"), QStringLiteral("Stop")}})
                    .toJson()
                    .value(QLatin1String("warnings"))
                    .toArray()
                    .size() == 1);
        QCOMPARE(fqid(run(shell, org, QStringLiteral("Set-CalendarProcessing"), {})),
                 QStringLiteral("MissingMandatoryParameter,Set-CalendarProcessing"));
        // BookInPolicy: a list replaces, @{Add=…} edits; shown as LegacyExchangeDNs.
        QVERIFY(set({{QStringLiteral("BookInPolicy"), QJsonArray{QStringLiteral("dana@contoso.lab")}}}).ok());
        QVERIFY(set({{QStringLiteral("BookInPolicy"),
                      QJsonArray{QJsonObject{{QStringLiteral("Add"), QJsonArray{QStringLiteral("bob")}}}}}})
                    .ok());
        QCOMPARE(org.find(room)->calendarProcessing.bookInPolicy,
                 QStringList({QStringLiteral("dana@contoso.lab"), QStringLiteral("bob@contoso.lab")}));
        const CmdletResult got =
            run(shell, org, QStringLiteral("Get-CalendarProcessing"), {{QStringLiteral("Identity"), room}});
        QVERIFY(
            got.objects.first()
                .toObject()
                .value(QLatin1String("BookInPolicy"))
                .toArray()
                .first()
                .toString()
                .startsWith(QLatin1String(
                    "/o=Contoso Lab/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=")));
        // SecureString: only the typed value binds.
        QCOMPARE(fqid(run(shell, org, QStringLiteral("Set-Mailbox"),
                          {{QStringLiteral("Identity"), QStringLiteral("alice")},
                           {QStringLiteral("Password"), QStringLiteral("x")}})),
                 QStringLiteral("ParameterArgumentTransformationError,Set-Mailbox"));
        QVERIFY(run(shell, org, QStringLiteral("Set-Mailbox"),
                    {{QStringLiteral("Identity"), QStringLiteral("alice")},
                     {QStringLiteral("Password"),
                      QJsonObject{{QStringLiteral("$type"), QStringLiteral("SecureString")},
                                  {QStringLiteral("value"), QStringLiteral("N3w!Alice2026")}}}})
                    .ok());
        QCOMPARE(org.find(QStringLiteral("alice@contoso.lab"))->password, QStringLiteral("N3w!Alice2026"));
        // A mailbox-less account's password is not set through Exchange (Set-Mailbox needs a mailbox).
        QVERIFY(run(shell, org, QStringLiteral("Set-Mailbox"),
                    {{QStringLiteral("Identity"), QStringLiteral("svc-otj")},
                     {QStringLiteral("Password"),
                      QJsonObject{{QStringLiteral("$type"), QStringLiteral("SecureString")},
                                  {QStringLiteral("value"), QStringLiteral("N3w!Svc2026")}}}})
                    .errors.first()
                    .fullyQualifiedErrorId.contains(QLatin1String("ManagementObjectNotFoundException")));
    }

    void noLanguageAndSessionCommands()
    {
        LabOrg org = LabOrg::defaultOrg(now);
        LabCmdlets shell(org);
        for (const char* text : {"Get-Mailbox | Remove-Mailbox", "Get-Mailbox; Get-User", "$(whoami)",
                                 "& 'Get-Mailbox'", "Invoke-Expression 'x'", ""}) {
            const CmdletResult r = run(shell, org, QString::fromLatin1(text), {});
            if (QString::fromLatin1(text) == QLatin1String("Invoke-Expression 'x'") || !*text)
                QCOMPARE(fqid(r), QStringLiteral("ScriptsNotAllowed"));
            else
                QCOMPARE(
                    r.errors.first().message,
                    QStringLiteral(
                        "The syntax is not supported by this runspace. This can occur if the runspace is "
                        "in no-language mode."));
        }
        // A parameter name that is not a plain name is script text too.
        QCOMPARE(fqid(run(shell, org, QStringLiteral("Get-Mailbox"),
                          {{QStringLiteral("Identity;whoami"), QStringLiteral("x")}})),
                 QStringLiteral("ScriptsNotAllowed"));
        // A plain name that is not in the session (no role for it, or not an Exchange cmdlet).
        QCOMPARE(fqid(run(shell, org, QStringLiteral("Invoke-Expression"), {})),
                 QStringLiteral("CommandNotFoundException"));
        const Recipient& rcp = *org.find(QStringLiteral("rcpadmin@contoso.lab"));
        const QStringList rcpSession = shell.sessionCommands(rcp);
        QVERIFY(rcpSession.contains(QStringLiteral("Set-CalendarProcessing")));
        for (const char* rbac :
             {"New-ManagementScope", "Get-ManagementRoleAssignment", "New-ManagementRoleAssignment",
              "Set-OrganizationConfig", "Set-WebServicesVirtualDirectory", "New-AuthenticationPolicy"}) {
            QVERIFY2(!rcpSession.contains(QLatin1String(rbac)), rbac);
            const CmdletResult r = run(shell, org, QLatin1String(rbac), {}, rcp.smtp);
            QCOMPARE(fqid(r), QStringLiteral("CommandNotFoundException"));
            QVERIFY(r.errors.first().message.startsWith(
                QStringLiteral("The term '%1' is not recognized").arg(QLatin1String(rbac))));
        }
        // A user with no management role: only what every session has.
        QCOMPARE(
            shell.sessionCommands(*org.find(QStringLiteral("alice@contoso.lab"))),
            QStringList({QStringLiteral("Get-ADServerSettings"), QStringLiteral("Set-ADServerSettings")}));
    }

    void automateProcessingNonePlacesNothing()
    {
        LabOrg org = LabOrg::defaultOrg(now);
        Recipient& room = *org.find(QStringLiteral("room-br-02@contoso.lab"));
        QCOMPARE(room.calendarProcessing.automateProcessing, QStringLiteral("None"));
        QVERIFY(room.calendar.isEmpty()); // seeded requests never reached the calendar
        MeetingRequest req;
        req.uid = QStringLiteral("uid-none");
        req.organizerAddress = QStringLiteral("bob@contoso.lab");
        req.organizerName = QStringLiteral("Bob Baker");
        req.subject = QStringLiteral("Sync");
        req.start = now.addDays(2);
        req.end = req.start.addSecs(1800);
        req.sent = now;
        QCOMPARE(toString(org.deliverToResource(room, req, room.calendarProcessing)),
                 QStringLiteral("NotProcessed"));
        QVERIFY(room.calendar.isEmpty());
        // Set-CalendarProcessing -AutomateProcessing AutoUpdate: the Calendar Attendant places it
        // tentatively.
        LabCmdlets shell(org);
        QVERIFY(run(shell, org, QStringLiteral("Set-CalendarProcessing"),
                    {{QStringLiteral("Identity"), room.smtp},
                     {QStringLiteral("AutomateProcessing"), QStringLiteral("AutoUpdate")}})
                    .ok());
        QCOMPARE(toString(org.deliverToResource(room, req, room.calendarProcessing)),
                 QStringLiteral("Tentative"));
        QCOMPARE(room.calendar.size(), 1);
        QCOMPARE(room.calendar.first().freeBusy, QStringLiteral("Tentative"));
    }

    void authenticationPolicyDefaultAndOwn()
    {
        LabOrg org = LabOrg::defaultOrg(now);
        LabCmdlets shell(org);
        const Recipient& svc = *org.find(QStringLiteral("svc-otj@contoso.lab"));
        QVERIFY(org.mayLogOn(svc) && org.mayLogOn(svc, true));
        // The org default applies to a user without a policy of their own.
        QVERIFY(run(shell, org, QStringLiteral("Set-OrganizationConfig"),
                    {{QStringLiteral("DefaultAuthenticationPolicy"), QStringLiteral("Block Legacy Auth")}})
                    .ok());
        QVERIFY(!org.mayLogOn(svc));
        QVERIFY(!org.mayLogOn(svc, true));
        // The user's own policy wins over the default.
        QVERIFY(run(shell, org, QStringLiteral("New-AuthenticationPolicy"),
                    {{QStringLiteral("Name"), QStringLiteral("Autodiscover only blocked")},
                     {QStringLiteral("BlockLegacyAuthAutodiscover"), true}})
                    .ok());
        QVERIFY(run(shell, org, QStringLiteral("Set-User"),
                    {{QStringLiteral("Identity"), svc.smtp},
                     {QStringLiteral("AuthenticationPolicy"), QStringLiteral("Autodiscover only blocked")}})
                    .ok());
        QVERIFY(org.mayLogOn(svc));        // EWS: Basic and Windows allowed
        QVERIFY(!org.mayLogOn(svc, true)); // Autodiscover: blocked
        // $null removes the user's policy: the default applies again.
        QVERIFY(run(shell, org, QStringLiteral("Set-User"),
                    {{QStringLiteral("Identity"), svc.smtp},
                     {QStringLiteral("AuthenticationPolicy"), QJsonValue()}})
                    .ok());
        QVERIFY(!org.mayLogOn(svc));
        QCOMPARE(
            fqid(run(shell, org, QStringLiteral("Set-OrganizationConfig"),
                     {{QStringLiteral("DefaultAuthenticationPolicy"), QStringLiteral("No such policy")}}))
                .contains(QLatin1String("ManagementObjectNotFoundException")),
            true);
        // The AllowBasicAuth* switches are Exchange Online only: refused by the binder.
        QCOMPARE(fqid(run(shell, org, QStringLiteral("New-AuthenticationPolicy"),
                          {{QStringLiteral("Name"), QStringLiteral("P")},
                           {QStringLiteral("AllowBasicAuthWebServices"), true}})),
                 QStringLiteral("NamedParameterNotFound,New-AuthenticationPolicy"));
    }

    // The back-out's removals (issue 11): a mailbox with its account and memberships; a policy only
    // while nobody uses it.
    void removeMailboxAndAuthenticationPolicy()
    {
        LabOrg org = LabOrg::defaultOrg(now);
        LabCmdlets shell(org);
        const auto inAllStaff = [&org] {
            for (const auto& g : org.groups)
                if (g.name == QLatin1String("All Staff"))
                    return g.members.contains(QStringLiteral("alice@contoso.lab"), Qt::CaseInsensitive);
            return false;
        };
        QVERIFY(inAllStaff());
        QVERIFY(run(shell, org, QStringLiteral("Remove-Mailbox"),
                    {{QStringLiteral("Identity"), QStringLiteral("alice@contoso.lab")},
                     {QStringLiteral("Confirm"), false}})
                    .ok());
        QVERIFY(!org.find(QStringLiteral("alice@contoso.lab")));
        QVERIFY(!inAllStaff());
        QVERIFY(fqid(run(shell, org, QStringLiteral("Remove-Mailbox"),
                         {{QStringLiteral("Identity"), QStringLiteral("alice@contoso.lab")}}))
                    .contains(QLatin1String("ManagementObjectNotFoundException")));
        // svc-otj has no mailbox: not a mailbox to remove.
        QVERIFY(!run(shell, org, QStringLiteral("Remove-Mailbox"),
                     {{QStringLiteral("Identity"), QStringLiteral("svc-otj@contoso.lab")}})
                     .ok());
        QVERIFY(org.find(QStringLiteral("svc-otj@contoso.lab")));

        QVERIFY(run(shell, org, QStringLiteral("Set-User"),
                    {{QStringLiteral("Identity"), QStringLiteral("bob@contoso.lab")},
                     {QStringLiteral("AuthenticationPolicy"), QStringLiteral("Block Legacy Auth")}})
                    .ok());
        QVERIFY(!run(shell, org, QStringLiteral("Remove-AuthenticationPolicy"),
                     {{QStringLiteral("Identity"), QStringLiteral("Block Legacy Auth")}})
                     .ok());
        QVERIFY(org.findAuthenticationPolicy(QStringLiteral("Block Legacy Auth")));
        QVERIFY(run(shell, org, QStringLiteral("Set-User"),
                    {{QStringLiteral("Identity"), QStringLiteral("bob@contoso.lab")},
                     {QStringLiteral("AuthenticationPolicy"), QJsonValue()}})
                    .ok());
        QVERIFY(run(shell, org, QStringLiteral("Remove-AuthenticationPolicy"),
                    {{QStringLiteral("Identity"), QStringLiteral("Block Legacy Auth")},
                     {QStringLiteral("Confirm"), false}})
                    .ok());
        QVERIFY(!org.findAuthenticationPolicy(QStringLiteral("Block Legacy Auth")));
    }

    void authChangesReachIisAfterTheDelay()
    {
        LabOrg org = LabOrg::defaultOrg(now);
        LabCmdlets shell(org);
        const Recipient& svc = *org.find(QStringLiteral("svc-otj@contoso.lab"));
        QVERIFY(!org.effectiveAuth(now, 60));
        QVERIFY(run(shell, org, QStringLiteral("Set-User"),
                    {{QStringLiteral("Identity"), svc.smtp},
                     {QStringLiteral("AuthenticationPolicy"), QStringLiteral("Block Legacy Auth")}},
                    QStringLiteral("exadmin@contoso.lab"), 60)
                    .ok());
        const auto before = org.effectiveAuth(now.addSecs(30), 60);
        QVERIFY(before);
        QVERIFY(org.mayLogOn(svc, false, &*before)); // not picked up yet
        QVERIFY(!org.effectiveAuth(now.addSecs(61), 60));
        QVERIFY(!org.mayLogOn(svc)); // after the delay: the current settings
        QVERIFY(run(shell, org, QStringLiteral("Set-WebServicesVirtualDirectory"),
                    {{QStringLiteral("Identity"), QStringLiteral("MBX01\\EWS (Default Web Site)")},
                     {QStringLiteral("BasicAuthentication"), false}})
                    .ok());
        QCOMPARE(org.servers.first().ewsBasicAuthentication, false);
        QCOMPARE(org.effectiveAuth(now.addSecs(30), 60)->servers.first().ewsBasicAuthentication, true);
    }

    void distinguishedNamesAndOpathQuotes()
    {
        QCOMPARE(escapeDnValue(QStringLiteral("Rooms, HQ")), QStringLiteral("Rooms\\, HQ"));
        QCOMPARE(escapeDnValue(QStringLiteral("a+b\"c\\d<e>f;g")),
                 QStringLiteral("a\\+b\\\"c\\\\d\\<e\\>f\\;g"));
        QCOMPARE(escapeDnValue(QStringLiteral(" #x ")), QStringLiteral("\\ #x\\ "));
        QVERIFY(sameDn(QStringLiteral("CN=Rooms\\, HQ,OU=Groups,DC=contoso,DC=lab"),
                       QStringLiteral("cn=rooms\\2C HQ, ou=Groups,DC=CONTOSO,DC=lab")));
        QVERIFY(!sameDn(QStringLiteral("CN=Rooms\\, HQ,OU=Groups,DC=contoso,DC=lab"),
                        QStringLiteral("CN=Rooms,CN=HQ,OU=Groups,DC=contoso,DC=lab")));
        LabOrg org = LabOrg::defaultOrg(now);
        LabCmdlets shell(org);
        for (const QString& name : {QStringLiteral("Rooms, HQ"), QStringLiteral("O'Brien; \"Rooms\" <1>")}) {
            const CmdletResult g =
                run(shell, org, QStringLiteral("New-DistributionGroup"),
                    {{QStringLiteral("Name"), name},
                     {QStringLiteral("Alias"), QStringLiteral("g") + QString::number(qHash(name))},
                     {QStringLiteral("Members"), QJsonArray{QStringLiteral("room-br-04@contoso.lab")}}});
            QVERIFY2(g.ok(), qPrintable(fqid(g)));
            const QString dn =
                g.objects.first().toObject().value(QLatin1String("DistinguishedName")).toString();
            QCOMPARE(dn, QStringLiteral("CN=%1,OU=Groups,DC=contoso,DC=lab").arg(escapeDnValue(name)));
            // OPATH: a ' inside a quoted value is doubled.
            QString quoted = dn;
            quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
            const QString filter = QStringLiteral("MemberOfGroup -eq '%1'").arg(quoted);
            const QString scope = QStringLiteral("Scope ") + QString::number(qHash(name));
            QVERIFY(
                run(shell, org, QStringLiteral("New-ManagementScope"),
                    {{QStringLiteral("Name"), scope}, {QStringLiteral("RecipientRestrictionFilter"), filter}})
                    .ok());
            QVERIFY(org.scopeMatches(filter, *org.find(QStringLiteral("room-br-04@contoso.lab"))));
            QVERIFY(!org.scopeMatches(filter, *org.find(QStringLiteral("room-br-05@contoso.lab"))));
            QVERIFY(
                run(shell, org, QStringLiteral("Get-DistributionGroup"), {{QStringLiteral("Identity"), dn}})
                    .ok());
            QVERIFY(run(shell, org, QStringLiteral("New-ManagementRoleAssignment"),
                        {{QStringLiteral("Name"), scope + QStringLiteral(" Impersonation")},
                         {QStringLiteral("Role"), QStringLiteral("ApplicationImpersonation")},
                         {QStringLiteral("User"), QStringLiteral("svc-otj")},
                         {QStringLiteral("CustomRecipientWriteScope"), scope}})
                        .ok());
        }
        QCOMPARE(org.canImpersonate(QStringLiteral("svc-otj@contoso.lab"),
                                    QStringLiteral("room-br-04@contoso.lab"), now, 0),
                 ImpersonationResult::Allowed);
        QCOMPARE(org.canImpersonate(QStringLiteral("svc-otj@contoso.lab"),
                                    QStringLiteral("room-br-06@contoso.lab"), now, 0),
                 ImpersonationResult::Denied);
        // A new assignment reaches EWS only after the RBAC delay.
        QCOMPARE(org.canImpersonate(QStringLiteral("svc-otj@contoso.lab"),
                                    QStringLiteral("room-br-04@contoso.lab"), now, 30),
                 ImpersonationResult::Denied);
        // Bad filters are refused when the scope is made.
        const CmdletResult bad =
            run(shell, org, QStringLiteral("New-ManagementScope"),
                {{QStringLiteral("Name"), QStringLiteral("Bad")},
                 {QStringLiteral("RecipientRestrictionFilter"), QStringLiteral("MemberOfGroup -eq 'CN=x")}});
        QVERIFY(bad.errors.first().message.startsWith(QLatin1String("Invalid filter syntax.")) ||
                bad.errors.first().message.startsWith(QLatin1String("Unterminated")));
        QVERIFY(!run(shell, org, QStringLiteral("New-ManagementScope"),
                     {{QStringLiteral("Name"), QStringLiteral("Bad2")},
                      {QStringLiteral("RecipientRestrictionFilter"), QStringLiteral("Colour -eq 'blue'")}})
                     .ok());
    }

    void opathFilters()
    {
        LabOrg org = LabOrg::defaultOrg(now);
        const Recipient& hq1 = *org.find(QStringLiteral("room-hq-01@contoso.lab"));
        QVERIFY(org.scopeMatches(
            QStringLiteral("(RecipientTypeDetails -eq 'RoomMailbox') -and (Name -like 'HQ*')"), hq1));
        QVERIFY(!org.scopeMatches(
            QStringLiteral("RecipientTypeDetails -eq 'RoomMailbox' -and -not (Name -like 'HQ*')"), hq1));
        QVERIFY(org.scopeMatches(
            QStringLiteral("Alias -eq 'nope' -or PrimarySmtpAddress -eq \"room-hq-01@contoso.lab\""), hq1));
        QVERIFY(org.scopeMatches(QStringLiteral("HiddenFromAddressListsEnabled -eq $false"), hq1));
        QVERIFY(OpathFilter::parse(QStringLiteral("Name -eq 'O''Brien'")).isValid());
        QVERIFY(!OpathFilter::parse(QStringLiteral("Name -eq 'O'Brien'")).isValid());
        QVERIFY(!OpathFilter::parse(QStringLiteral("Name -eq")).isValid());
        QVERIFY(!OpathFilter::parse(QStringLiteral("(Name -eq 'x'")).isValid());
        QVERIFY(OpathFilter::parse(QStringLiteral("Name -eq 'x'")).properties() ==
                QStringList{QStringLiteral("Name")});
    }

    void groupManagersOnly()
    {
        LabOrg org = LabOrg::defaultOrg(now);
        LabCmdlets shell(org);
        for (const char* cmd : {"Add-DistributionGroupMember", "Remove-DistributionGroupMember"}) {
            const CmdletResult r = run(shell, org, QLatin1String(cmd),
                                       {{QStringLiteral("Identity"), QStringLiteral("All Staff")},
                                        {QStringLiteral("Member"), QStringLiteral("alice@contoso.lab")}});
            QVERIFY(fqid(r).contains(
                QLatin1String("[FailureCategory=Cmdlet-OperationRequiresGroupManagerException]")));
            QCOMPARE(r.errors.first().message,
                     QStringLiteral(
                         "You don't have sufficient permissions. This operation can only be performed by a "
                         "manager of the group."));
        }
        QVERIFY(!run(shell, org, QStringLiteral("Update-DistributionGroupMember"),
                     {{QStringLiteral("Identity"), QStringLiteral("All Staff")},
                      {QStringLiteral("Members"), QJsonArray()}})
                     .ok());
        QVERIFY(!run(shell, org, QStringLiteral("Remove-DistributionGroup"),
                     {{QStringLiteral("Identity"), QStringLiteral("All Staff")}})
                     .ok());
        QVERIFY(run(shell, org, QStringLiteral("Remove-DistributionGroupMember"),
                    {{QStringLiteral("Identity"), QStringLiteral("All Staff")},
                     {QStringLiteral("Member"), QStringLiteral("alice@contoso.lab")},
                     {QStringLiteral("BypassSecurityGroupManagerCheck"), true}})
                    .ok());
        QVERIFY(!org.findGroup(QStringLiteral("All Staff"))
                     ->members.contains(QStringLiteral("alice@contoso.lab")));
        // The owner of HQ Rooms (exadmin) needs no bypass; a recipient admin does.
        QVERIFY(run(shell, org, QStringLiteral("Add-DistributionGroupMember"),
                    {{QStringLiteral("Identity"), QStringLiteral("HQ Rooms")},
                     {QStringLiteral("Member"), QStringLiteral("room-hq-15")}})
                    .ok());
        QVERIFY(!run(shell, org, QStringLiteral("Add-DistributionGroupMember"),
                     {{QStringLiteral("Identity"), QStringLiteral("HQ Rooms")},
                      {QStringLiteral("Member"), QStringLiteral("room-hq-16")}},
                     QStringLiteral("rcpadmin@contoso.lab"))
                     .ok());
        // A new member counts for MemberOfGroup scopes only after the RBAC delay.
        const QString filter = QStringLiteral("MemberOfGroup -eq 'CN=HQ Rooms,OU=Groups,DC=contoso,DC=lab'");
        QVERIFY(!org.scopeMatches(filter, *org.find(QStringLiteral("room-hq-15@contoso.lab")), now, 60));
        QVERIFY(org.scopeMatches(filter, *org.find(QStringLiteral("room-hq-15@contoso.lab")), now.addSecs(61),
                                 60));
    }

    void globalThrottlingPolicy()
    {
        LabOrg org = LabOrg::defaultOrg(now);
        LabCmdlets shell(org);
        const CmdletResult r = run(shell, org, QStringLiteral("Get-ThrottlingPolicy"), {});
        QCOMPARE(r.objects.size(), 1);
        const QJsonObject p = r.objects.first().toObject();
        QCOMPARE(p.value(QLatin1String("ThrottlingPolicyScope")).toString(), QStringLiteral("Global"));
        QVERIFY(QRegularExpression(QStringLiteral("^GlobalThrottlingPolicy_[0-9a-f-]{36}$"))
                    .match(p.value(QLatin1String("Name")).toString())
                    .hasMatch());
        QCOMPARE(p.value(QLatin1String("EwsMaxConcurrency")).toString(), QStringLiteral("27"));
        QVERIFY(run(shell, org, QStringLiteral("Get-ThrottlingPolicy"),
                    {{QStringLiteral("Identity"), p.value(QLatin1String("Name"))}})
                    .ok());
        QVERIFY(!run(shell, org, QStringLiteral("Get-ThrottlingPolicy"),
                     {{QStringLiteral("Identity"), QStringLiteral("GlobalThrottlingPolicy")}})
                     .ok());
    }

    void resultSizeAndWarnings()
    {
        LabOrg org = LabOrg::generated(1100, now);
        LabCmdlets shell(org);
        CmdletResult r = run(shell, org, QStringLiteral("Get-Mailbox"),
                             {{QStringLiteral("RecipientTypeDetails"), QStringLiteral("RoomMailbox")}});
        QCOMPARE(r.objects.size(), 1000);
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings.first().startsWith(
            QLatin1String("By default, only the first 1000 items are returned.")));
        r = run(shell, org, QStringLiteral("Get-Mailbox"),
                {{QStringLiteral("RecipientTypeDetails"), QStringLiteral("RoomMailbox")},
                 {QStringLiteral("ResultSize"), QStringLiteral("Unlimited")}});
        QCOMPARE(r.objects.size(), 1100);
        QVERIFY(r.warnings.isEmpty());
        r = run(shell, org, QStringLiteral("Get-Mailbox"), {{QStringLiteral("ResultSize"), 5}});
        QCOMPARE(r.objects.size(), 5);
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(!run(shell, org, QStringLiteral("Get-Mailbox"),
                     {{QStringLiteral("ResultSize"), QStringLiteral("lots")}})
                     .ok());
        QVERIFY(!run(shell, org, QStringLiteral("Get-Mailbox"),
                     {{QStringLiteral("RecipientTypeDetails"), QStringLiteral("Rooms")}})
                     .ok());
        r = run(shell, org, QStringLiteral("Get-Mailbox"),
                {{QStringLiteral("Filter"),
                  QStringLiteral("RecipientTypeDetails -eq 'RoomMailbox' -and Name -like 'Branch Room 00*'")},
                 {QStringLiteral("ResultSize"), QStringLiteral("Unlimited")}});
        QCOMPARE(r.objects.size(), 9);
        r = run(shell, org, QStringLiteral("Get-Mailbox"),
                {{QStringLiteral("Filter"), QStringLiteral("garbage")}});
        QCOMPARE(
            fqid(r),
            QStringLiteral("ParameterBindingFailed,Microsoft.Exchange.Management.RecipientTasks.GetMailbox"));
    }
};

QTEST_GUILESS_MAIN(TestLabCmdlets)
#include "tst_lab_cmdlets.moc"
