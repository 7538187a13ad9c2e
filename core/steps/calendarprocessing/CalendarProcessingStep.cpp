#include "core/steps/calendarprocessing/CalendarProcessingStep.h"

#include "core/steps/Evidence.h"
#include "core/steps/calendarprocessing/ContentVerdict.h"
#include "core/steps/impersonation/ImpersonationStep.h"
#include "core/validation/ValidationContext.h"

#include <algorithm>

namespace otj {

using namespace otj::ews;

namespace {
const char* const kCtx = "otj::CalendarProcessingStep";
const char* const kStripFix = QT_TRANSLATE_NOOP(
    "otj::CalendarProcessingStep", "Set-CalendarProcessing %3 -DeleteComments $false -DeleteSubject "
                                   "$false -AddOrganizerToSubject $false, then ask organizers to re-send.");
const ReasonText kReasons[] = {
    {"step4.no-meetings", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::CalendarProcessingStep",
         "No meetings in the next %1 days to inspect; book a test meeting with a join link and re-run.")},
    {"step4.stripped", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::CalendarProcessingStep",
         "%1 of %2 meetings lost their body or subject: the room's calendar processing still strips "
         "them."),
     kStripFix},
    {"step4.stripped-after-change", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::CalendarProcessingStep",
         "%1 of %2 meetings lost their body or subject after the last calendar-processing change: the "
         "room's calendar processing still strips them."),
     kStripFix},
    {"step4.all-stripped", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::CalendarProcessingStep",
         "All %1 meetings lost their body or subject. EWS cannot tell whether the room still strips "
         "them: the time of its last calendar-processing change needs the PowerShell checks."),
     QT_TRANSLATE_NOOP(
         "otj::CalendarProcessingStep",
         "If calendar processing is not fixed yet, fix it; then ask the organizers to re-send these "
         "meetings (Exchange never repairs them).")},
    {"step4.resend-needed", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::CalendarProcessingStep",
         "Re-send needed: %1 meetings created before the calendar-processing change were stripped, and "
         "Exchange never repairs them."),
     QT_TRANSLATE_NOOP("otj::CalendarProcessingStep",
                       "Ask the organizers of the listed meetings to re-send them.")},
    {"step4.content-kept", kCtx,
     QT_TRANSLATE_NOOP("otj::CalendarProcessingStep", "%1 meetings keep their subject and body.")},
    {"step4.policy-matches", kCtx,
     QT_TRANSLATE_NOOP("otj::CalendarProcessingStep",
                       "All %1 rooms process meetings as the profile's calendar policy says.")},
    {"step4.policy-differs", kCtx,
     QT_TRANSLATE_NOOP("otj::CalendarProcessingStep",
                       "%1 of %2 rooms differ from the profile's calendar policy: %3."),
     QT_TRANSLATE_NOOP("otj::CalendarProcessingStep",
                       "Run otjctl plan to see the differences and otjctl apply to fix them.")},
    {"step4.booking-blockers", kCtx,
     QT_TRANSLATE_NOOP("otj::CalendarProcessingStep",
                       "%1 rooms have settings that stop automatic booking for some meetings: %2."),
     QT_TRANSLATE_NOOP("otj::CalendarProcessingStep",
                       "otjctl plan lists each with its reason; otjctl apply --fix-booking-blockers changes "
                       "them if they are not wanted.")},
    {"step4.not-inspected", kCtx,
     QT_TRANSLATE_NOOP("otj::CalendarProcessingStep", "Calendar processing could not be read: %1")},
    {"step4.not-checked-unreadable", kCtx,
     QT_TRANSLATE_NOOP("otj::CalendarProcessingStep", "Not checked: the calendar could not be read.")},
};
} // namespace

CalendarProcessingStep::CalendarProcessingStep()
    : Step(kReasons)
{}

Verdict CalendarProcessingStep::automaticProcessingVerdict(bool serviceAccountOnly)
{
    return {CheckStatus::Skipped,
            serviceAccountOnly ? "common.service-account-only" : "common.needs-powershell"};
}

namespace {

QString roomList(QStringList rooms)
{
    const qsizetype shown = 5;
    rooms.sort();
    QString text = QStringList(rooms.mid(0, shown)).join(QStringLiteral(", "));
    if (rooms.size() > shown)
        text += QStringLiteral(", … (+%1)").arg(rooms.size() - shown);
    return text;
}

} // namespace

Verdict CalendarProcessingStep::inspectionVerdict(const plan::Inspection& inspection)
{
    const plan::StepPlan* step = inspection.plan.step(StepId::CalendarProcessing);
    // Never planned (the shell did not open: P4 says why): not checked, as every step's check.
    if (!step)
        return {CheckStatus::Skipped, "common.not-inspected"};
    if (!step->inspected)
        return {CheckStatus::Failed,
                "step4.not-inspected",
                {!step->problems.isEmpty() ? step->problems.first().message : QString()}};
    QStringList differing;
    for (const plan::PlannedChange& c : step->changes) {
        if (c.desired.key.startsWith(QLatin1String("step4.calendar/")))
            differing << c.desired.target;
    }
    const int total =
        int(std::count_if(inspection.state.objects.keyBegin(), inspection.state.objects.keyEnd(),
                          [](const QString& k) { return k.startsWith(QLatin1String("calendar/")); }));
    if (!differing.isEmpty())
        return {CheckStatus::Failed,
                "step4.policy-differs",
                {QString::number(differing.size()), QString::number(total), roomList(differing)}};
    QStringList blocked;
    for (const plan::PlanNote& n : step->notes) {
        if (n.verdict.status != CheckStatus::Passed && !blocked.contains(n.target))
            blocked << n.target;
    }
    if (!blocked.isEmpty())
        return {CheckStatus::Warning,
                "step4.booking-blockers",
                {QString::number(blocked.size()), roomList(blocked)}};
    return {CheckStatus::Passed, "step4.policy-matches", {QString::number(total)}};
}

