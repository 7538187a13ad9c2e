#include "core/script/PowerShellLiteral.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace otj::script {
namespace {

bool closesSingleQuotedString(QChar c)
{
    // PowerShell's tokenizer treats all four as a single quote (SpecialChars.IsSingleQuote).
    const char16_t u = c.unicode();
    return u == u'\'' || u == u'\u2018' || u == u'\u2019' || u == u'\u201A' || u == u'\u201B';
}

QString doubleLiteral(double d)
{
    if (std::isnan(d))
        return QStringLiteral("[double]::NaN");
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("[double]::PositiveInfinity")
                     : QStringLiteral("[double]::NegativeInfinity");
    // Shortest text that reads back as the same double, invariant culture (C locale: '.' decimal point).
    QString text = QString::number(d, 'g', QLocale::FloatingPointShortest);
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
        text += QStringLiteral(".0"); // stays a [double]; "2" would be an [int]
    return text;
}

QString integerLiteral(qint64 n)
{
    // A negative number in parentheses: in argument mode "-5" could be read as a parameter name.
    return n < 0 ? QStringLiteral("(%1)").arg(n) : QString::number(n);
}

QString tableLiteral(const QList<std::pair<QString, QString>>& entries)
{
    if (entries.isEmpty())
        return QStringLiteral("@{}");
    QStringList parts;
    for (const auto& [key, value] : entries)
        parts << singleQuoted(key) + QStringLiteral(" = ") + value;
    return QStringLiteral("@{ ") + parts.join(QStringLiteral("; ")) + QStringLiteral(" }");
}

QString arrayLiteral(const QStringList& items)
{
    return QStringLiteral("@(") + items.join(QStringLiteral(", ")) + QLatin1Char(')');
}

bool isSecureStringJson(const QJsonValue& v)
{
    return v.isObject() && v.toObject().value(QStringLiteral("$type")) == QStringLiteral("SecureString");
}

QString jsonLiteral(const QJsonValue& v, const QString& secretExpression)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("$null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("$true") : QStringLiteral("$false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const qint64 n = v.toInteger(std::numeric_limits<qint64>::min());
        if (n != std::numeric_limits<qint64>::min() && double(n) == d)
            return integerLiteral(n);
        return doubleLiteral(d);
    }
    case QJsonValue::String:
        return singleQuoted(v.toString());
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& item : v.toArray())
            items << jsonLiteral(item, secretExpression);
        return arrayLiteral(items);
    }
    case QJsonValue::Object: {
        if (isSecureStringJson(v))
            return secretExpression.isEmpty() ? QStringLiteral("$null") : secretExpression;
        QList<std::pair<QString, QString>> entries;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            entries.append({it.key(), jsonLiteral(it.value(), secretExpression)});
        return tableLiteral(entries);
    }
    }
    return QStringLiteral("$null");
}

} // namespace

QString singleQuoted(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('\'');
    for (const QChar c : text) {
        out += c;
        if (closesSingleQuotedString(c))
            out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

QString literal(const shell::ShellValue& value, const QString& secretExpression)
{
    using K = shell::ShellValue::Kind;
    switch (value.kind()) {
    case K::Null:
        return QStringLiteral("$null");
    case K::Bool:
        return value.toJson().toBool() ? QStringLiteral("$true") : QStringLiteral("$false");
    case K::Integer:
        return integerLiteral(value.toJson().toInteger());
    case K::Double:
        return doubleLiteral(value.toJson().toDouble());
    case K::String:
        return singleQuoted(value.toJson().toString());
    case K::List:
    case K::Table:
        return jsonLiteral(value.toJson(), secretExpression);
    case K::SecureString:
        return secretExpression.isEmpty() ? QStringLiteral("$null") : secretExpression;
    }
    return QStringLiteral("$null");
}

QString literal(const QJsonValue& value)
{
    return jsonLiteral(value, {});
}

QString parameter(const QString& name, const shell::ShellValue& value,
                  std::optional<shell::ParameterType> type, const QString& secretExpression)
{
    if (value.kind() == shell::ShellValue::Kind::Bool) {
        const bool on = value.toJson().toBool();
        if (type == shell::ParameterType::Switch && on)
            return QStringLiteral(" -%1").arg(name);
        // -Name:$false: the only way to pass $false to a switch; binds a [bool] as well.
        return QStringLiteral(" -%1:%2").arg(name, on ? QStringLiteral("$true") : QStringLiteral("$false"));
    }
    return QStringLiteral(" -%1 %2").arg(name, literal(value, secretExpression));
}

QString parameterLine(const shell::ShellCommand& command, const QStringList& skip,
                      const QString& secretExpression)
{
    const shell::CommandSpec* spec = shell::CommandRegistry::find(command.name);
    QString line;
    for (auto it = command.parameters.cbegin(); it != command.parameters.cend(); ++it) {
        if (skip.contains(it.key(), Qt::CaseInsensitive))
            continue;
        const auto type = spec ? spec->parameterType(it.key()) : std::nullopt;
        line += parameter(it.key(), it.value(), type, secretExpression);
    }
    return line;
}

QString opathEscaped(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return escaped;
}

QString opathFilterLiteral(const QString& opathTemplate, const QString& value)
{
    QString filter = opathTemplate;
    filter.replace(QStringLiteral("%1"), opathEscaped(value));
    return singleQuoted(filter);
}

QString identifierFrom(const QString& text)
{
    QString out;
    for (const QChar c : text)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('_') ? c : QLatin1Char('_');
    return out;
}

} // namespace otj::script
