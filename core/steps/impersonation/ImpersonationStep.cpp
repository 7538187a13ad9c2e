#include "core/steps/impersonation/ImpersonationStep.h"

#include "core/steps/Evidence.h"
#include "core/steps/Inspected.h"
#include "core/steps/calendarprocessing/CalendarProcessingStep.h"
#include "core/steps/impersonation/ImpersonationDiagnosis.h"
#include "core/validation/ValidationContext.h"

namespace otj {

using namespace otj::ews;

namespace {
const char* const kCtx = "otj::ImpersonationStep";
const char* const kAssignmentFix = QT_TRANSLATE_NOOP(
    "otj::ImpersonationStep",
    "Assign ApplicationImpersonation to the service account with -CustomRecipientWriteScope set to "
    "a scope over the OTJ rooms distribution group, and make the rooms members of that group. New "
    "assignments can take up to an hour to reach EWS.");
const ReasonText kReasons[] = {
    {"step2.outside-scope", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::ImpersonationStep",
         "The service account may not impersonate %1: the room is outside the impersonation scope (%2)."),
     QT_TRANSLATE_NOOP(
         "otj::ImpersonationStep",
         "Add %1 to the OTJ rooms distribution group. Role and group changes can take up to an hour to "
         "reach EWS.")},
    {"step2.not-granted", kCtx,
     QT_TRANSLATE_NOOP("otj::ImpersonationStep",
                       "The service account has no ApplicationImpersonation role assignment (%2)."),
     QT_TRANSLATE_NOOP("otj::ImpersonationStep",
                       "Create the scoped ApplicationImpersonation role assignment.")},
    {"step2.no-mailbox", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::ImpersonationStep",
         "%1 is not a mailbox on this Exchange organisation (a typo, not a mailbox, or a mailbox in "
         "Exchange Online)."),
     QT_TRANSLATE_NOOP("otj::ImpersonationStep",
                       "Check the room's primary SMTP address in the room selection.")},
    {"step2.invalid-address", kCtx,
     QT_TRANSLATE_NOOP("otj::ImpersonationStep", "%1 is not a valid address (%2)."),
     QT_TRANSLATE_NOOP("otj::ImpersonationStep", "Correct the address in the room selection.")},
    {"step2.access-denied", kCtx,
     QT_TRANSLATE_NOOP("otj::ImpersonationStep", "Access to %1's calendar is denied (%2)."),
     QT_TRANSLATE_NOOP("otj::ImpersonationStep", "Check the ApplicationImpersonation role assignment.")},
    {"step2.server-problem", kCtx, "%2",
     QT_TRANSLATE_NOOP("otj::ImpersonationStep",
                       "A server-side or transient problem; see the evidence, then re-run the validation.")},
    {"step2.not-checked-impersonation-failed", kCtx,
     QT_TRANSLATE_NOOP("otj::ImpersonationStep", "Not checked: impersonating %1 failed.")},
    {"step2.calendar-truncated", kCtx,
     QT_TRANSLATE_NOOP("otj::ImpersonationStep", "More than %1 items; only the first %1 were inspected.")},
    {"step2.no-scope-probe", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::ImpersonationStep",
         "No mailbox that is not an OTJ room is known to test with (give the Exchange admin account as "
         "user@domain).")},
    {"step2.over-broad", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::ImpersonationStep",
         "Over-broad permission: the service account can impersonate %1, which is not an OTJ room."),
     QT_TRANSLATE_NOOP(
         "otj::ImpersonationStep",
         "Limit the ApplicationImpersonation assignment with -CustomRecipientWriteScope set to the OTJ "
         "rooms scope.")},
    {"step2.scope-denied", kCtx,
     QT_TRANSLATE_NOOP("otj::ImpersonationStep", "Impersonating %1 (not a room) is denied.")},
    {"step2.scope-untested", kCtx, QT_TRANSLATE_NOOP("otj::ImpersonationStep", "Could not test with %1: %2")},
    {"step2.no-room-impersonable", kCtx,
     QT_TRANSLATE_NOOP("otj::ImpersonationStep",
                       "No room can be impersonated (%1 of %2 answered %3): the service account has no "
                       "ApplicationImpersonation assignment, or its scope contains none of the rooms."),
     kAssignmentFix},
    {"step2.no-room-impersonable-others", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::ImpersonationStep",
         "No room can be impersonated (%1 of %2 answered %3): the service account has no "
         "ApplicationImpersonation assignment, or its scope contains none of the rooms. %4 more failed "
         "for their own reasons."),
     kAssignmentFix},
    {"step2.scope-not-judged", kCtx,
     QT_TRANSLATE_NOOP("otj::ImpersonationStep",
                       "Not judged: the service account cannot impersonate any room either.")},
};

