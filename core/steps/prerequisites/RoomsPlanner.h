// The rooms planner: reads the room directory every step shares (RoomDirectory.h) in two rounds —
// every room mailbox (on-prem and remote) and the room lists in one call each, then the room lists'
// members and one Get-Recipient for each selected address that is not a room — and states no
// change. Its notes say what each selected address that is not an on-prem room is (prereq.p1);
// the same verdict judges P1 in validation.
#pragma once

#include "core/plan/StepPlanner.h"
#include "core/steps/prerequisites/RoomDirectory.h"

#include <memory>

namespace otj::rooms {

class RoomsPlanner final : public plan::StepPlanner
{
public:
    RoomsPlanner();
    StepId step() const override { return StepId::Prerequisites; }
    QList<shell::ShellCommand> reads(const plan::PlanContext& context, int round,
                                     QStringList* keys) const override;
    QList<plan::DesiredChange> desiredChanges(const plan::PlanContext&) const override { return {}; }
    QList<plan::PlanNote> notes(const plan::PlanContext& context) const override;

    // The properties read of every room and recipient (one Get-Recipient, Office/City included).
    static QStringList roomProperties();
};

std::unique_ptr<plan::StepPlanner> makeRoomsPlanner();

// P1 for one selected address: Passed for an on-prem room mailbox under its primary SMTP address,
// otherwise Failed saying what it is (a cloud room needs Pexip's Graph integration).
// Skipped when the rooms (or this address) could not be read.
Verdict roomVerdict(const plan::ExchangeState& state, const RoomEntry& entry, const QString& selectedAddress);
// A read error that means "no such object" (ManagementObjectNotFoundException).
bool isNotFound(const shell::ShellError& error);
// P2 for one on-prem room from its Get-CalendarProcessing (state key "calendar/<room>").
Verdict autoAcceptVerdict(const plan::ExchangeState& state, const QString& room);
// State key of a room's Get-CalendarProcessing (read by the calendar-processing planner).
QString calendarKey(const QString& room);
// The reason texts of P1/P2 (registered by the planner and by the prerequisites step).
std::span<const ReasonText> roomReasons();

} // namespace otj::rooms