void CalendarProcessingStep::runChecks(ValidationContext& context, Gate gate)
{
    // The PowerShell side: what an inspection read, when the run has one.
    if (gate != Gate::Credentials || !context.options().inspection || context.options().serviceAccountOnly)
        return;
    context.finalize(context.check(QStringLiteral("step4.calendar-processing")),
                     inspectionVerdict(*context.options().inspection));
}

QList<CheckDeclaration> CalendarProcessingStep::declareChecks(const ValidationContext& context) const
{
    const bool inspected = context.options().inspection && !context.options().serviceAccountOnly;
    return {
        {QStringLiteral("step4.calendar-processing"), tr("Calendar processing keeps meeting details"), false,
         inspected
             ? std::nullopt
             : std::optional<Verdict>(automaticProcessingVerdict(context.options().serviceAccountOnly))},
        {QStringLiteral("step4.content"), tr("Meetings keep their subject and body"), true},
    };
}

void CalendarProcessingStep::notChecked(ValidationContext& context, const QString& room, bool cancelled,
                                        const Verdict& why)
{
    const int content = context.roomChecks(QStringLiteral("step4.content")).value(room, -1);
    context.finalize(content,
                     {cancelled ? CheckStatus::Cancelled : CheckStatus::Skipped, why.reason, why.args});
}

void CalendarProcessingStep::inspect(ValidationContext& context, const QString& room,
                                     const CalendarView& view, std::function<void()> done)
{
    const int content = context.roomChecks(QStringLiteral("step4.content")).value(room, -1);
    // prereq.p3 judges the same meetings (Safe Links by its effect): read them once for both.
    if (content < 0 && context.check(QStringLiteral("prereq.p3")) < 0) {
        done();
        return;
    }
    QList<CalendarItem> meetings;
    for (const CalendarItem& i : view.items) {
        if (i.organizerEmail.compare(room, Qt::CaseInsensitive) != 0)
            meetings.append(i);
    }
    if (meetings.isEmpty()) {
        context.finalize(content, {CheckStatus::Skipped,
                                   "step4.no-meetings",
                                   {QString::number(context.options().calendarWindowDays)}});
        done();
        return;
    }
    std::sort(meetings.begin(), meetings.end(),
              [](const CalendarItem& a, const CalendarItem& b) { return a.created < b.created; });
    // Oldest and newest: both sides of a calendar-processing change.
    const int max = context.options().maxBodiesPerRoom;
    if (meetings.size() > max)
        meetings = meetings.mid(0, max / 2) + meetings.mid(meetings.size() - (max - max / 2));
    QList<ItemId> ids;
    for (const CalendarItem& i : std::as_const(meetings))
        ids.append(i.itemId);
    const RequestTarget target{Access::Impersonation, room};
    context.client->getItems(
        target, ids, context.callbacks(), [=, &context](const EwsResult<GetItemResult>& g) {
            if (context.cancelled())
                return;
            if (!g.ok()) {
                context.finalize(content, ImpersonationStep::impersonationVerdict(g.error, room),
                                 errorJson(g.error), g.latencyMs);
                done();
                return;
            }
            QList<CalendarItem> items = g.value.items;
            // Organizer/created come from FindItem when GetItem left them out.
            for (CalendarItem& i : items) {
                for (const CalendarItem& m : meetings) {
                    if (m.itemId.id == i.itemId.id) {
                        if (!i.created.isValid())
                            i.created = m.created;
                        if (i.organizerName.isEmpty())
                            i.organizerName = m.organizerName;
                        if (i.organizerEmail.isEmpty())
                            i.organizerEmail = m.organizerEmail;
                        if (!i.start.isValid())
                            i.start = m.start;
                    }
                }
            }
            context.inspectedMeetings.insert(room, items);
            if (content < 0) {
                done();
                return;
            }
            const QDateTime known = context.options().calendarProcessingChanged.value(room);
            const ContentVerdict v = contentVerdict(items, known, room);
            QJsonObject ev{{QStringLiteral("inspected"), int(items.size())},
                           {QStringLiteral("changeTime"), known.isValid()
                                                              ? known.toUTC().toString(Qt::ISODate)
                                                              : QStringLiteral("inferred")}};
            if (!v.stripped.isEmpty()) {
                QJsonArray stripped;
                for (int n : v.stripped) {
                    const CalendarItem& i = items.at(n);
                    stripped.append(
                        QJsonObject{{QStringLiteral("start"), i.start.toUTC().toString(Qt::ISODate)},
                                    {QStringLiteral("created"), i.created.toUTC().toString(Qt::ISODate)},
                                    {QStringLiteral("organizer"), i.organizerEmail},
                                    {QStringLiteral("bodyLength"), int(i.body.trimmed().size())},
                                    {QStringLiteral("subjectKept"),
                                     !i.subject.trimmed().isEmpty() &&
                                         i.subject.trimmed().compare(i.organizerName.trimmed(),
                                                                     Qt::CaseInsensitive) != 0}});
                }
                ev.insert(QStringLiteral("stripped"), stripped);
            }
            context.finalize(content, v.verdict, ev, g.latencyMs);
            done();
        });
}

} // namespace otj
