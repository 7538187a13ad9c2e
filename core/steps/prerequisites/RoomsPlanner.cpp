#include "core/steps/prerequisites/RoomsPlanner.h"

#include <QSet>

namespace otj::rooms {

using shell::ShellCommand;
using shell::ShellValue;

namespace {

const char* const kCtx = "otj::PrerequisitesStep";
const char* const kRoomFix = QT_TRANSLATE_NOOP(
    "otj::PrerequisitesStep",
    "Remove it from the OTJ rooms, or select the room mailbox it stands for (OTJ joins meetings from "
    "room mailboxes only).");
const ReasonText kReasons[] = {
    {"prereq.p1-room", kCtx, QT_TRANSLATE_NOOP("otj::PrerequisitesStep", "%1 is a room mailbox.")},
    {"prereq.p1-not-primary", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "%1 is a proxy address of the room mailbox %2: OTJ identifies rooms by their primary "
                       "SMTP address."),
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep", "Select %2 instead of %1.")},
    {"prereq.p1-no-smtp", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep", "The room mailbox %1 has no primary SMTP address."),
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "Give the room mailbox a primary SMTP address (its email address policy or "
                       "Set-Mailbox -PrimarySmtpAddress).")},
    {"prereq.p1-cloud-room", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "%1 is a room mailbox in Exchange Online (RemoteRoomMailbox): on-premises EWS cannot "
                       "open it."),
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "Remove it from these rooms and join it through Pexip's Microsoft Graph (Exchange "
                       "Online) integration.")},
    {"prereq.p1-equipment", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep", "%1 is an equipment mailbox (%2), not a room mailbox."),
     kRoomFix},
    {"prereq.p1-user", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep", "%1 is a user or shared mailbox (%2), not a room mailbox."),
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "Remove it from the OTJ rooms, or convert it to a room mailbox (Set-Mailbox -Type "
                       "Room) if it stands for a room.")},
    {"prereq.p1-group", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep", "%1 is a group or room list (%2), not a room mailbox."),
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "Select the room mailboxes it holds instead (a room list selects its rooms).")},
    {"prereq.p1-contact", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "%1 is a mail contact or mail user (%2): its mailbox is outside this Exchange "
                       "organisation."),
     kRoomFix},
    {"prereq.p1-unknown", kCtx, QT_TRANSLATE_NOOP("otj::PrerequisitesStep", "Exchange does not know %1."),
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep", "Check the address for typing errors, or remove it.")},
    {"prereq.p1-not-read", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep", "Not checked: the rooms could not be read (%1).")},
    {"prereq.p2-auto-accept", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep", "%1 accepts meetings automatically (AutoAccept).")},
    {"prereq.p2-not-auto-accept", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "%1 does not accept meetings automatically (AutomateProcessing %2): OTJ sees no "
                       "meeting that the room did not accept."),
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "Apply the calendar-processing step: it sets AutomateProcessing AutoAccept "
                       "(Set-CalendarProcessing -Identity %1 -AutomateProcessing AutoAccept).")},
    {"prereq.p2-not-read", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep",
                       "Not checked: the calendar processing of %1 was not read%2.")},
    {"prereq.p2-not-a-room", kCtx,
     QT_TRANSLATE_NOOP("otj::PrerequisitesStep", "Not checked: %1 is not an on-premises room mailbox (P1).")},
};

QString text(const QJsonObject& o, const char* property)
{
    return o.value(QLatin1String(property)).toString();
}

} // namespace

std::span<const ReasonText> roomReasons()
{
    return kReasons;
}

QString calendarKey(const QString& room)
{
    return QStringLiteral("calendar/") + room.trimmed().toLower();
}

RoomsPlanner::RoomsPlanner()
{
    reasons::add(kReasons);
}

QStringList RoomsPlanner::roomProperties()
{
    return {QStringLiteral("DisplayName"),
            QStringLiteral("Name"),
            QStringLiteral("PrimarySmtpAddress"),
            QStringLiteral("RecipientTypeDetails"),
            QStringLiteral("DistinguishedName"),
            QStringLiteral("Office"),
            QStringLiteral("City"),
            QStringLiteral("ResourceCapacity")};
}

