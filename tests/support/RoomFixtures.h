// Generated room directories (rooms::RoomEntry) for the wizard's tests and benchmarks, shaped like
// a large organisation: buildings (Office) in a few cities, a room list per building, and a share
// of rooms that on-prem OTJ cannot serve (cloud rooms, equipment).
#pragma once

#include "core/steps/prerequisites/RoomDirectory.h"

#include <QStringList>

namespace otj::test {

inline const QStringList& fixtureCities()
{
    static const QStringList cities = {QStringLiteral("Oslo"), QStringLiteral("Bergen"),
                                       QStringLiteral("Berlin"), QStringLiteral("München"),
                                       QStringLiteral("London")};
    return cities;
}

// Room i (1-based): room-0001@contoso.lab ... ; every 10th is in Exchange Online, every 25th is
// equipment; 20 rooms a building, buildings spread over the cities.
inline QList<rooms::RoomEntry> generateRooms(int count)
{
    QList<rooms::RoomEntry> out;
    out.reserve(count);
    for (int i = 1; i <= count; ++i) {
        rooms::RoomEntry e;
        e.address = QStringLiteral("room-%1@contoso.lab").arg(i, 4, 10, QLatin1Char('0'));
        const int building = (i - 1) / 20 + 1;
        const QString city = fixtureCities().at(building % fixtureCities().size());
        e.displayName = QStringLiteral("%1 B%2 Room %3").arg(city).arg(building).arg(i);
        e.office = QStringLiteral("Building %1").arg(building);
        e.city = city;
        e.roomLists = {QStringLiteral("%1 Building %2 Rooms").arg(city).arg(building)};
        e.domain = QStringLiteral("contoso.lab");
        e.capacity = 4 + i % 12;
        if (i % 10 == 0) {
            e.kind = rooms::RoomKind::CloudRoom;
            e.recipientTypeDetails = QStringLiteral("RemoteRoomMailbox");
        } else if (i % 25 == 0) {
            e.kind = rooms::RoomKind::Equipment;
            e.recipientTypeDetails = QStringLiteral("EquipmentMailbox");
        } else {
            e.kind = rooms::RoomKind::OnPremRoom;
            e.recipientTypeDetails = QStringLiteral("RoomMailbox");
        }
        e.distinguishedName =
            QStringLiteral("CN=%1,OU=Rooms,DC=contoso,DC=lab").arg(e.address.section(QLatin1Char('@'), 0, 0));
        out << e;
    }
    return out;
}

} // namespace otj::test
