// The step planners of plan and apply, in the order their changes are applied.
#pragma once

#include "core/plan/StepPlanner.h"

#include <memory>
#include <vector>

namespace otj::plan {

std::vector<std::unique_ptr<StepPlanner>> makeExchangePlanners();
// Raw pointers for ExchangeInspector (the vector keeps ownership).
QList<StepPlanner*> pointers(const std::vector<std::unique_ptr<StepPlanner>>& planners);

} // namespace otj::plan
