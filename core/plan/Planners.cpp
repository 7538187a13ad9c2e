#include "core/plan/Planners.h"

#include "core/steps/authentication/AuthenticationPlanner.h"
#include "core/steps/calendarprocessing/CalendarProcessingPlanner.h"
#include "core/steps/impersonation/ImpersonationPlanner.h"
#include "core/steps/prerequisites/RoomsPlanner.h"
#include "core/steps/serviceaccount/ServiceAccountPlanner.h"

namespace otj::plan {

std::vector<std::unique_ptr<StepPlanner>> makeExchangePlanners()
{
    std::vector<std::unique_ptr<StepPlanner>> planners;
    planners.push_back(rooms::makeRoomsPlanner());
    planners.push_back(makeServiceAccountPlanner());
    planners.push_back(makeImpersonationPlanner());
    planners.push_back(authentication::makeAuthenticationPlanner());
    planners.push_back(std::make_unique<CalendarProcessingPlanner>());
    return planners;
}

QList<StepPlanner*> pointers(const std::vector<std::unique_ptr<StepPlanner>>& planners)
{
    QList<StepPlanner*> list;
    for (const auto& p : planners)
        list.append(p.get());
    return list;
}

} // namespace otj::plan
