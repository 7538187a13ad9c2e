#include "core/steps/impersonation/ImpersonationDiagnosis.h"

#include "core/steps/Inspected.h"

#include <QJsonArray>

namespace otj::impersonation {

namespace {

const char* const kCtx = "otj::ImpersonationStep";
const char* const kApplyFix =
    QT_TRANSLATE_NOOP("otj::ImpersonationStep", "Apply step 2 (otjctl apply, or the wizard's step).");
const char* const kWaitFix =
    QT_TRANSLATE_NOOP("otj::ImpersonationStep",
                      "Wait up to an hour, then validate again (otjctl apply re-checks with a back-off).");
const ReasonText kReasons[] = {
    {"step2.assignment-taken", kCtx,
     QT_TRANSLATE_NOOP("otj::ImpersonationStep",
                       "A role assignment named %1 already exists for %2 with the role %3; it cannot be "
                       "turned into the One-Touch Join assignment."),
     QT_TRANSLATE_NOOP("otj::ImpersonationStep",
                       "Choose another role assignment name in the profile, or remove that assignment.")},
    {"step2.unscoped", kCtx,
     QT_TRANSLATE_NOOP("otj::ImpersonationStep",
                       "The role assignment %1 lets %2 impersonate every mailbox in the organisation (it has "
                       "no management scope)."),
     QT_TRANSLATE_NOOP("otj::ImpersonationStep",
                       "Once the scoped assignment works, remove it: Remove-ManagementRoleAssignment '%1'.")},
    {"step2.exclusive-own", kCtx,
     QT_TRANSLATE_NOOP("otj::ImpersonationStep",
                       "The management scope %1 is exclusive: only assignments that use it may change the "
                       "rooms it selects, so every other administrator has lost write access to them."),
     QT_TRANSLATE_NOOP("otj::ImpersonationStep",
                       "Use a regular scope: remove the scope's assignments and the scope, then apply step 2 "
                       "again (it creates a scope without -Exclusive).")},
    {"step2.exclusive-other", kCtx,
     QT_TRANSLATE_NOOP("otj::ImpersonationStep",
                       "The exclusive management scope %1 (%2) may select One-Touch Join rooms: then only "
                       "assignments that use it may act on them, and the service account is refused."),
     QT_TRANSLATE_NOOP("otj::ImpersonationStep",
                       "Check the scope's filter and keep the One-Touch Join rooms out of it.")},
    {"step2.why-no-group", kCtx,
     QT_TRANSLATE_NOOP("otj::ImpersonationStep",
                       "%1 cannot be impersonated: the rooms group %2 does not exist."),
     kApplyFix},
    {"step2.why-not-in-group", kCtx,
     QT_TRANSLATE_NOOP("otj::ImpersonationStep",
                       "%1 cannot be impersonated: it is not a member of the rooms group %2."),
     kApplyFix},
    {"step2.why-filter-mismatch", kCtx,
     QT_TRANSLATE_NOOP("otj::ImpersonationStep",
                       "%1 cannot be impersonated: the management scope %2 does not select the rooms group "
                       "(filter: %3)."),
     kApplyFix},
    {"step2.why-no-assignment", kCtx,
     QT_TRANSLATE_NOOP("otj::ImpersonationStep",
                       "%1 cannot be impersonated: there is no enabled ApplicationImpersonation assignment "
                       "%2 with the scope %3."),
     kApplyFix},
    {"step2.why-too-new", kCtx,
     QT_TRANSLATE_NOOP("otj::ImpersonationStep",
                       "%1 is not impersonable yet: the assignment %2 was made at %3, and EWS sees role "
                       "assignments only after Active Directory replication and its RBAC cache (up to an "
                       "hour)."),
     kWaitFix},
    {"step2.why-not-replicated", kCtx,
     QT_TRANSLATE_NOOP("otj::ImpersonationStep",
                       "%1 is in the group, the scope selects it and Exchange says the assignment %2 covers "
                       "it, yet EWS refuses: a recent change of the group or the scope has not reached EWS "
                       "yet (Active Directory replication and the RBAC cache, up to an hour)."),
     kWaitFix},
};

QString lower(const QJsonValue& v)
{
    return v.toString().toLower();
}

// The filter names the group: MemberOfGroup with the group's DN as its value. A comparison for
// explaining a refusal, not the plan's compare (Match::OpathEqual decides the change).
bool filterNamesGroup(const QString& filter, const QString& dn)
{
    QString unquoted = filter;
    unquoted.replace(QStringLiteral("''"), QStringLiteral("'"));
    return unquoted.contains(QLatin1String("MemberOfGroup"), Qt::CaseInsensitive) &&
           unquoted.contains(dn, Qt::CaseInsensitive);
}

} // namespace

QString writableKey(const QString& room)
{
    return QStringLiteral("impersonation/writable/") + room.toLower();
}

QString memberOfGroupFilter(const QString& groupDn)
{
    QString value = groupDn;
    value.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("MemberOfGroup -eq '%1'").arg(value);
}

QStringList groupMembers(const plan::ExchangeState& state)
{
    QStringList out;
    for (const QJsonObject& m : state.objects.value(QLatin1String(MembersKey)))
        out << lower(m.value(QLatin1String("PrimarySmtpAddress")));
    out.removeAll(QString());
    return out;
}

std::optional<Verdict> explainRefusal(const SetupProfile& profile, const plan::ExchangeState& state,
                                      const QString& room, const QDateTime& now)
{
    const QString address = room.toLower();
    const QString groupName = profile.rooms.distributionGroup;
    const QString scopeName = profile.impersonation.scopeName;
    const QString assignmentName = profile.impersonation.roleAssignmentName;
    if (!inspected::wasRead(state, QLatin1String(GroupKey)))
        return std::nullopt;
    const std::optional<QJsonObject> group = inspected::first(state, QLatin1String(GroupKey));
    if (!group)
        return Verdict{CheckStatus::Failed, "step2.why-no-group", {address, groupName}};
    if (inspected::wasRead(state, QLatin1String(MembersKey)) && !groupMembers(state).contains(address))
        return Verdict{CheckStatus::Failed, "step2.why-not-in-group", {address, groupName}};
    const std::optional<QJsonObject> scope = inspected::first(state, QLatin1String(ScopeKey));
    const QString filter = scope ? scope->value(QLatin1String("RecipientFilter")).toString() : QString();
    const QString dn = group->value(QLatin1String("DistinguishedName")).toString();
    if (!scope || !filterNamesGroup(filter, dn))
        return Verdict{CheckStatus::Failed,
                       "step2.why-filter-mismatch",
                       {address, scopeName, filter.isEmpty() ? QStringLiteral("-") : filter}};
    const std::optional<QJsonObject> assignment = inspected::first(state, QLatin1String(AssignmentKey));
    const bool usable = assignment && assignment->value(QLatin1String("Enabled")).toBool(true) &&
                        assignment->value(QLatin1String("CustomRecipientWriteScope"))
                                .toString()
                                .compare(scopeName, Qt::CaseInsensitive) == 0;
    if (!usable)
        return Verdict{CheckStatus::Failed, "step2.why-no-assignment", {address, assignmentName, scopeName}};
    // Exchange's own evaluation of the scope, when it was asked: no assignment of ours writes the room.
    const QString writable = writableKey(address);
    if (inspected::wasRead(state, writable) && !inspected::failed(state, writable)) {
        bool granted = false;
        for (const QJsonObject& a : state.objects.value(writable))
            granted =
                granted ||
                a.value(QLatin1String("Name")).toString().compare(assignmentName, Qt::CaseInsensitive) == 0;
        if (!granted)
            return Verdict{CheckStatus::Failed, "step2.why-filter-mismatch", {address, scopeName, filter}};
    }
    const QDateTime created = QDateTime::fromString(
        assignment->value(QLatin1String("WhenCreatedUTC")).toString(), Qt::ISODateWithMs);
    if (created.isValid() && created.secsTo(now) < SettleMinutes * 60)
        return Verdict{CheckStatus::Pending,
                       "step2.why-too-new",
                       {address, assignmentName, created.toUTC().toString(Qt::ISODate)}};
    return Verdict{CheckStatus::Pending, "step2.why-not-replicated", {address, assignmentName}};
}

std::span<const ReasonText> reasonTexts()
{
    return kReasons;
}

} // namespace otj::impersonation
