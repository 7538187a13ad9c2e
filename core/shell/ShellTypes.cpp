#include "core/shell/ShellTypes.h"

#include "core/logging/Redactor.h"

#include <QJsonArray>

namespace otj::shell {

ShellValue::ShellValue(bool value)
    : m_kind(Kind::Bool)
    , m_json(value)
{}
ShellValue::ShellValue(int value)
    : m_kind(Kind::Integer)
    , m_json(value)
{}
ShellValue::ShellValue(qint64 value)
    : m_kind(Kind::Integer)
    , m_json(value)
{}
ShellValue::ShellValue(double value)
    : m_kind(Kind::Double)
    , m_json(value)
{}
ShellValue::ShellValue(const QString& value)
    : m_kind(Kind::String)
    , m_json(value)
{}

ShellValue ShellValue::list(const QList<ShellValue>& items)
{
    QJsonArray a;
    for (const ShellValue& v : items)
        a.append(v.m_json);
    ShellValue r;
    r.m_kind = Kind::List;
    r.m_json = a;
    return r;
}

ShellValue ShellValue::strings(const QStringList& items)
{
    QList<ShellValue> values;
    for (const QString& s : items)
        values.append(ShellValue(s));
    return list(values);
}

ShellValue ShellValue::table(const QMap<QString, ShellValue>& entries)
{
    QJsonObject o;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        o.insert(it.key(), it.value().m_json);
    ShellValue r;
    r.m_kind = Kind::Table;
    r.m_json = o;
    return r;
}

ShellValue ShellValue::secureString(const QString& plainText)
{
    Redactor::addSecret(plainText);
    ShellValue r;
    r.m_kind = Kind::SecureString;
    r.m_json = QJsonObject{{QStringLiteral("$type"), QStringLiteral("SecureString")},
                           {QStringLiteral("value"), plainText}};
    return r;
}

bool ShellValue::isStringList() const
{
    if (m_kind != Kind::List)
        return false;
    const QJsonArray a = m_json.toArray();
    return std::all_of(a.begin(), a.end(), [](const QJsonValue& v) { return v.isString(); });
}

namespace {

QString quoted(const QString& s)
{
    QString escaped = s;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString displayJson(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("$null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("$true") : QStringLiteral("$false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::String:
        return quoted(v.toString());
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : v.toArray())
            parts << displayJson(item);
        return QStringLiteral("@(") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("$type")) == QStringLiteral("SecureString"))
            return QStringLiteral("(SecureString %1)").arg(Redactor::Mask);
        QStringList parts;
        for (auto it = o.begin(); it != o.end(); ++it)
            parts << it.key() + QLatin1Char('=') + displayJson(it.value());
        return QStringLiteral("@{") + parts.join(QStringLiteral("; ")) + QLatin1Char('}');
    }
    }
    return {};
}

} // namespace

QString ShellValue::display() const
{
    return displayJson(m_json);
}

QString ShellCommand::display() const
{
    QString text = name;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        if (it.value().kind() == ShellValue::Kind::Bool)
            text += QStringLiteral(" -%1:%2").arg(it.key(), it.value().display());
        else
            text += QStringLiteral(" -%1 %2").arg(it.key(), it.value().display());
    }
    return text;
}

QJsonObject ShellError::toJson() const
{
    return QJsonObject{{QStringLiteral("message"), message},
                       {QStringLiteral("category"), category},
                       {QStringLiteral("fullyQualifiedErrorId"), fullyQualifiedErrorId},
                       {QStringLiteral("exceptionType"), exceptionType},
                       {QStringLiteral("targetObject"),
                        targetObject.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(targetObject)}};
}

} // namespace otj::shell
