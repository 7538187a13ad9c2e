// The conformance scenarios (tests/lab/powershell/scenarios.json): loading them and checking one
// command's result against its "expect" block. Used by the model, route and `otj-lab shell` tests;
// the PowerShell module test has its own copy of the checker in PowerShell.
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace labtest {

inline QJsonObject loadScenarios()
{
    QFile f(QStringLiteral(OTJ_SOURCE_DIR "/tests/lab/powershell/scenarios.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Returns the problems (empty: the result matches).
inline QStringList checkExpectation(const QJsonObject& expect, const QJsonObject& result)
{
    QStringList problems;
    const QJsonArray objects = result.value(QLatin1String("objects")).toArray();
    const QJsonArray errors = result.value(QLatin1String("errors")).toArray();
    const auto show = [](const QJsonValue& v) {
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    };
    if (expect.contains(QLatin1String("ok")) &&
        expect.value(QLatin1String("ok")).toBool() != errors.isEmpty())
        problems << QStringLiteral("ok %1 expected, errors: %2")
                        .arg(expect.value(QLatin1String("ok")).toBool())
                        .arg(show(errors));
    if (expect.contains(QLatin1String("objectCount")) &&
        expect.value(QLatin1String("objectCount")).toInt() != objects.size())
        problems << QStringLiteral("objectCount %1 expected, got %2")
                        .arg(expect.value(QLatin1String("objectCount")).toInt())
                        .arg(objects.size());
    for (const auto& o : objects) {
        const QJsonObject obj = o.toObject();
        for (const auto& p : expect.value(QLatin1String("properties")).toArray())
            if (!obj.contains(p.toString()))
                problems << QStringLiteral("property %1 missing").arg(p.toString());
        const QJsonObject values = expect.value(QLatin1String("values")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            if (obj.value(it.key()) != it.value())
                problems << QStringLiteral("%1 = %2 expected, got %3")
                                .arg(it.key(), show(it.value()), show(obj.value(it.key())));
        const QJsonObject matches = expect.value(QLatin1String("valueMatches")).toObject();
        for (auto it = matches.begin(); it != matches.end(); ++it)
            if (!QRegularExpression(it.value().toString()).match(obj.value(it.key()).toString()).hasMatch())
                problems << QStringLiteral("%1 does not match %2").arg(it.key(), it.value().toString());
    }
    if (expect.contains(QLatin1String("warnings")) && expect.value(QLatin1String("warnings")).toArray() !=
                                                          result.value(QLatin1String("warnings")).toArray())
        problems << QStringLiteral("warnings %1 expected, got %2")
                        .arg(show(expect.value(QLatin1String("warnings"))),
                             show(result.value(QLatin1String("warnings"))));
    const QJsonArray wantErrors = expect.value(QLatin1String("errors")).toArray();
    if (!wantErrors.isEmpty() && wantErrors.size() != errors.size())
        problems << QStringLiteral("%1 errors expected, got %2").arg(wantErrors.size()).arg(show(errors));
    for (int i = 0; i < wantErrors.size() && i < errors.size(); ++i) {
        const QJsonObject want = wantErrors[i].toObject();
        const QJsonObject got = errors[i].toObject();
        for (auto it = want.begin(); it != want.end(); ++it) {
            if (it.key() == QLatin1String("fullyQualifiedErrorIdMatches")) {
                if (!QRegularExpression(it.value().toString())
                         .match(got.value(QLatin1String("fullyQualifiedErrorId")).toString())
                         .hasMatch())
                    problems << QStringLiteral("fullyQualifiedErrorId %1 does not match %2")
                                    .arg(got.value(QLatin1String("fullyQualifiedErrorId")).toString(),
                                         it.value().toString());
            } else if (got.value(it.key()) != it.value()) {
                problems << QStringLiteral("error %1 = %2 expected, got %3")
                                .arg(it.key(), show(it.value()), show(got.value(it.key())));
            }
        }
    }
    return problems;
}

// The default org's account for a scenario's role.
inline QPair<QString, QString> scenarioAccount(const QString& role)
{
    if (role == QLatin1String("recipient-admin"))
        return {QStringLiteral("rcpadmin@contoso.lab"), QStringLiteral("Rcp4dmin!2024")};
    return {QStringLiteral("exadmin@contoso.lab"), QStringLiteral("Adm1n!Lab2024")};
}

} // namespace labtest
