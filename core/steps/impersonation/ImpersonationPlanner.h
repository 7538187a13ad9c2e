// Step 2 planner: ApplicationImpersonation limited to the OTJ rooms. A distribution group holding
// exactly the selected on-prem rooms (hidden from the address lists), a management scope
// `MemberOfGroup -eq '<group DN>'`, and the role assignment with -CustomRecipientWriteScope.
// Notes: an unscoped assignment for the same account, exclusive scopes, an assignment name taken by
// someone else, and why rooms that EWS refused are refused (PlanOptions::impersonationFailures).
// Offline (empty state) the changes come from the profile alone. State keys and explanations:
// ImpersonationDiagnosis.h. Contract: core/plan/README.md.
#pragma once

#include "core/plan/StepPlanner.h"

#include <memory>

namespace otj {
std::unique_ptr<plan::StepPlanner> makeImpersonationPlanner();
} // namespace otj
