#include "pexip/PexipStore.h"

#include "pexip/PexipSchema.h"

#include <QJsonArray>
#include <QUuid>

namespace otjlab {

namespace {

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

int relatedId(const QJsonObject& o, const QString& field)
{
    const QJsonValue v = o.value(field);
    return v.isDouble() ? v.toInt() : 0;
}

} // namespace

void PexipStore::changed()
{
    ++m_revision;
    if (m_changed)
        m_changed();
}

void PexipStore::clear()
{
    m_tables.clear();
    m_runtime.clear();
    changed();
}

void PexipStore::seedDefaults(const QString& vmrSchedulingUpn, const QString& ewsUrl)
{
    if (!findByName(QStringLiteral("system_location"), QStringLiteral("Oslo")))
        insert(
            QStringLiteral("system_location"),
            {{QStringLiteral("name"), QStringLiteral("Oslo")},
             {QStringLiteral("description"), QStringLiteral("Conferencing Nodes in the Oslo data centre")}});
    if (!findByName(QStringLiteral("system_location"), QStringLiteral("London")))
        insert(QStringLiteral("system_location"), {{QStringLiteral("name"), QStringLiteral("London")}});
    if (!findByName(QStringLiteral("ms_exchange_connector"), QStringLiteral("VMR Scheduling for Exchange")))
        insert(QStringLiteral("ms_exchange_connector"),
               {{QStringLiteral("name"), QStringLiteral("VMR Scheduling for Exchange")},
                {QStringLiteral("username"), vmrSchedulingUpn},
                {QStringLiteral("password"), QStringLiteral("lab-vmr-scheduling-password")},
                {QStringLiteral("url"), ewsUrl},
                {QStringLiteral("authentication_method"), QStringLiteral("NTLM")},
                {QStringLiteral("room_mailbox_email_address"), QString()}});
}

QList<int> PexipStore::ids(const QString& resource) const
{
    return m_tables.value(resource).rows.keys();
}

QList<QJsonObject> PexipStore::objects(const QString& resource) const
{
    QList<QJsonObject> out;
    const Table t = m_tables.value(resource);
    for (auto it = t.rows.cbegin(); it != t.rows.cend(); ++it) {
        QJsonObject o = it.value();
        o.insert(QStringLiteral("id"), it.key());
        out.append(o);
    }
    return out;
}

std::optional<QJsonObject> PexipStore::object(const QString& resource, int id) const
{
    const auto t = m_tables.constFind(resource);
    if (t == m_tables.cend() || !t->rows.contains(id))
        return std::nullopt;
    QJsonObject o = t->rows.value(id);
    o.insert(QStringLiteral("id"), id);
    return o;
}

int PexipStore::count(const QString& resource) const
{
    return int(m_tables.value(resource).rows.size());
}

bool PexipStore::contains(const QString& resource, int id) const
{
    const auto t = m_tables.constFind(resource);
    return t != m_tables.cend() && t->rows.contains(id);
}

int PexipStore::insert(const QString& resource, QJsonObject fields, int id)
{
    const PexipResource* spec = PexipSchema::configuration(resource);
    if (!spec)
        return 0;
    PexipSchema::applyDefaults(*spec, fields);
    fields.remove(QStringLiteral("id"));
    fields.remove(QStringLiteral("resource_uri"));
    if (spec->field(QStringLiteral("uuid")) && fields.value(QStringLiteral("uuid")).toString().isEmpty())
        fields.insert(QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    Table& t = m_tables[resource];
    if (id <= 0)
        id = t.nextId;
    t.nextId = std::max(t.nextId, id + 1);
    t.rows.insert(id, fields);
    changed();
    return id;
}

bool PexipStore::replace(const QString& resource, int id, QJsonObject fields)
{
    auto t = m_tables.find(resource);
    if (t == m_tables.end() || !t->rows.contains(id))
        return false;
    fields.remove(QStringLiteral("id"));
    fields.remove(QStringLiteral("resource_uri"));
    t->rows.insert(id, fields);
    changed();
    return true;
}

bool PexipStore::remove(const QString& resource, int id)
{
    auto t = m_tables.find(resource);
    if (t == m_tables.end() || !t->rows.contains(id))
        return false;
    t->rows.remove(id);
    if (resource == QLatin1String("mjx_endpoint"))
        m_runtime.remove(id);
    // on_delete for every foreign key that points at this resource.
    for (const auto& spec : PexipSchema::resources()) {
        if (spec.api != QLatin1String("configuration"))
            continue;
        for (const auto& f : spec.fields) {
            if (f.type != PexipFieldType::Related || f.related != resource)
                continue;
            const QList<QJsonObject> children = objects(spec.name);
            for (const auto& child : children) {
                if (relatedId(child, f.name) != id)
                    continue;
                const int childId = child.value(QStringLiteral("id")).toInt();
                if (f.required) {
                    remove(spec.name, childId);
                } else {
                    QJsonObject updated = child;
                    updated.insert(f.name, QJsonValue(QJsonValue::Null));
                    m_tables[spec.name].rows.insert(childId, updated);
                }
            }
        }
    }
    changed();
    return true;
}

void PexipStore::removeAll(const QString& resource)
{
    for (int id : ids(resource))
        remove(resource, id);
}

std::optional<int> PexipStore::findByName(const QString& resource, const QString& name) const
{
    const Table t = m_tables.value(resource);
    for (auto it = t.rows.cbegin(); it != t.rows.cend(); ++it)
        if (it.value().value(QStringLiteral("name")).toString() == name)
            return it.key();
    return std::nullopt;
}

QStringList PexipStore::msExchangeConnectorUsernames() const
{
    QStringList out;
    for (const auto& o : objects(QStringLiteral("ms_exchange_connector")))
        out.append(o.value(QStringLiteral("username")).toString());
    return out;
}

void PexipStore::setEndpointRuntime(int endpointId, const PexipEndpointRuntime& runtime)
{
    m_runtime.insert(endpointId, runtime);
    changed();
}

QList<QJsonObject> PexipStore::endpointStatus() const
{
    QList<QJsonObject> out;
    for (const auto& ep : objects(QStringLiteral("mjx_endpoint"))) {
        const int id = ep.value(QStringLiteral("id")).toInt();
        // Only endpoints that some OTJ Profile serves (group -> integration) have a status entry.
        const auto group =
            object(QStringLiteral("mjx_endpoint_group"), relatedId(ep, QStringLiteral("mjx_endpoint_group")));
        if (!group)
            continue;
        const auto integration =
            object(QStringLiteral("mjx_integration"), relatedId(*group, QStringLiteral("mjx_integration")));
        if (!integration)
            continue;
        const PexipEndpointRuntime rt = m_runtime.value(id);
        QJsonObject s;
        s.insert(QStringLiteral("id"), id);
        s.insert(QStringLiteral("endpoint_name"), ep.value(QStringLiteral("name")));
        s.insert(QStringLiteral("endpoint_address"), ep.value(QStringLiteral("api_address")));
        s.insert(QStringLiteral("endpoint_type"), ep.value(QStringLiteral("endpoint_type")));
        s.insert(QStringLiteral("room_email"), ep.value(QStringLiteral("room_resource_email")));
        s.insert(QStringLiteral("mjx_integration_name"), integration->value(QStringLiteral("name")));
        s.insert(QStringLiteral("last_contact_time"),
                 rt.lastContactTime.isValid() ? QJsonValue(isoUtc(rt.lastContactTime)) : QJsonValue());
        s.insert(QStringLiteral("last_worker"), rt.lastWorker);
        s.insert(QStringLiteral("number_of_meetings"), rt.numberOfMeetings);
        out.append(s);
    }
    return out;
}

QJsonObject PexipStore::toJson() const
{
    QJsonObject resources;
    QStringList names = m_tables.keys();
    names.sort();
    for (const auto& name : names) {
        const Table& t = m_tables[name];
        QJsonArray rows;
        for (auto it = t.rows.cbegin(); it != t.rows.cend(); ++it) {
            QJsonObject o = it.value();
            o.insert(QStringLiteral("id"), it.key());
            rows.append(o);
        }
        resources.insert(
            name, QJsonObject{{QStringLiteral("next_id"), t.nextId}, {QStringLiteral("objects"), rows}});
    }
    QJsonObject runtime;
    for (auto it = m_runtime.cbegin(); it != m_runtime.cend(); ++it)
        runtime.insert(QString::number(it.key()),
                       QJsonObject{{QStringLiteral("last_contact_time"),
                                    it->lastContactTime.isValid() ? QJsonValue(isoUtc(it->lastContactTime))
                                                                  : QJsonValue()},
                                   {QStringLiteral("last_worker"), it->lastWorker},
                                   {QStringLiteral("number_of_meetings"), it->numberOfMeetings}});
    return {{QStringLiteral("format"), QStringLiteral("otj-lab-pexip")},
            {QStringLiteral("version"), kFormatVersion},
            {QStringLiteral("resources"), resources},
            {QStringLiteral("endpoint_runtime"), runtime}};
}

bool PexipStore::fromJson(const QJsonObject& json, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("otj-lab-pexip"))
        return fail(QStringLiteral("not an otj-lab Pexip state (\"format\" must be \"otj-lab-pexip\")"));
    if (json.value(QStringLiteral("version")).toInt(-1) != kFormatVersion)
        return fail(QStringLiteral("unsupported Pexip state version %1 (expected %2)")
                        .arg(json.value(QStringLiteral("version")).toInt(-1))
                        .arg(kFormatVersion));
    QHash<QString, Table> tables;
    const QJsonObject resources = json.value(QStringLiteral("resources")).toObject();
    for (auto it = resources.begin(); it != resources.end(); ++it) {
        if (!PexipSchema::configuration(it.key()))
            return fail(QStringLiteral("unknown resource \"%1\"").arg(it.key()));
        const QJsonObject r = it.value().toObject();
        Table t;
        for (const auto& v : r.value(QStringLiteral("objects")).toArray()) {
            QJsonObject o = v.toObject();
            const int id = o.value(QStringLiteral("id")).toInt(0);
            if (id <= 0 || t.rows.contains(id))
                return fail(QStringLiteral("%1: missing, invalid or duplicate id").arg(it.key()));
            o.remove(QStringLiteral("id"));
            t.rows.insert(id, o);
            t.nextId = std::max(t.nextId, id + 1);
        }
        t.nextId = std::max(t.nextId, r.value(QStringLiteral("next_id")).toInt(1));
        tables.insert(it.key(), t);
    }
    // Every related id must exist.
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        const PexipResource* spec = PexipSchema::configuration(it.key());
        for (auto row = it->rows.cbegin(); row != it->rows.cend(); ++row)
            for (const auto& f : spec->fields) {
                if (f.type != PexipFieldType::Related)
                    continue;
                const int target = relatedId(row.value(), f.name);
                if (target != 0 && !tables.value(f.related).rows.contains(target))
                    return fail(QStringLiteral("%1/%2: %3 points at missing %4/%5")
                                    .arg(it.key())
                                    .arg(row.key())
                                    .arg(f.name, f.related)
                                    .arg(target));
            }
    }
    QMap<int, PexipEndpointRuntime> runtime;
    const QJsonObject rt = json.value(QStringLiteral("endpoint_runtime")).toObject();
    for (auto it = rt.begin(); it != rt.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        PexipEndpointRuntime r;
        r.lastContactTime =
            QDateTime::fromString(o.value(QStringLiteral("last_contact_time")).toString(), Qt::ISODate);
        if (r.lastContactTime.isValid())
            r.lastContactTime.setTimeSpec(Qt::UTC);
        r.lastWorker = o.value(QStringLiteral("last_worker")).toString();
        r.numberOfMeetings = o.value(QStringLiteral("number_of_meetings")).toInt();
        runtime.insert(it.key().toInt(), r);
    }
    m_tables = tables;
    m_runtime = runtime;
    changed();
    return true;
}

} // namespace otjlab
