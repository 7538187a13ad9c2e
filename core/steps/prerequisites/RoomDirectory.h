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
// The profile's selected addresses, each classified (Unknown when nothing was read about it), in
// the profile's order: entry i is selected address i (its `address` is Exchange's primary SMTP
// address, which differs when a proxy address was selected).
QList<RoomEntry> selected(const plan::PlanContext& context);
// The selected addresses that are on-prem room mailboxes (what steps 2 and 4 act on), lower case.
// Before "rooms" was read at all (offline: the exported script), the profile's addresses as they are.
QStringList selectedOnPremRooms(const plan::PlanContext& context);
// The AD domains of the selected on-prem rooms, sorted ("contoso.lab"): more than one means the
// apply must view the entire forest.
QStringList selectedRoomDomains(const plan::PlanContext& context);
// The kind's name in the user's language ("room mailbox in Exchange Online").
QString kindTitle(RoomKind kind);
// The kind of a recipient from its RecipientTypeDetails ("RemoteRoomMailbox" -> CloudRoom).
RoomKind kindOf(const QString& recipientTypeDetails);

} // namespace otj::rooms
