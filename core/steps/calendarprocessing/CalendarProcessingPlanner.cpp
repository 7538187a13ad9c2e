#include "core/steps/calendarprocessing/CalendarProcessingPlanner.h"

#include "core/steps/calendarprocessing/InterimRooms.h"

#include <QJsonArray>

namespace otj {

using plan::DesiredChange;
using plan::Expectation;
using plan::Match;
using shell::ShellValue;

namespace {

const char* const kCtx = "otj::CalendarProcessingPlanner";
const char* const kBlockerFix = QT_TRANSLATE_NOOP(
    "otj::CalendarProcessingPlanner",
    "Change it if One-Touch Join should book this room for everyone (otjctl apply --fix-booking-blockers), "
    "or leave it if the restriction is wanted.");
const ReasonText kReasons[] = {
    {"step4.blocker.book-in-policy", kCtx,
     QT_TRANSLATE_NOOP("otj::CalendarProcessingPlanner",
                       "Only organizers in BookInPolicy (%1) are accepted automatically (AllBookInPolicy "
                       "$false): other invitations are declined or wait for a delegate."),
     kBlockerFix},
    {"step4.blocker.delegates", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::CalendarProcessingPlanner",
         "Invitations wait for a delegate's approval (ResourceDelegates %1, "
         "ForwardRequestsToDelegates $true): the meeting stays tentative until someone approves."),
     kBlockerFix},
    {"step4.blocker.booking-window", kCtx,
     QT_TRANSLATE_NOOP("otj::CalendarProcessingPlanner",
                       "Meetings more than %1 days ahead are declined (BookingWindowInDays)."),
     kBlockerFix},
    {"step4.blocker.max-duration", kCtx,
     QT_TRANSLATE_NOOP("otj::CalendarProcessingPlanner",
                       "Meetings longer than %1 minutes are declined (MaximumDurationInMinutes)."),
     kBlockerFix},
    {"step4.blocker.recurring", kCtx,
     QT_TRANSLATE_NOOP("otj::CalendarProcessingPlanner",
                       "Recurring meetings are declined (AllowRecurringMeetings $false)."),
     kBlockerFix},
    {"step4.blocker.work-hours", kCtx,
     QT_TRANSLATE_NOOP("otj::CalendarProcessingPlanner",
                       "Meetings outside the room's working hours are declined (ScheduleOnlyDuringWorkHours "
                       "$true)."),
     kBlockerFix},
    {"step4.blocker.conflicts", kCtx,
     QT_TRANSLATE_NOOP(
         "otj::CalendarProcessingPlanner",
         "Overlapping meetings are accepted (AllowConflicts $true, ConflictPercentageAllowed %1, "
         "MaximumConflictInstances %2): the endpoint shows two meetings at once."),
     QT_TRANSLATE_NOOP("otj::CalendarProcessingPlanner",
                       "Set AllowConflicts $false unless double bookings are wanted in this room.")},
};

const int kDefaultBookingWindowDays = 180;
const int kDefaultMaximumDurationMinutes = 1440;

const QStringList& readProperties()
{
    static const QStringList p = {
        QStringLiteral("Identity"),
        QStringLiteral("AutomateProcessing"),
        QStringLiteral("DeleteComments"),
        QStringLiteral("DeleteSubject"),
        QStringLiteral("AddOrganizerToSubject"),
        QStringLiteral("RemovePrivateProperty"),
        QStringLiteral("ProcessExternalMeetingMessages"),
        QStringLiteral("AllBookInPolicy"),
        QStringLiteral("BookInPolicy"),
        QStringLiteral("AllRequestInPolicy"),
        QStringLiteral("RequestInPolicy"),
        QStringLiteral("ResourceDelegates"),
        QStringLiteral("ForwardRequestsToDelegates"),
        QStringLiteral("BookingWindowInDays"),
        QStringLiteral("MaximumDurationInMinutes"),
        QStringLiteral("AllowRecurringMeetings"),
        QStringLiteral("ScheduleOnlyDuringWorkHours"),
        QStringLiteral("AllowConflicts"),
        QStringLiteral("ConflictPercentageAllowed"),
        QStringLiteral("MaximumConflictInstances"),
    };
    return p;
}

std::optional<QJsonObject> readObject(const plan::PlanContext& context, const QString& room)
{
    const QList<QJsonObject> objects = context.state.objects.value(CalendarProcessingPlanner::stateKey(room));
    if (objects.isEmpty())
        return std::nullopt;
    return objects.first();
}

QString listText(const QJsonValue& v)
{
    QStringList items;
    for (const QJsonValue& i : v.toArray())
        items << i.toString();
    return items.isEmpty() ? QCoreApplication::translate("otj::CalendarProcessingPlanner", "nobody")
                           : items.join(QStringLiteral(", "));
}

int number(const QJsonObject& o, const char* key, int fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return v.toInt();
    bool ok = false;
    const int n = v.toString().toInt(&ok);
    return ok ? n : fallback;
}

bool flag(const QJsonObject& o, const char* key, bool fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isBool() ? v.toBool() : fallback;
}

struct Blocker
{
    const char* reason;
    QStringList args;
    std::optional<Expectation> fix; // what --fix-booking-blockers sets
};

QList<Blocker> blockers(const QJsonObject& o)
{
    QList<Blocker> list;
    auto fix = [](const char* property, const ShellValue& value) {
        return Expectation{QString::fromLatin1(property), {}, value, Match::Equal, std::nullopt};
    };
    const bool allBook = flag(o, "AllBookInPolicy", true);
    if (!allBook)
        list.append({"step4.blocker.book-in-policy",
                     {listText(o.value(QStringLiteral("BookInPolicy")))},
                     fix("AllBookInPolicy", true)});
    const QJsonArray delegates = o.value(QStringLiteral("ResourceDelegates")).toArray();
    const bool requestsInPolicy = flag(o, "AllRequestInPolicy", false) ||
                                  !o.value(QStringLiteral("RequestInPolicy")).toArray().isEmpty();
    if (!allBook && requestsInPolicy && !delegates.isEmpty() && flag(o, "ForwardRequestsToDelegates", true))
        list.append(
            {"step4.blocker.delegates", {listText(delegates)}, std::nullopt}); // AllBookInPolicy fixes it
    const int window = number(o, "BookingWindowInDays", kDefaultBookingWindowDays);
    if (window < kDefaultBookingWindowDays)
        list.append({"step4.blocker.booking-window",
                     {QString::number(window)},
                     fix("BookingWindowInDays", kDefaultBookingWindowDays)});
    const int duration = number(o, "MaximumDurationInMinutes", kDefaultMaximumDurationMinutes);
    if (duration > 0 && duration < kDefaultMaximumDurationMinutes)
        list.append({"step4.blocker.max-duration",
                     {QString::number(duration)},
                     fix("MaximumDurationInMinutes", kDefaultMaximumDurationMinutes)});
    if (!flag(o, "AllowRecurringMeetings", true))
        list.append({"step4.blocker.recurring", {}, fix("AllowRecurringMeetings", true)});
    if (flag(o, "ScheduleOnlyDuringWorkHours", false))
        list.append({"step4.blocker.work-hours", {}, fix("ScheduleOnlyDuringWorkHours", false)});
    if (flag(o, "AllowConflicts", false))
        list.append({"step4.blocker.conflicts",
                     {QString::number(number(o, "ConflictPercentageAllowed", 0)),
                      QString::number(number(o, "MaximumConflictInstances", 0))},
                     std::nullopt}); // double bookings may be wanted: never changed for the admin
    return list;
}

} // namespace

