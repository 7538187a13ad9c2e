#include "core/plan/DesiredChange.h"

#include "core/shell/CommandRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace otj::plan {
namespace {

bool isNullish(const QJsonValue& v)
{
    return v.isNull() || v.isUndefined();
}

bool sameScalar(const QJsonValue& wanted, const QJsonValue& actual, Qt::CaseSensitivity cs)
{
    if (isNullish(wanted) || isNullish(actual))
        return isNullish(wanted) && isNullish(actual);
    if (wanted.isString() && actual.isString())
        return wanted.toString().compare(actual.toString(), cs) == 0;
    if (wanted.isArray() && actual.isArray()) {
        const QJsonArray a = wanted.toArray();
        const QJsonArray b = actual.toArray();
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!sameScalar(a.at(i), b.at(i), cs))
                return false;
        }
        return true;
    }
    // Bool, numbers (JSON has one number type: 5 == 5.0), objects: exact.
    return wanted == actual;
}

// A multi-valued property as read: an array, one string, or $null (empty).
QSet<QString> foldedSet(const QJsonValue& v)
{
    QSet<QString> set;
    if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            set.insert(item.toVariant().toString().toCaseFolded());
    } else if (v.isString()) {
        set.insert(v.toString().toCaseFolded());
    }
    return set;
}

} // namespace

// OPATH: property names, operators and $true/$false/$null are case-insensitive, whitespace
// between tokens is free, and a literal is the same in '…' ('' doubled) and "…" ("" or `").
QString normalizedOpath(const QString& filter)
{
    QString out;
    auto put = [&out](const QString& token) {
        if (!out.isEmpty() && !out.endsWith(QLatin1Char('(')) && token != QLatin1String(")"))
            out += QLatin1Char(' ');
        out += token;
    };
    for (qsizetype i = 0; i < filter.size();) {
        const QChar c = filter.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            QString literal;
            ++i;
            while (i < filter.size()) {
                const QChar d = filter.at(i);
                if (c == QLatin1Char('"') && d == QLatin1Char('`') && i + 1 < filter.size()) {
                    literal += filter.at(i + 1);
                    i += 2;
                } else if (d == c) {
                    if (i + 1 < filter.size() && filter.at(i + 1) == c) {
                        literal += c;
                        i += 2;
                    } else {
                        ++i;
                        break;
                    }
                } else {
                    literal += d;
                    ++i;
                }
            }
            literal.replace(QLatin1Char('\''), QStringLiteral("''"));
            put(QLatin1Char('\'') + literal + QLatin1Char('\''));
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            put(QString(c));
            ++i;
        } else {
            qsizetype j = i;
            while (j < filter.size() && !filter.at(j).isSpace() && filter.at(j) != QLatin1Char('(') &&
                   filter.at(j) != QLatin1Char(')') && filter.at(j) != QLatin1Char('\'') &&
                   filter.at(j) != QLatin1Char('"'))
                ++j;
            put(filter.mid(i, j - i).toCaseFolded());
            i = j;
        }
    }
    return out;
}

bool matches(Match match, const shell::ShellValue& wanted, const QJsonValue& actual)
{
    const QJsonValue w = wanted.toJson();
    switch (match) {
    case Match::Equal:
        return sameScalar(w, actual, Qt::CaseSensitive);
    case Match::EqualIgnoringCase:
        return sameScalar(w, actual, Qt::CaseInsensitive);
    case Match::SameSet:
        return foldedSet(w) == foldedSet(actual);
    case Match::OpathEqual:
        if (isNullish(w) || isNullish(actual))
            return isNullish(w) == isNullish(actual) ||
                   (actual.isString() && actual.toString().trimmed().isEmpty()) ||
                   (w.isString() && w.toString().trimmed().isEmpty());
        return actual.isString() && w.isString() &&
               normalizedOpath(w.toString()) == normalizedOpath(actual.toString());
    }
    return false;
}

shell::ShellValue fromRead(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return shell::ShellValue(value.toBool());
    case QJsonValue::Double: {
        const double d = value.toDouble();
        double whole = 0;
        if (std::modf(d, &whole) == 0.0 && std::abs(d) < 9007199254740992.0)
            return shell::ShellValue(qint64(d));
        return shell::ShellValue(d);
    }
    case QJsonValue::String:
        return shell::ShellValue(value.toString());
    case QJsonValue::Array: {
        QList<shell::ShellValue> items;
        for (const QJsonValue& item : value.toArray())
            items.append(fromRead(item));
        return shell::ShellValue::list(items);
    }
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        QMap<QString, shell::ShellValue> entries;
        for (auto it = o.begin(); it != o.end(); ++it)
            entries.insert(it.key(), fromRead(it.value()));
        return shell::ShellValue::table(entries);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString powerShellLine(const PlannedChange& change, const QString& domainController)
{
    if (change.rest) // step 5: a REST request to Pexip, shown as such
        return change.rest->display();
    const shell::ShellCommand& command = change.command;
    QString line = command.name;
    auto append = [&line](const QString& name, const QString& value, bool colon) {
        line += (colon ? QStringLiteral(" -%1:%2") : QStringLiteral(" -%1 %2")).arg(name, value);
    };
    // Identity (or Name) first, as people write it; the rest in the map's (alphabetical) order.
    QStringList order;
    for (const char* first : {"Identity", "Name"}) {
        const QString key = QString::fromLatin1(first);
        if (command.parameters.contains(key))
            order << key;
    }
    for (auto it = command.parameters.cbegin(); it != command.parameters.cend(); ++it) {
        if (!order.contains(it.key()))
            order << it.key();
    }
    for (const QString& name : std::as_const(order)) {
        const shell::ShellValue& v = command.parameters.value(name);
        append(name, v.display(), v.kind() == shell::ShellValue::Kind::Bool);
    }
    const QString& secret = change.desired.secretParameter;
    if (!secret.isEmpty() && !command.parameters.contains(secret))
        append(secret, QCoreApplication::translate("otj::plan", "«password from the keychain»"), false);
    const shell::CommandSpec* spec = shell::CommandRegistry::find(command.name);
    if (!domainController.isEmpty() && spec && spec->takesDomainController)
        append(QStringLiteral("DomainController"), shell::ShellValue(domainController).display(), false);
    return line;
}

int Plan::changeCount() const
{
    int n = 0;
    for (const StepPlan& s : steps)
        n += int(s.changes.size());
    return n;
}

bool Plan::inspected() const
{
    return std::all_of(steps.begin(), steps.end(), [](const StepPlan& s) { return s.inspected; });
}

const StepPlan* Plan::step(StepId id) const
{
    for (const StepPlan& s : steps) {
        if (s.step == id)
            return &s;
    }
    return nullptr;
}

} // namespace otj::plan
