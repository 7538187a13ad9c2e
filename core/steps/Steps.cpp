// The product's steps, in the order their checks are listed.
#include "core/steps/authentication/AuthenticationStep.h"
#include "core/steps/calendarprocessing/CalendarProcessingStep.h"
#include "core/steps/connection/ConnectionStep.h"
#include "core/steps/impersonation/ImpersonationStep.h"
#include "core/steps/pexip/PexipStep.h"
#include "core/steps/prerequisites/PrerequisitesStep.h"
#include "core/steps/serviceaccount/ServiceAccountStep.h"
#include "core/validation/ValidationRunner.h"

namespace otj {

std::vector<std::unique_ptr<Step>> defaultSteps()
{
    auto calendar = std::make_unique<CalendarProcessingStep>();
    std::vector<std::unique_ptr<Step>> steps;
    steps.push_back(std::make_unique<PrerequisitesStep>());
    steps.push_back(std::make_unique<ConnectionStep>());
    steps.push_back(std::make_unique<ServiceAccountStep>());
    steps.push_back(std::make_unique<ImpersonationStep>(calendar.get()));
    steps.push_back(std::make_unique<AuthenticationStep>());
    steps.push_back(std::move(calendar));
    steps.push_back(std::make_unique<PexipStep>());
    return steps;
}

} // namespace otj
