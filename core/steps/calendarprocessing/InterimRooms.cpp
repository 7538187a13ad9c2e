#include "core/steps/calendarprocessing/InterimRooms.h"

#include <QSet>

namespace otj::interim {
namespace {

const QString kRoomsKey = QStringLiteral("rooms");

class InterimRoomsPlanner final : public plan::StepPlanner
{
public:
    StepId step() const override { return StepId::Prerequisites; }
    QList<shell::ShellCommand> reads(const plan::PlanContext& context, int, QStringList* keys) const override
    {
        if (context.state.has(kRoomsKey))
            return {};
        shell::ShellCommand read(QStringLiteral("Get-Mailbox"));
        read.set(QStringLiteral("RecipientTypeDetails"), QStringLiteral("RoomMailbox"))
            .set(QStringLiteral("ResultSize"), QStringLiteral("Unlimited"));
        read.select = {QStringLiteral("PrimarySmtpAddress"), QStringLiteral("DisplayName"),
                       QStringLiteral("RecipientTypeDetails"), QStringLiteral("DistinguishedName")};
        keys->append(kRoomsKey);
        return {read};
    }
    QList<plan::DesiredChange> desiredChanges(const plan::PlanContext&) const override { return {}; }
};

QString domainOf(const QString& dn)
{
    QStringList parts;
    for (const QString& rdn : dn.split(QLatin1Char(','))) {
        if (rdn.trimmed().startsWith(QLatin1String("DC="), Qt::CaseInsensitive))
            parts << rdn.trimmed().mid(3).toLower();
    }
    return parts.join(QLatin1Char('.'));
}

QList<QJsonObject> selectedRoomObjects(const plan::PlanContext& context)
{
    QSet<QString> selected;
    for (const QString& a : context.profile.rooms.selected)
        selected.insert(a.trimmed().toLower());
    QList<QJsonObject> out;
    for (const QJsonObject& o : context.state.objects.value(kRoomsKey)) {
        if (o.value(QStringLiteral("RecipientTypeDetails")).toString() == QLatin1String("RoomMailbox") &&
            selected.contains(o.value(QStringLiteral("PrimarySmtpAddress")).toString().toLower()))
            out.append(o);
    }
    return out;
}

} // namespace

std::unique_ptr<plan::StepPlanner> makeInterimRoomsPlanner()
{
    return std::make_unique<InterimRoomsPlanner>();
}

QStringList selectedOnPremRooms(const plan::PlanContext& context)
{
    QStringList rooms;
    if (!context.state.objects.contains(kRoomsKey)) {
        for (const QString& a : context.profile.rooms.selected)
            rooms << a.trimmed().toLower();
        return rooms;
    }
    for (const QJsonObject& o : selectedRoomObjects(context))
        rooms << o.value(QStringLiteral("PrimarySmtpAddress")).toString().toLower();
    rooms.sort();
    return rooms;
}

QStringList selectedRoomDomains(const plan::PlanContext& context)
{
    QStringList domains;
    for (const QJsonObject& o : selectedRoomObjects(context)) {
        const QString d = domainOf(o.value(QStringLiteral("DistinguishedName")).toString());
        if (!d.isEmpty() && !domains.contains(d))
            domains << d;
    }
    domains.sort();
    return domains;
}

} // namespace otj::interim
