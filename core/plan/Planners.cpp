#include "core/plan/Planners.h"

#include "core/steps/calendarprocessing/CalendarProcessingPlanner.h"
#include "core/steps/calendarprocessing/InterimRooms.h"

namespace otj::plan {

std::vector<std::unique_ptr<StepPlanner>> makeExchangePlanners()
{
    std::vector<std::unique_ptr<StepPlanner>> planners;
    // MERGE: the room directory's planner (rooms3) replaces this interim one.
    planners.push_back(interim::makeInterimRoomsPlanner());
    // MERGE: step 1 (service account) and step 2 (impersonation) planners (steps12) go here.
    // MERGE: step 3 (authentication) planner (rooms3) goes here.
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
