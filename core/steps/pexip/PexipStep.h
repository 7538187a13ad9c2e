// Pexip integration: the One-Touch Join integration on the Management Node matches. Owns step5.*.
#pragma once

#include "core/steps/Step.h"

namespace otj {

class PexipStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(otj::PexipStep)
public:
    PexipStep();
    StepId id() const override { return StepId::Pexip; }
    QList<CheckDeclaration> declareChecks(const ValidationContext& context) const override;
    void runChecks(ValidationContext&, Gate) override {}
};

} // namespace otj
