#include "powershell/LabCmdlets.h"

#include <QJsonDocument>

namespace otjlab {

extern const char* const kCmdletTableJson; // generated from cmdlets.json (CMakeLists.txt)

QByteArray CmdletTable::json()
{
    return QByteArray(kCmdletTableJson);
}

const CmdletParameter* CmdletSpec::parameter(const QString& n) const
{
    for (const auto& p : parameters)
        if (p.name.compare(n, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

const CmdletTable& CmdletTable::instance()
{
    static const CmdletTable table = [] {
        CmdletTable t;
        const QJsonObject doc = QJsonDocument::fromJson(json()).object();
        const QJsonObject groups = doc.value(QLatin1String("roleGroups")).toObject();
        for (auto it = groups.begin(); it != groups.end(); ++it)
            for (const auto& r : it.value().toArray())
                t.roleGroupRoles[it.key()] << r.toString();
        for (const auto& v : doc.value(QLatin1String("cmdlets")).toArray()) {
            const QJsonObject o = v.toObject();
            CmdletSpec s;
            s.name = o.value(QLatin1String("name")).toString();
            s.className = o.value(QLatin1String("class")).toString();
            s.position0 = o.value(QLatin1String("position0")).toString();
            for (const auto& r : o.value(QLatin1String("roles")).toArray())
                s.roles << r.toString();
            for (const auto& m : o.value(QLatin1String("mandatory")).toArray())
                s.mandatory << m.toString();
            const QJsonObject params = o.value(QLatin1String("parameters")).toObject();
            for (auto it = params.begin(); it != params.end(); ++it)
                s.parameters.append({it.key(), it.value().toString()});
            s.shouldProcess = params.contains(QLatin1String("Confirm"));
            t.cmdlets.append(s);
        }
        Q_ASSERT(!t.cmdlets.isEmpty());
        return t;
    }();
    return table;
}

const CmdletSpec* CmdletTable::find(const QString& name) const
{
    for (const auto& c : cmdlets)
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

QStringList CmdletTable::commandsFor(const QStringList& roleGroups) const
{
    QStringList roles{QStringLiteral("*every session*")};
    bool all = false;
    for (const auto& g : roleGroups)
        for (auto it = roleGroupRoles.begin(); it != roleGroupRoles.end(); ++it)
            if (it.key().compare(g, Qt::CaseInsensitive) == 0) {
                roles += it.value();
                all = all || it.value().contains(QStringLiteral("*"));
            }
    QStringList out;
    for (const auto& c : cmdlets) {
        bool in = all;
        for (const auto& r : c.roles)
            in = in || roles.contains(r);
        if (in)
            out << c.name;
    }
    return out;
}

} // namespace otjlab
