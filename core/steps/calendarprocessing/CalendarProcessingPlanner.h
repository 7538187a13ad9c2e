// Step 4's part in plan and apply: reads Get-CalendarProcessing of every selected on-prem room
// (state key "calendar/<room>", all rooms of a round batched by the inspector), wants the profile's
// CalendarPolicy on each (change "step4.calendar/<room>", only differing parameters sent), and notes
// the settings that stop auto-accept or bookings (Warnings, check "step4.calendar-processing");
// those are changed ("step4.blockers/<room>") only when PlanOptions::fixBookingBlockers.
#pragma once

#include "core/plan/StepPlanner.h"

#include <QCoreApplication>

namespace otj {

class CalendarProcessingPlanner final : public plan::StepPlanner
{
    Q_DECLARE_TR_FUNCTIONS(otj::CalendarProcessingPlanner)
public:
    CalendarProcessingPlanner();
    StepId step() const override { return StepId::CalendarProcessing; }
    QList<shell::ShellCommand> reads(const plan::PlanContext& context, int round,
                                     QStringList* keys) const override;
    QList<plan::DesiredChange> desiredChanges(const plan::PlanContext& context) const override;
    QList<plan::PlanNote> notes(const plan::PlanContext& context) const override;

    static QString stateKey(const QString& room); // "calendar/<room>"
    static shell::ShellCommand read(const QString& room);
};

} // namespace otj
