#include "tests/support/ValidationSchema.h"

#include <QRegularExpression>

QString JsonSchemaCheck::typeOf(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return v.toDouble() == double(qint64(v.toDouble())) ? QStringLiteral("integer")
                                                            : QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("undefined");
    }
}
void JsonSchemaCheck::check(const QJsonObject& s, const QJsonValue& v, const QString& at,
                            QStringList* errors) const
{
    static const QStringList known{QStringLiteral("$schema"),    QStringLiteral("$id"),
                                   QStringLiteral("title"),      QStringLiteral("description"),
                                   QStringLiteral("type"),       QStringLiteral("const"),
                                   QStringLiteral("enum"),       QStringLiteral("required"),
                                   QStringLiteral("properties"), QStringLiteral("additionalProperties"),
                                   QStringLiteral("items"),      QStringLiteral("$ref"),
                                   QStringLiteral("$defs"),      QStringLiteral("pattern"),
                                   QStringLiteral("minimum"),    QStringLiteral("maximum"),
                                   QStringLiteral("minLength")};
    for (auto it = s.begin(); it != s.end(); ++it) {
        if (!known.contains(it.key()))
            errors->append(at + QStringLiteral(": schema uses unsupported keyword ") + it.key());
    }
    if (s.contains(QStringLiteral("$ref"))) {
        const QString ref = s.value(QStringLiteral("$ref")).toString();
        const QString name = ref.section(QLatin1Char('/'), -1);
        check(m_root.value(QStringLiteral("$defs")).toObject().value(name).toObject(), v, at, errors);
        return;
    }
    const QString t = typeOf(v);
    if (s.contains(QStringLiteral("type"))) {
        QStringList types;
        const QJsonValue tv = s.value(QStringLiteral("type"));
        if (tv.isArray())
            for (const QJsonValue& x : tv.toArray())
                types << x.toString();
        else
            types << tv.toString();
        const bool ok =
            types.contains(t) || (t == QLatin1String("integer") && types.contains(QStringLiteral("number")));
        if (!ok) {
            errors->append(
                QStringLiteral("%1: type %2, expected %3").arg(at, t, types.join(QLatin1Char('|'))));
            return;
        }
    }
    if (s.contains(QStringLiteral("const")) && s.value(QStringLiteral("const")) != v)
        errors->append(at + QStringLiteral(": not the constant"));
    if (s.contains(QStringLiteral("enum")) && !s.value(QStringLiteral("enum")).toArray().contains(v))
        errors->append(at + QStringLiteral(": ") + v.toVariant().toString() + QStringLiteral(" not in enum"));
    if (v.isString()) {
        if (s.contains(QStringLiteral("pattern")) &&
            !QRegularExpression(s.value(QStringLiteral("pattern")).toString()).match(v.toString()).hasMatch())
            errors->append(at + QStringLiteral(": does not match pattern: ") + v.toString());
        if (s.contains(QStringLiteral("minLength")) &&
            v.toString().size() < s.value(QStringLiteral("minLength")).toInt())
            errors->append(at + QStringLiteral(": too short"));
    }
    if (v.isDouble()) {
        if (s.contains(QStringLiteral("minimum")) &&
            v.toDouble() < s.value(QStringLiteral("minimum")).toDouble())
            errors->append(at + QStringLiteral(": below minimum"));
        if (s.contains(QStringLiteral("maximum")) &&
            v.toDouble() > s.value(QStringLiteral("maximum")).toDouble())
            errors->append(at + QStringLiteral(": above maximum"));
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const QJsonValue& r : s.value(QStringLiteral("required")).toArray()) {
            if (!o.contains(r.toString()))
                errors->append(at + QStringLiteral(": missing required ") + r.toString());
        }
        const QJsonObject props = s.value(QStringLiteral("properties")).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (props.contains(it.key()))
                check(props.value(it.key()).toObject(), it.value(), at + QLatin1Char('.') + it.key(), errors);
            else if (s.value(QStringLiteral("additionalProperties")) == QJsonValue(false))
                errors->append(at + QStringLiteral(": unexpected property ") + it.key());
        }
    }
    if (v.isArray() && s.contains(QStringLiteral("items"))) {
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i)
            check(s.value(QStringLiteral("items")).toObject(), a.at(i), at + QStringLiteral("[%1]").arg(i),
                  errors);
    }
}
