#include "core/steps/StepId.h"

namespace otj {

QString Steps::key(StepId step)
{
    switch (step) {
    case StepId::Prerequisites:
        return QStringLiteral("prereq");
    case StepId::Connection:
        return QStringLiteral("connection");
    case StepId::ServiceAccount:
        return QStringLiteral("step1");
    case StepId::Impersonation:
        return QStringLiteral("step2");
    case StepId::Authentication:
        return QStringLiteral("step3");
    case StepId::CalendarProcessing:
        return QStringLiteral("step4");
    case StepId::Pexip:
        return QStringLiteral("step5");
    }
    return {};
}

std::optional<StepId> Steps::fromKey(QStringView text)
{
    for (StepId s : AllSteps) {
        if (text == key(s))
            return s;
    }
    return std::nullopt;
}

std::optional<StepId> Steps::ofCheck(QStringView checkId)
{
    const qsizetype dot = checkId.indexOf(QLatin1Char('.'));
    return dot < 0 ? std::nullopt : fromKey(checkId.left(dot));
}

QString Steps::title(StepId step)
{
    switch (step) {
    case StepId::Prerequisites:
        return tr("Prerequisites");
    case StepId::Connection:
        return tr("Connections");
    case StepId::ServiceAccount:
        return tr("Service account");
    case StepId::Impersonation:
        return tr("Impersonation");
    case StepId::Authentication:
        return tr("Authentication");
    case StepId::CalendarProcessing:
        return tr("Calendar processing");
    case StepId::Pexip:
        return tr("Pexip integration");
    }
    return {};
}

} // namespace otj
