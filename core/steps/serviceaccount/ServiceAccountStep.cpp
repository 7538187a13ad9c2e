#include "core/steps/serviceaccount/ServiceAccountStep.h"

#include "core/validation/ValidationContext.h"

namespace otj {

ServiceAccountStep::ServiceAccountStep()
    : Step({})
{}

QList<CheckDeclaration> ServiceAccountStep::declareChecks(const ValidationContext& context) const
{
    return {
        {QStringLiteral("step1.service-account"), tr("The service account exists and is enabled"), false,
         Verdict{CheckStatus::Skipped, context.options().serviceAccountOnly ? "common.service-account-only"
                                                                            : "common.needs-powershell"}}};
}

} // namespace otj
