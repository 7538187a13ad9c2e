#include "core/steps/Inspected.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace otj::inspected {

bool isNotFound(const shell::ShellError& error)
{
    // Exchange's task errors arrive as NotSpecified RemoteExceptions: the exception name is in the FQID.
    return error.category == QLatin1String("ObjectNotFound") ||
           error.fullyQualifiedErrorId.contains(QLatin1String("ManagementObjectNotFoundException")) ||
           error.exceptionType.contains(QLatin1String("ManagementObjectNotFoundException"));
}

bool wasRead(const plan::ExchangeState& state, const QString& key)
{
    return state.has(key);
}

bool missing(const plan::ExchangeState& state, const QString& key)
{
    if (state.objects.contains(key) && !state.objects.value(key).isEmpty())
        return false;
    if (state.errors.contains(key))
        return isNotFound(state.errors.value(key));
    return state.objects.contains(key);
}

bool failed(const plan::ExchangeState& state, const QString& key)
{
    return state.errors.contains(key) && !isNotFound(state.errors.value(key)) &&
           state.objects.value(key).isEmpty();
}

std::optional<QJsonObject> first(const plan::ExchangeState& state, const QString& key)
{
    const QList<QJsonObject> objects = state.objects.value(key);
    if (objects.isEmpty())
        return std::nullopt;
    return objects.first();
}

QString exchangeAlias(const QString& name)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression notAlias(QStringLiteral("[^A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~.]"));
    QString alias = name.trimmed();
    alias.replace(space, QStringLiteral("-"));
    alias.remove(notAlias);
    return alias.left(64);
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            if (!item.toString().isEmpty())
                out << item.toString();
    } else if (value.isString() && !value.toString().isEmpty()) {
        out << value.toString();
    }
    return out;
}

const plan::StepPlan* stepPlan(const plan::Plan& plan, StepId step)
{
    for (const plan::StepPlan& s : plan.steps)
        if (s.step == step)
            return &s;
    return nullptr;
}

Verdict checkVerdict(const plan::Inspection& inspection, StepId step, const QString& checkId,
                     const QStringList& changePrefixes)
{
    const plan::StepPlan* s = stepPlan(inspection.plan, step);
    if (!s || !s->inspected)
        return {CheckStatus::Skipped, "common.not-inspected"};
    Verdict worst{CheckStatus::Passed};
    for (const plan::PlanNote& note : s->notes) {
        if (note.checkId == checkId && note.target.isEmpty() &&
            severity(note.verdict.status) > severity(worst.status))
            worst = note.verdict;
    }
    QStringList pending;
    for (const plan::PlannedChange& change : s->changes) {
        for (const QString& prefix : changePrefixes)
            if (change.desired.key == prefix || change.desired.key.startsWith(prefix + QLatin1Char('/'))) {
                pending << change.desired.summary;
                break;
            }
    }
    if (!pending.isEmpty() && severity(CheckStatus::Failed) > severity(worst.status))
        return {CheckStatus::Failed, "common.changes-pending", {pending.join(QStringLiteral("; "))}};
    return worst;
}

} // namespace otj::inspected
