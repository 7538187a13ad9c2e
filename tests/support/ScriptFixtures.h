// Hand-made desired changes shaped like the step planners' offline changes (steps 1-4), for the
// exported-script tests until the planners' ExchangeInspector::offlineDesiredChanges() is on the
// branch: service account New-Mailbox with a secret, group / members / hidden, scope whose filter is
// a DerivedValue of the group's DN, the role assignment, an authentication policy and its
// assignment, Basic on every EWS virtual directory (forEachIdentityProperty), calendar processing
// per room. Names are parameters so the tests can make them hostile.
#pragma once

#include "core/plan/DesiredChange.h"

#include <QStringList>

namespace otj::test {

struct ScriptNames
{
    QString accountUpn = QStringLiteral("svc-otj-new@contoso.lab");
    QString accountName = QStringLiteral("OTJ Service New");
    QString group = QStringLiteral("OTJ Rooms");
    QString groupAlias = QStringLiteral("otjrooms");
    QString scope = QStringLiteral("OTJ Rooms Scope");
    QString assignment = QStringLiteral("OTJ Impersonation");
    QString policy = QStringLiteral("OTJ Allow Basic");
    QStringList rooms{QStringLiteral("room-hq-03@contoso.lab"), QStringLiteral("room-hq-04@contoso.lab"),
                      QStringLiteral("room-hq-05@contoso.lab")};
    QStringList groupMembers; // empty: `rooms`
    QString secretValue;      // a value some planner might carry in the secret parameter
};

inline QList<plan::DesiredChange> sampleSetupChanges(const ScriptNames& n = {})
{
    using plan::DesiredChange;
    using plan::Expectation;
    using plan::Match;
    using plan::Operation;
    using shell::ShellCommand;
    using shell::ShellValue;
    const QString identity = QStringLiteral("Identity");
    QList<DesiredChange> changes;

    DesiredChange account;
    account.key = QStringLiteral("step1.account");
    account.step = StepId::ServiceAccount;
    account.operation = Operation::Create;
    account.target = n.accountUpn;
    account.summary = QStringLiteral("Create the OTJ service account's mailbox");
    account.read = ShellCommand(QStringLiteral("Get-Mailbox")).set(identity, n.accountUpn);
    account.write = ShellCommand(QStringLiteral("New-Mailbox"))
                        .set(QStringLiteral("Name"), n.accountName)
                        .set(QStringLiteral("UserPrincipalName"), n.accountUpn)
                        .set(QStringLiteral("PrimarySmtpAddress"), n.accountUpn)
                        .set(QStringLiteral("ResetPasswordOnNextLogon"), false);
    if (!n.secretValue.isEmpty())
        account.write.set(QStringLiteral("Password"), ShellValue::secureString(n.secretValue));
    account.secretParameter = QStringLiteral("Password");
    account.expectations = {Expectation{
        QStringLiteral("UserPrincipalName"), {}, n.accountUpn, Match::EqualIgnoringCase, std::nullopt}};
    account.reinspectAfter = true;
    changes << account;

    DesiredChange hidden;
    hidden.key = QStringLiteral("step1.account-hidden");
    hidden.step = StepId::ServiceAccount;
    hidden.target = n.accountUpn;
    hidden.summary = QStringLiteral("Hide the service account from address lists");
    hidden.read = account.read;
    hidden.write = ShellCommand(QStringLiteral("Set-Mailbox")).set(identity, n.accountUpn);
    hidden.fixedParameters = {identity};
    hidden.expectations = {
        Expectation{QStringLiteral("HiddenFromAddressListsEnabled"), {}, true, Match::Equal, std::nullopt}};
    hidden.write.set(QStringLiteral("HiddenFromAddressListsEnabled"), true);
    changes << hidden;

    DesiredChange group;
    group.key = QStringLiteral("step2.group");
    group.step = StepId::Impersonation;
    group.operation = Operation::Create;
    group.target = n.group;
    group.summary = QStringLiteral("Create the distribution group of the OTJ rooms");
    group.read = ShellCommand(QStringLiteral("Get-DistributionGroup")).set(identity, n.group);
    group.write = ShellCommand(QStringLiteral("New-DistributionGroup"))
                      .set(QStringLiteral("Name"), n.group)
                      .set(QStringLiteral("Alias"), n.groupAlias);
    group.expectations = {
        Expectation{QStringLiteral("Name"), {}, n.group, Match::EqualIgnoringCase, std::nullopt}};
    group.reinspectAfter = true;
    changes << group;

    DesiredChange members;
    members.key = QStringLiteral("step2.group-members");
    members.step = StepId::Impersonation;
    members.target = n.group;
    members.summary = QStringLiteral("Exactly the selected rooms in the group");
    members.read = ShellCommand(QStringLiteral("Get-DistributionGroupMember")).set(identity, n.group);
    const QStringList wantedMembers = n.groupMembers.isEmpty() ? n.rooms : n.groupMembers;
    members.write = ShellCommand(QStringLiteral("Update-DistributionGroupMember"))
                        .set(identity, n.group)
                        .set(QStringLiteral("Members"), ShellValue::strings(wantedMembers))
                        .set(QStringLiteral("BypassSecurityGroupManagerCheck"), true)
                        .set(QStringLiteral("Confirm"), false);
    members.fixedParameters = {identity, QStringLiteral("BypassSecurityGroupManagerCheck"),
                               QStringLiteral("Confirm")};
    members.expectations = {Expectation{QStringLiteral("PrimarySmtpAddress"), QStringLiteral("Members"),
                                        ShellValue::strings(wantedMembers), Match::SameSet, std::nullopt}};
    changes << members;

    DesiredChange groupHidden;
    groupHidden.key = QStringLiteral("step2.group-hidden");
    groupHidden.step = StepId::Impersonation;
    groupHidden.target = n.group;
    groupHidden.summary = QStringLiteral("Hide the group from address lists");
    groupHidden.read = group.read;
    groupHidden.write = ShellCommand(QStringLiteral("Set-DistributionGroup"))
                            .set(identity, n.group)
                            .set(QStringLiteral("HiddenFromAddressListsEnabled"), true)
                            .set(QStringLiteral("BypassSecurityGroupManagerCheck"), true);
    groupHidden.fixedParameters = {identity, QStringLiteral("BypassSecurityGroupManagerCheck")};
    groupHidden.expectations = {
        Expectation{QStringLiteral("HiddenFromAddressListsEnabled"), {}, true, Match::Equal, std::nullopt}};
    changes << groupHidden;

    DesiredChange scope;
    scope.key = QStringLiteral("step2.scope");
    scope.step = StepId::Impersonation;
    scope.operation = Operation::Create;
    scope.target = n.scope;
    scope.summary = QStringLiteral("Management scope: members of the group");
    scope.read = ShellCommand(QStringLiteral("Get-ManagementScope")).set(identity, n.scope);
    scope.write = ShellCommand(QStringLiteral("New-ManagementScope"))
                      .set(QStringLiteral("Name"), n.scope)
                      .set(QStringLiteral("RecipientRestrictionFilter"), ShellValue());
    // Get-ManagementScope shows the filter as RecipientFilter; New-/Set- take RecipientRestrictionFilter.
    scope.expectations = {Expectation{
        QStringLiteral("RecipientFilter"),
        QStringLiteral("RecipientRestrictionFilter"),
        {},
        Match::OpathEqual,
        plan::DerivedValue{ShellCommand(QStringLiteral("Get-DistributionGroup")).set(identity, n.group),
                           QStringLiteral("DistinguishedName"), QStringLiteral("MemberOfGroup -eq '%1'")}}};
    scope.reinspectAfter = true;
    changes << scope;

    DesiredChange assignment;
    assignment.key = QStringLiteral("step2.assignment");
    assignment.step = StepId::Impersonation;
    assignment.operation = Operation::Create;
    assignment.target = n.assignment;
    assignment.summary =
        QStringLiteral("ApplicationImpersonation for the service account, scoped to the rooms");
    assignment.read =
        ShellCommand(QStringLiteral("Get-ManagementRoleAssignment")).set(identity, n.assignment);
    assignment.write = ShellCommand(QStringLiteral("New-ManagementRoleAssignment"))
                           .set(QStringLiteral("Name"), n.assignment)
                           .set(QStringLiteral("Role"), QStringLiteral("ApplicationImpersonation"))
                           .set(QStringLiteral("User"), n.accountUpn)
                           .set(QStringLiteral("CustomRecipientWriteScope"), n.scope);
    assignment.expectations = {Expectation{
        QStringLiteral("CustomRecipientWriteScope"), {}, n.scope, Match::EqualIgnoringCase, std::nullopt}};
    changes << assignment;

    DesiredChange policy;
    policy.key = QStringLiteral("step3.auth-policy");
    policy.step = StepId::Authentication;
    policy.operation = Operation::Create;
    policy.target = n.policy;
    policy.summary = QStringLiteral("An authentication policy that allows Basic for EWS");
    policy.read = ShellCommand(QStringLiteral("Get-AuthenticationPolicy")).set(identity, n.policy);
    policy.write =
        ShellCommand(QStringLiteral("New-AuthenticationPolicy")).set(QStringLiteral("Name"), n.policy);
    policy.expectations = {
        Expectation{QStringLiteral("BlockLegacyAuthWebServices"), {}, false, Match::Equal, std::nullopt}};
    changes << policy;

    DesiredChange policyAssignment;
    policyAssignment.key = QStringLiteral("step3.auth-policy-assignment");
    policyAssignment.step = StepId::Authentication;
    policyAssignment.target = n.accountUpn;
    policyAssignment.summary = QStringLiteral("Assign the policy to the service account");
    policyAssignment.read = ShellCommand(QStringLiteral("Get-User")).set(identity, n.accountUpn);
    policyAssignment.write = ShellCommand(QStringLiteral("Set-User"))
                                 .set(identity, n.accountUpn)
                                 .set(QStringLiteral("AuthenticationPolicy"), n.policy);
    policyAssignment.fixedParameters = {identity};
    policyAssignment.expectations = {Expectation{
        QStringLiteral("AuthenticationPolicy"), {}, n.policy, Match::EqualIgnoringCase, std::nullopt}};
    changes << policyAssignment;

    DesiredChange ews;
    ews.key = QStringLiteral("step3.ews-basic");
    ews.step = StepId::Authentication;
    ews.target = QStringLiteral("EWS virtual directory of every Mailbox server");
    ews.summary = QStringLiteral("Basic authentication on EWS (organisation-wide exposure)");
    ews.read = ShellCommand(QStringLiteral("Get-WebServicesVirtualDirectory"))
                   .set(QStringLiteral("ADPropertiesOnly"), true);
    ews.forEachIdentityProperty = identity;
    ews.write = ShellCommand(QStringLiteral("Set-WebServicesVirtualDirectory"))
                    .set(identity, QString())
                    .set(QStringLiteral("BasicAuthentication"), true);
    ews.fixedParameters = {identity};
    ews.expectations = {
        Expectation{QStringLiteral("BasicAuthentication"), {}, true, Match::Equal, std::nullopt}};
    changes << ews;

    for (const QString& room : n.rooms) {
        DesiredChange calendar;
        calendar.key = QStringLiteral("step4.calendar/") + room;
        calendar.step = StepId::CalendarProcessing;
        calendar.target = room;
        calendar.summary = QStringLiteral("Keep subject, body and organizer in %1's invitations").arg(room);
        calendar.read = ShellCommand(QStringLiteral("Get-CalendarProcessing")).set(identity, room);
        calendar.write = ShellCommand(QStringLiteral("Set-CalendarProcessing")).set(identity, room);
        calendar.fixedParameters = {identity};
        calendar.expectations = {
            Expectation{QStringLiteral("AutomateProcessing"),
                        {},
                        QStringLiteral("AutoAccept"),
                        Match::EqualIgnoringCase,
                        std::nullopt},
            Expectation{QStringLiteral("DeleteComments"), {}, false, Match::Equal, std::nullopt},
            Expectation{QStringLiteral("DeleteSubject"), {}, false, Match::Equal, std::nullopt},
            Expectation{QStringLiteral("AddOrganizerToSubject"), {}, false, Match::Equal, std::nullopt},
            Expectation{QStringLiteral("RemovePrivateProperty"), {}, false, Match::Equal, std::nullopt},
        };
        for (const Expectation& e : calendar.expectations)
            calendar.write.set(e.parameterName(), e.value);
        changes << calendar;
    }
    return changes;
}

} // namespace otj::test
