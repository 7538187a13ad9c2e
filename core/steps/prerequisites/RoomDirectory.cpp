#include "core/steps/prerequisites/RoomDirectory.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace otj::rooms {
namespace {

QString text(const QJsonObject& o, const char* property)
{
    return o.value(QLatin1String(property)).toString();
}

// "contoso.lab" from "CN=HQ Room 01,OU=Rooms,DC=contoso,DC=lab": the trailing DC components (a
// CN may hold an escaped comma, a DC never does).
QString domainOf(const QString& dn)
{
    QStringList labels;
    const QStringList parts = dn.split(QLatin1Char(','));
    for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
        const QString part = it->trimmed();
        if (!part.startsWith(QLatin1String("DC="), Qt::CaseInsensitive))
            break;
        labels.prepend(part.mid(3).toLower());
    }
    return labels.join(QLatin1Char('.'));
}

RoomEntry entryFrom(const QJsonObject& o)
{
    RoomEntry e;
    e.address = text(o, "PrimarySmtpAddress").toLower();
    e.displayName = text(o, "DisplayName");
    if (e.displayName.isEmpty())
        e.displayName = text(o, "Name");
    e.recipientTypeDetails = text(o, "RecipientTypeDetails");
    e.kind = kindOf(e.recipientTypeDetails);
    e.distinguishedName = text(o, "DistinguishedName");
    e.domain = domainOf(e.distinguishedName);
    e.office = text(o, "Office");
    e.city = text(o, "City");
    // ResourceCapacity arrives as a number, or as text from some serialisers; $null when not set.
    const QJsonValue capacity = o.value(QLatin1String("ResourceCapacity"));
    bool ok = false;
    const int n = capacity.isDouble() ? capacity.toInt() : capacity.toString().toInt(&ok);
    e.capacity = capacity.isDouble() || ok ? n : -1;
    return e;
}

} // namespace

QString recipientKey(const QString& address)
{
    return QStringLiteral("recipient/") + address.trimmed().toLower();
}

QString roomListMembersKey(const QString& listName)
{
    return QStringLiteral("roomlist-members/") + listName.toLower();
}

RoomKind kindOf(const QString& recipientTypeDetails)
{
    const auto is = [&](std::initializer_list<const char*> names) {
        return std::any_of(names.begin(), names.end(), [&](const char* n) {
            return recipientTypeDetails.compare(QLatin1String(n), Qt::CaseInsensitive) == 0;
        });
    };
    if (is({"RoomMailbox", "LinkedRoomMailbox"}))
        return RoomKind::OnPremRoom;
    if (is({"RemoteRoomMailbox"}))
        return RoomKind::CloudRoom;
    if (is({"EquipmentMailbox", "RemoteEquipmentMailbox"}))
        return RoomKind::Equipment;
    if (is({"MailContact", "MailForestContact", "Contact", "MailUser", "GuestMailUser"}))
        return RoomKind::Contact;
    if (recipientTypeDetails.contains(QLatin1String("Group"), Qt::CaseInsensitive) || is({"RoomList"}))
        return RoomKind::Group;
    if (recipientTypeDetails.endsWith(QLatin1String("Mailbox"), Qt::CaseInsensitive) ||
        recipientTypeDetails.endsWith(QLatin1String("User"), Qt::CaseInsensitive))
        return RoomKind::User;
    return RoomKind::Unknown;
}

QList<RoomEntry> directory(const plan::ExchangeState& state)
{
    QList<RoomEntry> rooms;
    const QList<QJsonObject> read = state.objects.value(QString::fromLatin1(RoomsKey));
    rooms.reserve(read.size());
    QHash<QString, qsizetype> byAddress;
    for (const QJsonObject& o : read) {
        RoomEntry e = entryFrom(o);
        if (e.address.isEmpty() || byAddress.contains(e.address))
            continue;
        byAddress.insert(e.address, rooms.size());
        rooms.append(e);
    }
    for (const QJsonObject& list : state.objects.value(QString::fromLatin1(RoomListsKey))) {
        const QString name = text(list, "Name");
        const QString shown = text(list, "DisplayName").isEmpty() ? name : text(list, "DisplayName");
        for (const QJsonObject& member : state.objects.value(roomListMembersKey(name))) {
            const auto it = byAddress.constFind(text(member, "PrimarySmtpAddress").toLower());
            if (it != byAddress.cend() && !rooms[*it].roomLists.contains(shown))
                rooms[*it].roomLists.append(shown);
        }
    }
    std::sort(rooms.begin(), rooms.end(), [](const RoomEntry& a, const RoomEntry& b) {
        const int c = a.displayName.compare(b.displayName, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.address < b.address;
    });
    return rooms;
}

QList<RoomEntry> selected(const plan::PlanContext& context)
{
    QHash<QString, RoomEntry> known;
    for (const RoomEntry& e : directory(context.state))
        known.insert(e.address, e);
    QList<RoomEntry> out;
    for (const QString& raw : context.profile.rooms.selected) {
        const QString address = raw.trimmed().toLower();
        if (const auto it = known.constFind(address); it != known.cend()) {
            out.append(*it);
            continue;
        }
        const QList<QJsonObject> found = context.state.objects.value(recipientKey(address));
        if (!found.isEmpty()) {
            out.append(entryFrom(found.first()));
            continue;
        }
        RoomEntry unknown;
        unknown.address = address;
        out.append(unknown);
    }
    return out;
}

QStringList selectedOnPremRooms(const plan::PlanContext& context)
{
    QStringList out;
    if (!context.state.has(QString::fromLatin1(RoomsKey))) {
        // Offline (nothing read: the exported script): the profile's addresses as they are; the
        // script's own comparison meets anything that is not a room.
        for (const QString& address : context.profile.rooms.selected)
            if (const QString a = address.trimmed().toLower(); !a.isEmpty() && !out.contains(a))
                out << a;
        return out;
    }
    for (const RoomEntry& e : selected(context))
        if (e.kind == RoomKind::OnPremRoom && !e.address.isEmpty() && !out.contains(e.address))
            out << e.address;
    return out;
}

QString kindTitle(RoomKind kind)
{
    switch (kind) {
    case RoomKind::OnPremRoom:
        return QCoreApplication::translate("otj::rooms", "room mailbox");
    case RoomKind::CloudRoom:
        return QCoreApplication::translate("otj::rooms", "room mailbox in Exchange Online");
    case RoomKind::Equipment:
        return QCoreApplication::translate("otj::rooms", "equipment mailbox");
    case RoomKind::User:
        return QCoreApplication::translate("otj::rooms", "user or shared mailbox");
    case RoomKind::Group:
        return QCoreApplication::translate("otj::rooms", "group or room list");
    case RoomKind::Contact:
        return QCoreApplication::translate("otj::rooms", "mail contact or mail user");
    case RoomKind::Unknown:
        break;
    }
    return QCoreApplication::translate("otj::rooms", "unknown to Exchange");
}

QStringList selectedRoomDomains(const plan::PlanContext& context)
{
    QStringList domains;
    for (const RoomEntry& room : selected(context)) {
        if (room.kind == RoomKind::OnPremRoom && !room.domain.isEmpty() && !domains.contains(room.domain))
            domains.append(room.domain);
    }
    domains.sort();
    return domains;
}

} // namespace otj::rooms
