// OPATH filters (Exchange's -Filter / -RecipientRestrictionFilter syntax) and LDAP distinguished
// names (RFC 4514), as the lab reads them. OPATH subset: comparisons `Property -eq|-ne|-like|-notlike
// value`, combined with -and / -or / -not and parentheses. A value is '…' (a ' inside is doubled:
// 'O''Brien'), "…" (a " inside is doubled, or escaped with a backtick), $true/$false/$null, or a bare
// word/number. DNs escape , + " \ < > ; (and a leading # or space, a trailing space) with a backslash
// or as \XX hex; comparisons use the unescaped attribute values, case-insensitively.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

namespace otjlab {

// One RDN component's value escaped for a DN (RFC 4514 §2.4): "Rooms, HQ" → "Rooms\, HQ".
QString escapeDnValue(const QString& value);
// A DN as (attribute, unescaped value) pairs; false when it is not a DN.
bool parseDn(const QString& dn, QList<QPair<QString, QString>>* out);
// Same DN (attribute types and values compared case-insensitively after unescaping)?
bool sameDn(const QString& a, const QString& b);

class OpathFilter
{
public:
    struct Node;
    // Property lookup for evaluation: the values of a property on the object (multi-valued: several),
    // or std::nullopt-like "unknown" through *known = false.
    using Lookup = std::function<QStringList(const QString& property, bool* known)>;

    static OpathFilter parse(const QString& text);
    bool isValid() const { return m_root != nullptr; }
    // Exchange-like message for a filter that does not parse.
    QString error() const { return m_error; }
    // The properties the filter names (for "not a recognized filterable property").
    QStringList properties() const;
    bool matches(const Lookup& lookup) const;

private:
    std::shared_ptr<Node> m_root;
    QString m_error;
};

} // namespace otjlab
