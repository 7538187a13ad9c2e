// Service account: the OTJ service account exists and is enabled (PowerShell side). Owns step1.*.
#pragma once

#include "core/steps/Step.h"

namespace otj {

class ServiceAccountStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(otj::ServiceAccountStep)
public:
    ServiceAccountStep();
    StepId id() const override { return StepId::ServiceAccount; }
    QList<CheckDeclaration> declareChecks(const ValidationContext& context) const override;
    void runChecks(ValidationContext&, Gate) override {}
};

} // namespace otj
