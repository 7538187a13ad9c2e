#include "core/steps/serviceaccount/ServiceAccountStep.h"

#include "core/steps/Inspected.h"
#include "core/steps/serviceaccount/ServiceAccountPlanner.h"
#include "core/validation/ValidationContext.h"

namespace otj {

ServiceAccountStep::ServiceAccountStep()
    : Step(serviceaccount::reasonTexts())
{}

QList<CheckDeclaration> ServiceAccountStep::declareChecks(const ValidationContext& context) const
{
    // PowerShell-side checks: judged from an Exchange inspection when the run has one.
    const auto& inspection = context.options().inspection;
    const auto verdict = [&](const char* checkId, const QStringList& changePrefixes) {
        if (!inspection)
            return Verdict{CheckStatus::Skipped, context.options().serviceAccountOnly
                                                     ? "common.service-account-only"
                                                     : "common.needs-powershell"};
        return inspected::checkVerdict(*inspection, StepId::ServiceAccount, QLatin1String(checkId),
                                       changePrefixes);
    };
    return {
        {QLatin1String(serviceaccount::AccountCheck), tr("The service account exists and is enabled"), false,
         verdict(serviceaccount::AccountCheck,
                 {QStringLiteral("step1.account"), QStringLiteral("step1.account-hidden")})},
        {QLatin1String(serviceaccount::DedicatedCheck),
         tr("The service account is not another application's"), false,
         verdict(serviceaccount::DedicatedCheck, {})},
        {QLatin1String(serviceaccount::EwsAccessCheck), tr("The service account may use EWS"), false,
         verdict(serviceaccount::EwsAccessCheck, {})},
        {QLatin1String(serviceaccount::PasswordCheck), tr("The service account's password does not expire"),
         false, verdict(serviceaccount::PasswordCheck, {})},
    };
}

} // namespace otj
