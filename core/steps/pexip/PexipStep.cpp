#include "core/steps/pexip/PexipStep.h"

#include "core/validation/ValidationContext.h"

namespace otj {

namespace {
const ReasonText kReasons[] = {
    {"step5.not-available", "otj::PexipStep",
     QT_TRANSLATE_NOOP("otj::PexipStep",
                       "The Pexip checks are not available in this version; nothing was checked.")},
};
} // namespace

PexipStep::PexipStep()
    : Step(kReasons)
{}

QList<CheckDeclaration> PexipStep::declareChecks(const ValidationContext&) const
{
    return {{QStringLiteral("step5.pexip"), tr("The Pexip One-Touch Join integration matches"), false,
             Verdict{CheckStatus::Skipped, "step5.not-available"}}};
}

} // namespace otj