CalendarProcessingPlanner::CalendarProcessingPlanner()
{
    reasons::add(kReasons);
}

QString CalendarProcessingPlanner::stateKey(const QString& room)
{
    return QStringLiteral("calendar/") + room.toLower();
}

shell::ShellCommand CalendarProcessingPlanner::read(const QString& room)
{
    shell::ShellCommand c(QStringLiteral("Get-CalendarProcessing"));
    c.set(QStringLiteral("Identity"), room);
    c.select = readProperties();
    return c;
}

QList<shell::ShellCommand> CalendarProcessingPlanner::reads(const plan::PlanContext& context, int,
                                                            QStringList* keys) const
{
    // The rooms come from the room directory ("rooms", read in round 0 by its planner).
    if (!context.state.has(QStringLiteral("rooms")))
        return {};
    QList<shell::ShellCommand> commands;
    for (const QString& room : interim::selectedOnPremRooms(context)) {
        if (context.state.has(stateKey(room)))
            continue;
        commands.append(read(room));
        keys->append(stateKey(room));
    }
    return commands;
}

QList<DesiredChange> CalendarProcessingPlanner::desiredChanges(const plan::PlanContext& context) const
{
    const CalendarPolicy& policy = context.profile.calendarPolicy;
    QList<DesiredChange> changes;
    for (const QString& room : interim::selectedOnPremRooms(context)) {
        DesiredChange c;
        c.key = QStringLiteral("step4.calendar/") + room;
        c.step = StepId::CalendarProcessing;
        c.operation = plan::Operation::Update;
        c.target = room;
        c.summary =
            tr("Calendar processing of %1 as the profile's policy says (meeting details kept)").arg(room);
        c.read = read(room);
        c.stateKey = stateKey(room);
        c.write = shell::ShellCommand(QStringLiteral("Set-CalendarProcessing"));
        c.write.set(QStringLiteral("Identity"), room);
        c.fixedParameters = {QStringLiteral("Identity")};
        auto want = [&c](const char* property, const ShellValue& value, Match match = Match::Equal) {
            c.expectations.append(Expectation{QString::fromLatin1(property), {}, value, match, std::nullopt});
            c.write.set(QString::fromLatin1(property), value);
        };
        want("AutomateProcessing", policy.automateProcessing, Match::EqualIgnoringCase);
        want("DeleteComments", policy.deleteComments);
        want("DeleteSubject", policy.deleteSubject);
        want("AddOrganizerToSubject", policy.addOrganizerToSubject);
        want("RemovePrivateProperty", policy.removePrivateProperty);
        if (policy.processExternalMeetingMessages)
            want("ProcessExternalMeetingMessages", *policy.processExternalMeetingMessages);
        changes.append(c);

        if (!context.options.fixBookingBlockers)
            continue;
        const std::optional<QJsonObject> current = readObject(context, room);
        if (!current)
            continue;
        DesiredChange b;
        b.key = QStringLiteral("step4.blockers/") + room;
        b.step = StepId::CalendarProcessing;
        b.operation = plan::Operation::Update;
        b.target = room;
        b.summary = tr("Let %1 accept every organizer's meetings (booking restrictions removed)").arg(room);
        b.read = c.read;
        b.stateKey = c.stateKey;
        b.write = shell::ShellCommand(QStringLiteral("Set-CalendarProcessing"));
        b.write.set(QStringLiteral("Identity"), room);
        b.fixedParameters = {QStringLiteral("Identity")};
        for (const Blocker& blocker : blockers(*current)) {
            if (!blocker.fix)
                continue;
            b.expectations.append(*blocker.fix);
            b.write.set(blocker.fix->property, blocker.fix->value);
        }
        if (!b.expectations.isEmpty())
            changes.append(b);
    }
    return changes;
}

QList<plan::PlanNote> CalendarProcessingPlanner::notes(const plan::PlanContext& context) const
{
    QList<plan::PlanNote> list;
    for (const QString& room : interim::selectedOnPremRooms(context)) {
        const std::optional<QJsonObject> current = readObject(context, room);
        if (!current)
            continue;
        for (const Blocker& blocker : blockers(*current))
            list.append({QStringLiteral("step4.calendar-processing"), room,
                         Verdict(CheckStatus::Warning, blocker.reason, blocker.args)});
    }
    return list;
}

} // namespace otj
