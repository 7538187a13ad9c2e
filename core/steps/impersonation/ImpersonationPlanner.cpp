#include "core/steps/impersonation/ImpersonationPlanner.h"

#include "core/steps/Inspected.h"
#include "core/steps/impersonation/ImpersonationDiagnosis.h"
#include "core/steps/prerequisites/RoomDirectory.h"
#include "core/steps/serviceaccount/ServiceAccountPlanner.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace otj {
namespace {

using namespace otj::impersonation;
using plan::DerivedValue;
using plan::DesiredChange;
using plan::Expectation;
using plan::Match;
using plan::Operation;
using plan::PlanNote;
using shell::ShellCommand;
using shell::ShellValue;

const QString kRole = QStringLiteral("ApplicationImpersonation");

ShellCommand identityRead(const char* cmdlet, const QString& identity)
{
    return ShellCommand(QString::fromLatin1(cmdlet)).set(QStringLiteral("Identity"), identity);
}

ShellCommand membersRead(const QString& group)
{
    return identityRead("Get-DistributionGroupMember", group)
        .set(QStringLiteral("ResultSize"), QStringLiteral("Unlimited"));
}

// The rooms the group must hold: the selected on-prem room mailboxes as inspection classified them;
// offline (nothing read), the profile's selection as it stands.
QStringList wantedMembers(const plan::PlanContext& context)
{
    if (context.state.has(QLatin1String(rooms::RoomsKey)))
        return rooms::selectedOnPremRooms(context);
    QStringList out;
    for (const QString& address : context.profile.rooms.selected)
        if (!address.trimmed().isEmpty() && !out.contains(address.trimmed().toLower()))
            out << address.trimmed().toLower();
    return out;
}

DesiredChange change(const char* key, Operation operation, const QString& target, const QString& summary)
{
    DesiredChange c;
    c.key = QString::fromLatin1(key);
    c.step = StepId::Impersonation;
    c.operation = operation;
    c.target = target;
    c.summary = summary;
    return c;
}

// The assignment with our name belongs to the service account (it is among the account's
// ApplicationImpersonation assignments).
bool assignmentIsOurs(const plan::ExchangeState& state, const QString& name)
{
    for (const QJsonObject& a : serviceaccount::regularAssignments(state))
        if (a.value(QLatin1String("Name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// The members as one object (MemberListKey) from the read's one object per member; returns the key.
QString memberList(plan::ExchangeState& state)
{
    const QString members = QLatin1String(MembersKey);
    const QString list = QLatin1String(MemberListKey);
    if (state.objects.contains(members)) {
        QJsonArray addresses;
        for (const QJsonObject& m : state.objects.value(members))
            addresses.append(m.value(QLatin1String("PrimarySmtpAddress")));
        state.objects.insert(list, {QJsonObject{{QStringLiteral("PrimarySmtpAddress"), addresses}}});
        state.errors.remove(list);
    } else if (state.errors.contains(members)) {
        state.errors.insert(list, state.errors.value(members));
        state.objects.remove(list);
    }
    return list;
}

class ImpersonationPlanner final : public plan::StepPlanner
{
public:
    ImpersonationPlanner() { reasons::add(impersonation::reasonTexts()); }
    StepId step() const override { return StepId::Impersonation; }

    QList<ShellCommand> reads(const plan::PlanContext& context, int round, QStringList* keys) const override
    {
        const SetupProfile& p = context.profile;
        QList<ShellCommand> commands;
        if (round == 0) {
            const QString group = p.rooms.distributionGroup;
            *keys = {QLatin1String(GroupKey), QLatin1String(MembersKey), QLatin1String(ScopeKey),
                     QLatin1String(ScopesKey), QLatin1String(AssignmentKey)};
            commands = {identityRead("Get-DistributionGroup", group), membersRead(group),
                        identityRead("Get-ManagementScope", p.impersonation.scopeName),
                        ShellCommand(QStringLiteral("Get-ManagementScope")),
                        identityRead("Get-ManagementRoleAssignment", p.impersonation.roleAssignmentName)};
            // Exchange's own answer for the rooms EWS refused (bounded: one command a room).
            for (const QString& room : context.options.impersonationFailures.mid(0, MaxDiagnosedRooms)) {
                *keys << writableKey(room);
                commands << ShellCommand(QStringLiteral("Get-ManagementRoleAssignment"))
                                .set(QStringLiteral("Role"), kRole)
                                .set(QStringLiteral("WritableRecipient"), room.toLower())
                                .set(QStringLiteral("GetEffectiveUsers"), true);
            }
            return commands;
        }
        // Step 1 reads the account's assignments in round 0; without it, read them here.
        const QString upn = p.serviceAccount.upn.trimmed();
        if (round == 1 && !upn.isEmpty() &&
            !context.state.has(QLatin1String(serviceaccount::ImpersonationKey))) {
            *keys = {QLatin1String(serviceaccount::ImpersonationKey)};
            commands << serviceaccount::impersonationAssignmentsRead(upn);
        }
        return commands;
    }

    QList<DesiredChange> desiredChanges(const plan::PlanContext& context) const override
    {
        const SetupProfile& p = context.profile;
        const plan::ExchangeState& state = context.state;
        const QString group = p.rooms.distributionGroup;
        const QString scopeName = p.impersonation.scopeName;
        const QString assignmentName = p.impersonation.roleAssignmentName;
        const QString upn = p.serviceAccount.upn.trimmed();
        const QStringList members = wantedMembers(context);
        QList<DesiredChange> changes;

        DesiredChange g = change("step2.group", Operation::Create, group,
                                 QCoreApplication::translate("otj::ImpersonationStep",
                                                             "Create the distribution group %1 for the rooms")
                                     .arg(group));
        g.read = identityRead("Get-DistributionGroup", group);
        g.stateKey = QLatin1String(GroupKey);
        g.write = ShellCommand(QStringLiteral("New-DistributionGroup"))
                      .set(QStringLiteral("Name"), group)
                      .set(QStringLiteral("Alias"), inspected::exchangeAlias(group));
        if (!members.isEmpty()) // members at creation: one call instead of two
            g.write.set(QStringLiteral("Members"), ShellValue::strings(members));
        g.expectations << Expectation{QStringLiteral("Name"), {}, group, Match::EqualIgnoringCase, {}};
        g.reinspectAfter = true; // the scope's filter needs its DN
        changes << g;

        if (!members.isEmpty()) {
            DesiredChange m =
                change("step2.group-members", Operation::Update, group,
                       QCoreApplication::translate("otj::ImpersonationStep",
                                                   "Make the %n selected room(s) the only members of %1",
                                                   nullptr, int(members.size()))
                           .arg(group));
            m.read = membersRead(group);
            m.stateKey = memberList(context.state);
            m.write = ShellCommand(QStringLiteral("Update-DistributionGroupMember"))
                          .set(QStringLiteral("Identity"), group)
                          .set(QStringLiteral("Members"), ShellValue::strings(members))
                          .set(QStringLiteral("BypassSecurityGroupManagerCheck"), true)
                          .set(QStringLiteral("Confirm"), false);
            m.fixedParameters = {QStringLiteral("Identity"),
                                 QStringLiteral("BypassSecurityGroupManagerCheck"),
                                 QStringLiteral("Confirm")};
            m.expectations << Expectation{QStringLiteral("PrimarySmtpAddress"),
                                          QStringLiteral("Members"),
                                          ShellValue::strings(members),
                                          Match::SameSet,
                                          {}};
            changes << m;
        }

        // Hidden: the group only exists for the RBAC scope; users should not see or mail it.
        DesiredChange h =
            change("step2.group-hidden", Operation::Update, group,
                   QCoreApplication::translate("otj::plan", "Hide %1 from the address lists").arg(group));
        h.read = g.read;
        h.stateKey = g.stateKey;
        h.write = ShellCommand(QStringLiteral("Set-DistributionGroup"))
                      .set(QStringLiteral("Identity"), group)
                      .set(QStringLiteral("HiddenFromAddressListsEnabled"), true)
                      .set(QStringLiteral("BypassSecurityGroupManagerCheck"), true);
        h.fixedParameters = {QStringLiteral("Identity"), QStringLiteral("BypassSecurityGroupManagerCheck")};
        h.expectations << Expectation{
            QStringLiteral("HiddenFromAddressListsEnabled"), {}, true, Match::Equal, {}};
        changes << h;

        // The scope's filter names the group's DN: known once the group exists, else resolved at apply.
        const DerivedValue dn{g.read, QStringLiteral("DistinguishedName"),
                              QStringLiteral("MemberOfGroup -eq '%1'")};
        ShellValue filter;
        if (const std::optional<QJsonObject> groupObject = inspected::first(state, QLatin1String(GroupKey)))
            filter = memberOfGroupFilter(groupObject->value(QLatin1String("DistinguishedName")).toString());
        const bool scopeExists = inspected::first(state, QLatin1String(ScopeKey)).has_value();
        DesiredChange s = change(
            "step2.scope", scopeExists ? Operation::Update : Operation::Create, scopeName,
            scopeExists ? QCoreApplication::translate("otj::ImpersonationStep",
                                                      "Limit the management scope %1 to the members of %2")
                              .arg(scopeName, group)
                        : QCoreApplication::translate("otj::ImpersonationStep",
                                                      "Create the management scope %1 over the members of %2")
                              .arg(scopeName, group));
        s.read = identityRead("Get-ManagementScope", scopeName);
        s.stateKey = QLatin1String(ScopeKey);
        if (scopeExists) {
            s.write = ShellCommand(QStringLiteral("Set-ManagementScope"))
                          .set(QStringLiteral("Identity"), scopeName);
            s.fixedParameters = {QStringLiteral("Identity")};
        } else {
            s.write =
                ShellCommand(QStringLiteral("New-ManagementScope")).set(QStringLiteral("Name"), scopeName);
            s.reinspectAfter = true; // the assignment names it
        }
        s.write.set(QStringLiteral("RecipientRestrictionFilter"), filter);
        s.expectations << Expectation{QStringLiteral("RecipientFilter"),
                                      QStringLiteral("RecipientRestrictionFilter"), filter, Match::OpathEqual,
                                      dn};
        changes << s;

        const std::optional<QJsonObject> assignment = inspected::first(state, QLatin1String(AssignmentKey));
        if (assignment && !assignmentIsOurs(state, assignmentName))
            return changes; // someone else's: a note says so, nothing is changed
        DesiredChange a = change(
            "step2.assignment", assignment ? Operation::Update : Operation::Create, assignmentName,
            QCoreApplication::translate("otj::ImpersonationStep", "Let %1 impersonate the members of %2 (%3)")
                .arg(upn, group, assignmentName));
        a.read = identityRead("Get-ManagementRoleAssignment", assignmentName);
        a.stateKey = QLatin1String(AssignmentKey);
        if (assignment) {
            a.write = ShellCommand(QStringLiteral("Set-ManagementRoleAssignment"))
                          .set(QStringLiteral("Identity"), assignmentName)
                          .set(QStringLiteral("CustomRecipientWriteScope"), scopeName)
                          .set(QStringLiteral("Enabled"), true);
            a.fixedParameters = {QStringLiteral("Identity")};
            a.expectations << Expectation{QStringLiteral("Enabled"), {}, true, Match::Equal, {}};
        } else {
            a.write = ShellCommand(QStringLiteral("New-ManagementRoleAssignment"))
                          .set(QStringLiteral("Name"), assignmentName)
                          .set(QStringLiteral("Role"), kRole)
                          .set(QStringLiteral("User"), upn)
                          .set(QStringLiteral("CustomRecipientWriteScope"), scopeName);
        }
        a.expectations.prepend(Expectation{
            QStringLiteral("CustomRecipientWriteScope"), {}, scopeName, Match::EqualIgnoringCase, {}});
        changes << a;
        return changes;
    }

    QList<PlanNote> notes(const plan::PlanContext& context) const override
    {
        const SetupProfile& p = context.profile;
        const plan::ExchangeState& state = context.state;
        QList<PlanNote> notes;
        const QString upn = p.serviceAccount.upn.trimmed();
        for (const QJsonObject& a : serviceaccount::regularAssignments(state))
            if (serviceaccount::isUnscoped(a))
                notes << PlanNote{QLatin1String(UnscopedCheck),
                                  {},
                                  {CheckStatus::Warning,
                                   "step2.unscoped",
                                   {a.value(QLatin1String("Name")).toString(), upn}}};
        if (const std::optional<QJsonObject> assignment =
                inspected::first(state, QLatin1String(AssignmentKey));
            assignment && !assignmentIsOurs(state, p.impersonation.roleAssignmentName))
            notes << PlanNote{QLatin1String(AssignmentCheck),
                              {},
                              {CheckStatus::Failed,
                               "step2.assignment-taken",
                               {p.impersonation.roleAssignmentName,
                                assignment->value(QLatin1String("RoleAssignee")).toString(),
                                assignment->value(QLatin1String("Role")).toString()}}};
        for (const QJsonObject& scope : state.objects.value(QLatin1String(ScopesKey))) {
            if (!scope.value(QLatin1String("Exclusive")).toBool())
                continue;
            const QString name = scope.value(QLatin1String("Name")).toString();
            if (name.compare(p.impersonation.scopeName, Qt::CaseInsensitive) == 0)
                notes << PlanNote{QLatin1String(AssignmentCheck),
                                  {},
                                  {CheckStatus::Warning, "step2.exclusive-own", {name}}};
            else
                notes << PlanNote{QLatin1String(AssignmentCheck),
                                  {},
                                  {CheckStatus::Warning,
                                   "step2.exclusive-other",
                                   {name, scope.value(QLatin1String("RecipientFilter")).toString()}}};
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString& room : context.options.impersonationFailures.mid(0, MaxDiagnosedRooms))
            if (const std::optional<Verdict> why = explainRefusal(p, state, room, now))
                notes << PlanNote{QLatin1String(ImpersonationCheck), room.toLower(), *why};
        return notes;
    }
};

} // namespace

std::unique_ptr<plan::StepPlanner> makeImpersonationPlanner()
{
    return std::make_unique<ImpersonationPlanner>();
}

} // namespace otj
