// Step 2 as PowerShell reads it: the state keys of the impersonation objects (the OTJ rooms group,
// its members, the management scope, the role assignment) and why a room that EWS refuses to let
// the service account impersonate is refused: not in the group, a scope filter that does not name
// the group, no usable assignment, or a change too new to have reached EWS (AD replication and the
// RBAC cache). Shared by the planner (notes) and ImpersonationStep (the EWS check's verdict), so
// it needs nothing but the state and the profile.
#pragma once

#include "core/plan/StepPlanner.h"

#include <QDateTime>

#include <optional>
#include <span>

namespace otj::impersonation {

inline constexpr auto GroupKey = "impersonation/group";           // Get-DistributionGroup -Identity <group>
inline constexpr auto MembersKey = "impersonation/group-members"; // Get-DistributionGroupMember
// The members read answers one object per member; the plan compares one object whose
// PrimarySmtpAddress is the list of them. The planner keeps that object here (a copy of the read's
// error when the group is missing).
inline constexpr auto MemberListKey = "impersonation/group-member-list";
inline constexpr auto ScopeKey = "impersonation/scope";   // Get-ManagementScope -Identity <scope>
inline constexpr auto ScopesKey = "impersonation/scopes"; // Get-ManagementScope (all: exclusive ones)
inline constexpr auto AssignmentKey =
    "impersonation/assignment";           // Get-ManagementRoleAssignment -Identity <name>
QString writableKey(const QString& room); // "impersonation/writable/<room>"

// Check ids the notes carry (declared by ImpersonationStep).
inline constexpr auto GroupCheck = "step2.group";
inline constexpr auto AssignmentCheck = "step2.role-assignment";
inline constexpr auto UnscopedCheck = "step2.unscoped-assignment";
inline constexpr auto ImpersonationCheck = "step2.impersonation"; // per room (the EWS check)

// At most this many failing rooms are asked about (one Get-ManagementRoleAssignment each).
inline constexpr int MaxDiagnosedRooms = 50;
// Role and group changes younger than this may not have reached EWS yet (AD replication + the
// RBAC cache of the Client Access services).
inline constexpr int SettleMinutes = 60;

// "MemberOfGroup -eq '<dn>'" with OPATH's quoting (' doubled inside the value).
QString memberOfGroupFilter(const QString& groupDn);
// The group's members as read (primary SMTP addresses, lower case).
QStringList groupMembers(const plan::ExchangeState& state);

// Why EWS refuses `room` (lower case), as far as the state tells; nullopt: nothing explains it.
// Failed for a cause the admin must fix, Pending when the setup is complete in Active Directory
// and EWS has not caught up yet.
std::optional<Verdict> explainRefusal(const SetupProfile& profile, const plan::ExchangeState& state,
                                      const QString& room, const QDateTime& now);

// The PowerShell-side reason texts (planner notes and explanations); ImpersonationStep registers them.
std::span<const ReasonText> reasonTexts();

} // namespace otj::impersonation