const QString kImp = QStringLiteral("step2.impersonation");
const QString kRead = QStringLiteral("step2.calendar-read");
const QString kScope = QStringLiteral("step2.scope");

// The content check follows the room's fate when its calendar cannot be read.
Verdict notCheckedBecause(const Verdict& failure, const Verdict& why)
{
    return {failure.status == CheckStatus::Cancelled ? CheckStatus::Cancelled : CheckStatus::Skipped,
            why.reason, why.args};
}
} // namespace

ImpersonationStep::ImpersonationStep(CalendarProcessingStep* content)
    : Step(kReasons)
    , m_content(content)
{
    reasons::add(impersonation::reasonTexts());
}

QList<CheckDeclaration> ImpersonationStep::declareChecks(const ValidationContext& context) const
{
    return {
        {kImp, tr("The service account can impersonate every OTJ room"), true},
        {kRead,
         tr("Room calendars are readable for the next %n day(s)", nullptr,
            context.options().calendarWindowDays),
         true},
        {kScope, tr("Impersonation is limited to the OTJ rooms")},
        {QLatin1String(impersonation::GroupCheck),
         tr("The OTJ rooms group holds exactly the selected rooms and is hidden"), false,
         powerShellVerdict(context, impersonation::GroupCheck,
                           {QStringLiteral("step2.group"), QStringLiteral("step2.group-members"),
                            QStringLiteral("step2.group-hidden")})},
        {QLatin1String(impersonation::AssignmentCheck),
         tr("The ApplicationImpersonation assignment is scoped to the OTJ rooms group"), false,
         powerShellVerdict(context, impersonation::AssignmentCheck,
                           {QStringLiteral("step2.scope"), QStringLiteral("step2.assignment")})},
        {QLatin1String(impersonation::UnscopedCheck),
         tr("The service account has no unscoped ApplicationImpersonation"), false,
         powerShellVerdict(context, impersonation::UnscopedCheck, {})},
    };
}

// PowerShell-side checks: judged from an Exchange inspection when the run has one.
Verdict ImpersonationStep::powerShellVerdict(const ValidationContext& context, const char* checkId,
                                             const QStringList& changePrefixes)
{
    const auto& inspection = context.options().inspection;
    if (!inspection)
        return {CheckStatus::Skipped, context.options().serviceAccountOnly ? "common.service-account-only"
                                                                           : "common.needs-powershell"};
    return inspected::checkVerdict(*inspection, StepId::Impersonation, QLatin1String(checkId),
                                   changePrefixes);
}

std::optional<Verdict> ImpersonationStep::refusalExplained(const ValidationContext& context,
                                                           const QString& room, const Verdict& refusal)
{
    const auto& inspection = context.options().inspection;
    if (!inspection || refusal.status != CheckStatus::Failed ||
        (QByteArrayView(refusal.reason) != QByteArrayView("step2.outside-scope") &&
         QByteArrayView(refusal.reason) != QByteArrayView("step2.not-granted")))
        return std::nullopt;
    // A note of the inspection that asked Exchange about this room (-WritableRecipient) wins.
    if (const plan::StepPlan* s = inspected::stepPlan(inspection->plan, StepId::Impersonation))
        for (const plan::PlanNote& note : s->notes)
            if (note.checkId == QLatin1String(impersonation::ImpersonationCheck) &&
                note.target.compare(room, Qt::CaseInsensitive) == 0)
                return note.verdict;
    const QDateTime now =
        context.options().now.isValid() ? context.options().now : QDateTime::currentDateTimeUtc();
    return impersonation::explainRefusal(context.profile(), inspection->state, room, now);
}

