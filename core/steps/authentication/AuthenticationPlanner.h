// Step 3 (authentication) as plan and apply see it, only for the profile's method:
// - Basic: Basic authentication on the EWS virtual directory of every Mailbox server
//   (step3.ews-basic/<server>); enabling it is organisation-wide exposure, and a note says so.
// - Exchange 2019 CU2+ / SE: the authentication policy that applies to the service account (its
//   own, else the organisation's default). When it blocks legacy EWS (BlockLegacyAuthWebServices
//   blocks Basic and NTLM alike), the account gets a non-blocking policy of its own
//   (step3.auth-policy-assignment; step3.auth-policy creates one when none is suitable); the
//   default is never changed.
// - NTLM: a Warning when Extended Protection is required on an EWS directory (clients without
//   channel binding, Qt's NTLM among them, are refused).
// Without an inspection (the exported script) the Basic change applies to each directory that
// Get-WebServicesVirtualDirectory -ADPropertiesOnly returns.
#pragma once

#include "core/plan/StepPlanner.h"

#include <QCoreApplication>

#include <memory>

namespace otj::authentication {

// State keys.
inline constexpr auto ServersKey = "servers";           // Get-ExchangeServer
inline constexpr auto OrganizationKey = "organization"; // Get-OrganizationConfig
inline constexpr auto PoliciesKey = "authpolicies";     // Get-AuthenticationPolicy (every policy)
// Get-User -Identity <service account UPN>: the same key and read as step 1's (read once).
inline constexpr auto AccountUserKey = "account/user";
QString ewsDirectoryKey(const QString& server); // "ews-vdir/<server>": its EWS directory
QString policyKey(const QString& name);         // "authpolicy/<name>": one policy

// The policy OTJ creates when no existing one leaves legacy EWS open.
QString otjPolicyName();

// What inspection found about authentication policies for the service account.
struct PolicyFinding
{
    bool supported = false; // the organisation has authentication policies (2019 CU2+ / SE)
    bool read = false;      // the policies, the account and the organisation were read
    QString applied;        // the policy that applies; empty: none
    bool own = false;       // `applied` is the account's own (else the organisation's default)
    bool blocks = false;    // `applied` has BlockLegacyAuthWebServices
    QString suitable;       // when `blocks`: an existing policy that leaves legacy EWS open; empty: none
};
PolicyFinding findPolicy(const plan::ExchangeState& state, const SetupProfile& profile);

// One Mailbox server's EWS virtual directory as read.
struct EwsDirectory
{
    QString server;
    QString identity; // "MBX01\EWS (Default Web Site)"
    bool basic = false;
    bool windows = false;
    QString extendedProtection; // ExtendedProtectionTokenChecking: None | Allow | Require
};
// nullopt: the servers were not read (no inspection).
std::optional<QList<EwsDirectory>> ewsDirectories(const plan::ExchangeState& state);

class AuthenticationPlanner final : public plan::StepPlanner
{
    Q_DECLARE_TR_FUNCTIONS(otj::authentication::AuthenticationPlanner)
public:
    AuthenticationPlanner();
    StepId step() const override { return StepId::Authentication; }
    QList<shell::ShellCommand> reads(const plan::PlanContext& context, int round,
                                     QStringList* keys) const override;
    QList<plan::DesiredChange> desiredChanges(const plan::PlanContext& context) const override;
    QList<plan::PlanNote> notes(const plan::PlanContext& context) const override;
};

std::unique_ptr<plan::StepPlanner> makeAuthenticationPlanner();

// The verdicts of the PowerShell-side step-3 checks from what inspection read (also the planner's
// notes): step3.authentication-policy and step3.ews-directory.
Verdict policyVerdict(const plan::ExchangeState& state, const SetupProfile& profile);
Verdict ewsDirectoryVerdict(const plan::ExchangeState& state, const SetupProfile& profile);
std::span<const ReasonText> authenticationReasons();

} // namespace otj::authentication