QList<ShellCommand> RoomsPlanner::reads(const plan::PlanContext& context, int round, QStringList* keys) const
{
    QList<ShellCommand> commands;
    const auto add = [&](const QString& key, ShellCommand command) {
        if (context.state.has(key) || keys->contains(key))
            return;
        keys->append(key);
        commands.append(std::move(command));
    };
    const ShellValue unlimited(QStringLiteral("Unlimited"));
    if (round == 0) {
        // Every room in one call: Get-Recipient covers on-prem and remote (Exchange Online) rooms
        // and carries Office and City (Get-Mailbox has neither the remote rooms nor City).
        ShellCommand rooms(QStringLiteral("Get-Recipient"));
        rooms
            .set(QStringLiteral("RecipientTypeDetails"),
                 ShellValue::strings({QStringLiteral("RoomMailbox"), QStringLiteral("LinkedRoomMailbox"),
                                      QStringLiteral("RemoteRoomMailbox")}))
            .set(QStringLiteral("ResultSize"), unlimited);
        rooms.select = roomProperties();
        add(QString::fromLatin1(RoomsKey), rooms);
        ShellCommand lists(QStringLiteral("Get-DistributionGroup"));
        lists.set(QStringLiteral("RecipientTypeDetails"), ShellValue::strings({QStringLiteral("RoomList")}))
            .set(QStringLiteral("ResultSize"), unlimited);
        lists.select = {QStringLiteral("Name"), QStringLiteral("DisplayName"),
                        QStringLiteral("PrimarySmtpAddress"), QStringLiteral("DistinguishedName")};
        add(QString::fromLatin1(RoomListsKey), lists);
        return commands;
    }
    if (round != 1)
        return commands;
    for (const QJsonObject& list : context.state.objects.value(QString::fromLatin1(RoomListsKey))) {
        const QString name = text(list, "Name");
        if (name.isEmpty())
            continue;
        ShellCommand members(QStringLiteral("Get-DistributionGroupMember"));
        // The DN is unique where a display name need not be.
        const QString dn = text(list, "DistinguishedName");
        members.set(QStringLiteral("Identity"), ShellValue(dn.isEmpty() ? name : dn))
            .set(QStringLiteral("ResultSize"), unlimited);
        members.select = {QStringLiteral("PrimarySmtpAddress")};
        add(roomListMembersKey(name), members);
    }
    // The rooms read failed: asking thousands of addresses one by one would fail the same way.
    if (!context.state.objects.contains(QString::fromLatin1(RoomsKey)))
        return commands;
    QSet<QString> rooms;
    for (const QJsonObject& o : context.state.objects.value(QString::fromLatin1(RoomsKey)))
        rooms.insert(text(o, "PrimarySmtpAddress").toLower());
    for (const QString& raw : context.profile.rooms.selected) {
        const QString address = raw.trimmed().toLower();
        if (address.isEmpty() || rooms.contains(address))
            continue;
        ShellCommand who(QStringLiteral("Get-Recipient"));
        who.set(QStringLiteral("Identity"), ShellValue(address));
        who.select = roomProperties();
        add(recipientKey(address), who);
    }
    return commands;
}

bool isNotFound(const shell::ShellError& e)
{
    // A cmdlet missing from the session is ObjectNotFound too, but says nothing about the object.
    if (e.fullyQualifiedErrorId.startsWith(QLatin1String("CommandNotFoundException")))
        return false;
    return e.category == QLatin1String("ObjectNotFound") ||
           e.fullyQualifiedErrorId.contains(QLatin1String("NotFound"), Qt::CaseInsensitive);
}