Verdict ImpersonationStep::impersonationVerdict(const EwsError& e, const QString& room)
{
    switch (e.category()) {
    case CodeCategory::ImpersonationNotAllowedForTarget:
        return {CheckStatus::Failed, "step2.outside-scope", {room, e.responseCode}};
    case CodeCategory::ImpersonationNotGranted:
        return {CheckStatus::Failed, "step2.not-granted", {room, e.responseCode}};
    case CodeCategory::NonExistentMailbox:
        return {CheckStatus::Failed, "step2.no-mailbox", {room}};
    case CodeCategory::InvalidAddress:
        return {CheckStatus::Failed, "step2.invalid-address", {room, e.responseCode}};
    case CodeCategory::AccessDenied:
        return {CheckStatus::Failed, "step2.access-denied", {room, e.responseCode}};
    default:
        break;
    }
    if (e.kind == ErrorKind::Cancelled)
        return {CheckStatus::Cancelled, "validation.cancelled"};
    return {CheckStatus::Failed, "step2.server-problem", {room, e.summary()}};
}

Verdict ImpersonationStep::scopeVerdict(const EwsError& e, const QString& probe)
{
    if (e.ok())
        return {CheckStatus::Warning, "step2.over-broad", {probe}};
    const CodeCategory cat = e.category();
    if (cat == CodeCategory::ImpersonationNotAllowedForTarget || cat == CodeCategory::ImpersonationNotGranted)
        return {CheckStatus::Passed, "step2.scope-denied", {probe}};
    if (e.kind == ErrorKind::Cancelled)
        return {CheckStatus::Cancelled, "validation.cancelled"};
    return {CheckStatus::Skipped, "step2.scope-untested", {probe, e.summary()}};
}

std::optional<Verdict> ImpersonationStep::wholeStepVerdict(const QStringList& roomCodes, QString* code)
{
    int denied = 0, other = 0;
    for (const QString& roomCode : roomCodes) {
        if (roomCode.isEmpty())
            return std::nullopt; // at least one room passed (or was not checked): per-room causes say it best
        if (roomCode == QLatin1String("ErrorImpersonateUserDenied") ||
            roomCode == QLatin1String("ErrorImpersonationDenied")) {
            ++denied;
            *code = roomCode;
        } else {
            ++other;
        }
    }
    if (denied < 2)
        return std::nullopt;
    const QStringList args{QString::number(denied), QString::number(roomCodes.size()), *code,
                           QString::number(other)};
    return Verdict{CheckStatus::Failed,
                   other > 0 ? "step2.no-room-impersonable-others" : "step2.no-room-impersonable", args};
}

void ImpersonationStep::runChecks(ValidationContext& context, Gate gate)
{
    if (gate != Gate::Mailboxes)
        return;
    const auto& imp = context.roomChecks(kImp);
    const auto& read = context.roomChecks(kRead);
    const auto& content = context.roomChecks(QStringLiteral("step4.content"));
    // prereq.p3 judges the meetings the content check reads: it makes them read on its own too.
    const bool safeLinks = context.check(QStringLiteral("prereq.p3")) >= 0;
    for (const QString& room : context.rooms()) {
        if (imp.contains(room) || read.contains(room) || content.contains(room) || safeLinks)
            runRoom(context, room);
    }
    runScope(context);
}

