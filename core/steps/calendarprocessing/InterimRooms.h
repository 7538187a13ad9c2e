// INTERIM, to be deleted at merge: a stand-in for the room directory (core/steps/prerequisites/
// RoomDirectory.h, implemented by the rooms planner of issue 10's `rooms3` part) so the calendar
// planner, the inspector and their tests run before that lands. It reads the same state key
// ("rooms") with Get-Mailbox -RecipientTypeDetails RoomMailbox and answers the two questions the
// engine asks: which selected addresses are on-prem rooms, and in which AD domains they live.
// At merge: use rooms::selectedOnPremRooms() / rooms::selected(...).domain and drop this file and
// makeInterimRoomsPlanner() from core/plan/Planners.cpp.
#pragma once

#include "core/plan/StepPlanner.h"

#include <memory>

namespace otj::interim {

std::unique_ptr<plan::StepPlanner> makeInterimRoomsPlanner();
// Lower case; before "rooms" was read (offline): the profile's selected addresses as they are.
QStringList selectedOnPremRooms(const plan::PlanContext& context);
// The AD domains ("contoso.lab") of the selected on-prem rooms, from their DNs.
QStringList selectedRoomDomains(const plan::PlanContext& context);

} // namespace otj::interim
