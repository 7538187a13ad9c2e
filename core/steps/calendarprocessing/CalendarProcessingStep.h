// Calendar processing: rooms keep meeting details (step4.calendar-processing, PowerShell side) and
// their meetings keep subject and body (step4.content, per room, from what impersonation read).
#pragma once

#include "core/ews/EwsClient.h"
#include "core/plan/StepPlanner.h"
#include "core/steps/Step.h"

namespace otj {

class CalendarProcessingStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(otj::CalendarProcessingStep)
public:
    CalendarProcessingStep();
    StepId id() const override { return StepId::CalendarProcessing; }
    QList<CheckDeclaration> declareChecks(const ValidationContext& context) const override;
    // step4.calendar-processing from ValidationOptions::inspection, when the run has one.
    void runChecks(ValidationContext& context, Gate gate) override;
    static Verdict inspectionVerdict(const plan::Inspection& inspection);

    // Automatic calendar processing on every room (prerequisite P2): needs the PowerShell side.
    static Verdict automaticProcessingVerdict(bool serviceAccountOnly);

    // The room's content check once impersonation has read its calendar (`view`); runs inside the
    // impersonation step's per-room work and calls `done` when decided.
    void inspect(ValidationContext& context, const QString& room, const ews::CalendarView& view,
                 std::function<void()> done);
    // The room's calendar could not be read: its content check is not decided here.
    void notChecked(ValidationContext& context, const QString& room, bool cancelled, const Verdict& why);
};

} // namespace otj
