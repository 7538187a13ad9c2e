// How a step takes part in plan and apply. Inspection runs in rounds: in each round every step
// lists the Get-* commands it still needs (given what earlier rounds read), the inspector sends
// all of them batched (at most ExchangeInspector::batchSize commands a request), and hands each
// step its results. A step with nothing more to read is inspected; then it states its desired
// changes and notes. P1/P2/P4 read the same ExchangeState: nothing is read twice.
#pragma once

#include "core/plan/DesiredChange.h"
#include "core/profile/SetupProfile.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace otj::plan {

// What was read in this inspection, shared between steps (e.g. the room directory feeds
// impersonation and calendar processing). Keys are "<area>" or "<area>/<identity>" (lower case).
struct ExchangeState
{
    QHash<QString, QList<QJsonObject>> objects; // e.g. "rooms", "calendar/room-101@contoso.lab"
    QHash<QString, shell::ShellError> errors;   // same keys: the read failed (ObjectNotFound: missing)
    bool has(const QString& key) const { return objects.contains(key) || errors.contains(key); }
};

// The Exchange session the inspection ran in, stored by the inspector under this key: one object
// {"mode", "psVersion", "psEdition", "commands": [the session's cmdlets]} (shell::SessionInfo), or,
// when the session could not be opened, the open error (P4 judges both).
inline constexpr auto SessionStateKey = "session";

struct PlanOptions
{
    // Change the settings that stop auto-accept or bookings (AllBookInPolicy, ResourceDelegates...):
    // only when the admin asks.
    bool fixBookingBlockers = false;
    // Send the service account's password to Pexip even if this run did not set it (step 5).
    bool sendPexipPassword = false;
    // Move a Pexip integration on KERBEROS to the profile's method (step 5): only when the admin asks.
    bool replacePexipKerberos = false;
    bool serviceAccountPasswordKnown = false; // keychain or OTJ_SERVICE_ACCOUNT_PASSWORD
    // Rooms whose EWS impersonation failed in the last validation (step2.impersonation/<room>):
    // step 2 asks Exchange why (Get-ManagementRoleAssignment -WritableRecipient, bounded) and says
    // it in a note per room. Empty: no such reads.
    QStringList impersonationFailures;
    QString domainController; // pinned DC; empty: the inspector picks one
};

struct PlanContext
{
    const SetupProfile& profile;
    const PlanOptions& options;
    ExchangeState& state;
};

// What one inspection produced: the plan and everything read. Validation takes it
// (ValidationOptions::inspection) so the PowerShell-side checks (prereq.p1/p2/p4, step1-step4)
// judge what was read instead of being Skipped.
struct Inspection
{
    Plan plan;
    ExchangeState state;
    QDateTime finishedAt;
};

class StepPlanner
{
public:
    virtual ~StepPlanner() = default;
    virtual StepId step() const = 0;
    // The reads of `round` (0, 1, ...), given what earlier rounds put into context.state; an empty
    // list means this step has read everything. Each command's result is stored under the key
    // returned in `keys` (same length as the returned list).
    virtual QList<shell::ShellCommand> reads(const PlanContext& context, int round,
                                             QStringList* keys) const = 0;
    // After the last round: the changes this step wants (matching ones included; the inspector
    // compares) and its notes.
    virtual QList<DesiredChange> desiredChanges(const PlanContext& context) const = 0;
    virtual QList<PlanNote> notes(const PlanContext&) const { return {}; }
};

} // namespace otj::plan
