// Step 1 planner: adopt or create the OTJ service account (New-Mailbox), and say what stands in its
// way: a missing account to adopt, a disabled account, EWS switched off or limited to listed
// User-Agents, a password that can expire, an account that another application (VMR scheduling)
// already uses. Contract: core/plan/README.md.
#pragma once

#include "core/plan/StepPlanner.h"

#include <memory>
#include <span>

namespace otj::serviceaccount {

// State keys (ExchangeState), read in round 0.
inline constexpr auto UserKey = "account/user";                   // Get-User -Identity <upn>
inline constexpr auto MailboxKey = "account/mailbox";             // Get-Mailbox -Identity <upn>
inline constexpr auto CasMailboxKey = "account/cas";              // Get-CASMailbox -Identity <upn>
inline constexpr auto ImpersonationKey = "account/impersonation"; // its ApplicationImpersonation assignments
inline constexpr auto OrganizationKey = "organization";           // Get-OrganizationConfig

// Check ids the notes carry (declared by ServiceAccountStep).
inline constexpr auto AccountCheck = "step1.service-account";
inline constexpr auto EwsAccessCheck = "step1.ews-access";
inline constexpr auto PasswordCheck = "step1.password-expiry";
inline constexpr auto DedicatedCheck = "step1.dedicated-account";

// Get-ManagementRoleAssignment -Role ApplicationImpersonation -RoleAssignee <upn> (also read by step 2).
shell::ShellCommand impersonationAssignmentsRead(const QString& upn);
// The account's own assignments (not the delegating ones a role group holds).
QList<QJsonObject> regularAssignments(const plan::ExchangeState& state);
// Enabled, regular and with no custom write scope: the account may impersonate every mailbox.
bool isUnscoped(const QJsonObject& assignment);

// Our policy (Pexip only says the OTJ account "should be" different): the OTJ service account must
// not be one that a Pexip VMR-scheduling connector (ms_exchange_connector) signs in with. Compares
// the profile's UPN and what Get-User read (UPN, sAMAccountName, DOMAIN\sam) with each username,
// ignoring case. A Failed note for step1.dedicated-account when one matches.
std::optional<plan::PlanNote> conflictsWithPexipConnector(const plan::PlanContext& context,
                                                          const QStringList& connectorUsernames);

// The PowerShell-side reason texts (the planner's notes); ServiceAccountStep registers them too.
std::span<const ReasonText> reasonTexts();

} // namespace otj::serviceaccount

namespace otj {
std::unique_ptr<plan::StepPlanner> makeServiceAccountPlanner();
} // namespace otj