std::optional<Verdict> roomsNotRead(const plan::ExchangeState& state)
{
    const QString key = QString::fromLatin1(RoomsKey);
    if (state.objects.contains(key))
        return std::nullopt;
    const auto error = state.errors.constFind(key);
    return Verdict{CheckStatus::Skipped,
                   "prereq.p1-not-read",
                   {error == state.errors.cend() ? QStringLiteral("Get-Recipient") : error->message}};
}

Verdict roomVerdict(const plan::ExchangeState& state, const RoomEntry& e, const QString& selectedAddress)
{
    const QString chosen = selectedAddress.trimmed().toLower();
    if (const std::optional<Verdict> notRead = roomsNotRead(state))
        return *notRead;
    if (e.kind == RoomKind::Unknown) {
        const auto error = state.errors.constFind(recipientKey(chosen));
        if (error != state.errors.cend() && !isNotFound(*error))
            return {CheckStatus::Skipped, "prereq.p1-not-read", {error->message}};
    }
    switch (e.kind) {
    case RoomKind::OnPremRoom:
        if (e.address.isEmpty())
            return {
                CheckStatus::Failed, "prereq.p1-no-smtp", {e.displayName.isEmpty() ? chosen : e.displayName}};
        if (e.address != chosen)
            return {CheckStatus::Failed, "prereq.p1-not-primary", {chosen, e.address}};
        return {CheckStatus::Passed, "prereq.p1-room", {chosen}};
    case RoomKind::CloudRoom:
        return {CheckStatus::Failed, "prereq.p1-cloud-room", {chosen}};
    case RoomKind::Equipment:
        return {CheckStatus::Failed, "prereq.p1-equipment", {chosen, e.recipientTypeDetails}};
    case RoomKind::User:
        return {CheckStatus::Failed, "prereq.p1-user", {chosen, e.recipientTypeDetails}};
    case RoomKind::Group:
        return {CheckStatus::Failed, "prereq.p1-group", {chosen, e.recipientTypeDetails}};
    case RoomKind::Contact:
        return {CheckStatus::Failed, "prereq.p1-contact", {chosen, e.recipientTypeDetails}};
    case RoomKind::Unknown:
        break;
    }
    return {CheckStatus::Failed, "prereq.p1-unknown", {chosen}};
}

Verdict autoAcceptVerdict(const plan::ExchangeState& state, const QString& room)
{
    const QString key = calendarKey(room);
    if (const auto error = state.errors.constFind(key); error != state.errors.cend())
        return {CheckStatus::Skipped, "prereq.p2-not-read", {room, QStringLiteral(": ") + error->message}};
    const QList<QJsonObject> read = state.objects.value(key);
    if (read.isEmpty())
        return {CheckStatus::Skipped, "prereq.p2-not-read", {room, QString()}};
    const QString mode = text(read.first(), "AutomateProcessing");
    if (mode.compare(QLatin1String("AutoAccept"), Qt::CaseInsensitive) == 0)
        return {CheckStatus::Passed, "prereq.p2-auto-accept", {room}};
    return {CheckStatus::Failed,
            "prereq.p2-not-auto-accept",
            {room, mode.isEmpty() ? QStringLiteral("$null") : mode},
            StepId::CalendarProcessing};
}

QList<plan::PlanNote> RoomsPlanner::notes(const plan::PlanContext& context) const
{
    QList<plan::PlanNote> out;
    const QList<RoomEntry> entries = selected(context);
    const QStringList& chosen = context.profile.rooms.selected;
    if (const std::optional<Verdict> notRead = roomsNotRead(context.state))
        return {{QStringLiteral("prereq.p1"), QString(), *notRead}};
    for (qsizetype i = 0; i < entries.size() && i < chosen.size(); ++i) {
        const Verdict v = roomVerdict(context.state, entries[i], chosen[i]);
        if (v.status != CheckStatus::Passed)
            out.append({QStringLiteral("prereq.p1"), chosen[i].trimmed().toLower(), v});
    }
    return out;
}

std::unique_ptr<plan::StepPlanner> makeRoomsPlanner()
{
    return std::make_unique<RoomsPlanner>();
}

} // namespace otj::rooms
