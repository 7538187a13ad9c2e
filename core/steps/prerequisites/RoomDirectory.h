// The rooms as Exchange knows them, from one inspection read (state key "rooms": every room
// mailbox, on-prem and remote, with the properties below) plus, for selected addresses that are
// not among them, one Get-Recipient each (state key "recipient/<address>"). Every step reads this;
// nothing reads the rooms twice. Implemented by the rooms planner (core/steps/prerequisites/).
#pragma once

#include "core/plan/StepPlanner.h"

#include <QString>
#include <QStringList>

namespace otj::rooms {

enum class RoomKind {
    OnPremRoom, // RoomMailbox: usable by OTJ on-prem
    CloudRoom,  // RemoteRoomMailbox: mailbox in Exchange Online (needs Pexip's Graph integration)
    Equipment,  // EquipmentMailbox
    User,       // a user, shared or linked mailbox
    Group,      // a distribution group or room list
    Contact,    // a mail contact or mail user
    Unknown,    // Exchange does not know the address
};

struct RoomEntry
{
    QString address; // primary SMTP address (lower case)
    QString displayName;
    RoomKind kind = RoomKind::Unknown;
    QString recipientTypeDetails; // as Exchange says it
    QString distinguishedName;
    QString domain; // AD domain from the DN ("contoso.lab")
    QString office; // Office (often the building)
    QString city;
    QStringList roomLists; // display names of the room lists holding it
    int capacity = -1;
};

// State keys.
inline constexpr auto RoomsKey = "rooms";
inline constexpr auto RoomListsKey = "roomlists";    // Get-DistributionGroup -RecipientTypeDetails RoomList
QString recipientKey(const QString& address);        // "recipient/<address>"
QString roomListMembersKey(const QString& listName); // "roomlist-members/<name>"

// Every room Exchange returned (on-prem and cloud), sorted by display name.
QList<RoomEntry> directory(const plan::ExchangeState& state);
// The profile's selected addresses, each classified (Unknown when nothing was read about it).
QList<RoomEntry> selected(const plan::PlanContext& context);
// The selected addresses that are on-prem room mailboxes (what steps 2 and 4 act on), lower case.
QStringList selectedOnPremRooms(const plan::PlanContext& context);
// The kind's name in the user's language ("room mailbox in Exchange Online").
QString kindTitle(RoomKind kind);

} // namespace otj::rooms
