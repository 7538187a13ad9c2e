// A small JSON Schema checker for the keywords validation-result.schema.json uses: type, const,
// enum, required, properties, additionalProperties (false), items, $ref (#/$defs/...), pattern,
// minimum, maximum, minLength. Strict: an unknown keyword in the schema is an error, so the
// schema cannot silently use something this checker ignores.
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

class JsonSchemaCheck
{
public:
    explicit JsonSchemaCheck(const QJsonObject& schema)
        : m_root(schema)
    {}
    static QJsonObject load(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    // Returns every violation ("$.checks[0].status: ...").
    QStringList validate(const QJsonValue& v) const
    {
        QStringList errors;
        check(m_root, v, QStringLiteral("$"), &errors);
        return errors;
    }

private:
    static QString typeOf(const QJsonValue& v);
    void check(const QJsonObject& s, const QJsonValue& v, const QString& at, QStringList* errors) const;
    QJsonObject m_root;
};