void ImpersonationStep::runRoom(ValidationContext& context, const QString& room)
{
    const RequestTarget target{Access::Impersonation, room};
    const int imp = context.roomChecks(kImp).value(room, -1);
    const int read = context.roomChecks(kRead).value(room, -1);
    const bool inspect = m_content && (context.roomChecks(QStringLiteral("step4.content")).contains(room) ||
                                       context.check(QStringLiteral("prereq.p3")) >= 0);
    context.beginWork();
    context.client->getCalendarFolder(
        target, context.callbacks(), [=, this, &context](const EwsResult<FolderInfo>& r) {
            if (context.cancelled())
                return;
            if (!r.ok()) {
                const Verdict refused = impersonationVerdict(r.error, room);
                const Verdict v = refusalExplained(context, room, refused).value_or(refused);
                context.finalize(imp, v, errorJson(r.error), r.latencyMs);
                const Verdict why{CheckStatus::Skipped, "step2.not-checked-impersonation-failed", {room}};
                context.finalize(read, notCheckedBecause(v, why));
                if (m_content)
                    m_content->notChecked(context, room, v.status == CheckStatus::Cancelled, why);
                context.endWork();
                return;
            }
            context.finalize(imp, {CheckStatus::Passed},
                             QJsonObject{{QStringLiteral("operation"), QStringLiteral("GetFolder calendar")},
                                         {QStringLiteral("requestId"), r.requestId}},
                             r.latencyMs);
            if (read < 0 && !inspect) {
                context.endWork();
                return;
            }
            const QDateTime start = context.options().now;
            const QDateTime end = start.addDays(context.options().calendarWindowDays);
            const int maxItems = context.options().maxItemsPerRoom;
            context.client->findCalendarItems(
                target, start, end, maxItems, context.callbacks(),
                [=, this, &context](const EwsResult<CalendarView>& f) {
                    if (context.cancelled())
                        return;
                    if (!f.ok()) {
                        const Verdict v = impersonationVerdict(f.error, room);
                        context.finalize(read, v, errorJson(f.error), f.latencyMs);
                        if (m_content)
                            m_content->notChecked(context, room, v.status == CheckStatus::Cancelled,
                                                  {CheckStatus::Skipped, "step4.not-checked-unreadable"});
                        context.endWork();
                        return;
                    }
                    const CalendarView& view = f.value;
                    QJsonObject ev{{QStringLiteral("items"), int(view.items.size())},
                                   {QStringLiteral("totalItemsInView"), view.totalItemsInView},
                                   {QStringLiteral("windowStart"), start.toString(Qt::ISODate)},
                                   {QStringLiteral("windowEnd"), end.toString(Qt::ISODate)}};
                    context.finalize(read,
                                     view.includesLastItemInRange ? Verdict{CheckStatus::Passed}
                                                                  : Verdict{CheckStatus::Passed,
                                                                            "step2.calendar-truncated",
                                                                            {QString::number(maxItems)}},
                                     ev, f.latencyMs);
                    if (!inspect) {
                        context.endWork();
                        return;
                    }
                    m_content->inspect(context, room, view, [&context] { context.endWork(); });
                });
        });
}

void ImpersonationStep::runScope(ValidationContext& context)
{
    const int scope = context.check(kScope);
    if (scope < 0)
        return;
    QString probe = context.options().scopeProbeMailbox;
    const QString admin = context.profile().exchange.adminAccount;
    if (probe.isEmpty() && admin.contains(QLatin1Char('@')))
        probe = admin;
    if (probe.isEmpty() || context.rooms().contains(probe, Qt::CaseInsensitive)) {
        context.finalize(scope, {CheckStatus::Skipped, "step2.no-scope-probe"});
        return;
    }
    context.setRunning(scope);
    context.beginWork();
    context.client->getCalendarFolder({Access::Impersonation, probe}, context.callbacks(),
                                      [&context, scope, probe](const EwsResult<FolderInfo>& r) {
                                          if (context.cancelled())
                                              return;
                                          QJsonObject ev = errorJson(r.error);
                                          ev.insert(QStringLiteral("probeMailbox"), probe);
                                          if (r.ok())
                                              ev.remove(QStringLiteral("error"));
                                          const Verdict v = scopeVerdict(r.error, probe);
                                          const bool sent = v.status != CheckStatus::Cancelled;
                                          context.finalize(scope, v, sent ? ev : QJsonObject(),
                                                           sent ? r.latencyMs : -1);
                                          context.endWork();
                                      });
}

// When not a single room can be impersonated and the refusals are impersonation refusals, the
// cause is the assignment itself, not forty separate rooms: say so once, at the step. (Rooms that
// failed for their own reason, e.g. a mailbox in Exchange Online, keep their own cause.)
void ImpersonationStep::conclude(ValidationContext& context)
{
    ValidationResults* results = context.results();
    const int imp = context.check(kImp);
    if (imp < 0)
        return;
    const CheckNode& step = results->node(imp);
    QStringList codes;
    for (int c : step.children) {
        const CheckNode& room = results->node(c);
        codes << (room.status == CheckStatus::Failed
                      ? room.evidence.value(QStringLiteral("responseCode")).toString(QStringLiteral("-"))
                      : QString());
    }
    QString code;
    const std::optional<Verdict> v = wholeStepVerdict(codes, &code);
    if (!v)
        return;
    QJsonObject ev = step.evidence;
    ev.insert(QStringLiteral("responseCode"), code);
    results->setStatus(imp, *v, ev, step.latencyMs);
    // "A non-room mailbox is denied" proves nothing about the scope when no mailbox is allowed.
    const int scope = context.check(kScope);
    if (scope >= 0 && results->node(scope).status == CheckStatus::Passed)
        results->setStatus(scope, {CheckStatus::Skipped, "step2.scope-not-judged"},
                           results->node(scope).evidence, results->node(scope).latencyMs);
}

} // namespace otj
