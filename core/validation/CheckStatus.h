// The status of one check (shared by the verdicts in core/steps and the results tree).
#pragma once

#include <QString>

namespace otj {

enum class CheckStatus { NotRun, Running, Passed, Warning, Failed, Skipped, Cancelled, Pending };
// "passed", "warning", ... (JSON); NotRun/Running are transient and never in a final result.
QString statusKey(CheckStatus s);
// "Passed", "Warning", ... (text output and the UI; translated)
QString statusTitle(CheckStatus s);
bool isFinal(CheckStatus s);
// Failed > Warning > Pending > Cancelled > Skipped > Passed (for parents and summaries).
int severity(CheckStatus s);

} // namespace otj
