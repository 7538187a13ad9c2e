// What the wizard's pages ask of Exchange, behind one small interface: discover the rooms,
// inspect a step (what exists now and the plan), apply a step's plan change by change, verify.
// The engine's ExchangeInspector and ApplyRunner (core/plan/) implement it; GUI tests use a
// scripted session. The wizard itself holds no shell or network code: every answer comes back
// through a callback on the caller's thread, so no page ever blocks.
//
// The engine-backed implementation is ui::EngineSession (wizard/EngineSession.h) over
// plan::SetupSession (core/plan/SetupSession.h); app/wizard_main.cpp creates it and calls
// SetupWizard::setExchangeSession.
// It maps onto core/plan as follows:
// - discoverRooms: ExchangeInspector over the rooms planner; rooms::directory(state) (+ selected()).
// - inspect(step): ExchangeInspector (plan::makeExchangePlanners()); the StepPlan of `step`;
//   `current` from desiredChanges() of that step: exists = objectOf(change, state), matches =
//   !compare(change, state); domainController = plan.domainController.
// - apply: ApplyRunner with tool "otj-wizard", the step's planners, secret() from the
//   CredentialStore (ServiceAccount); changeStarted/changeFinished -> callbacks; cancel() ->
//   ApplyRunner::cancel() (between requests).
// - verify: the runner's verification (a fresh inspection finds 0 changes; Pending rooms from the
//   EWS impersonation check), one round per call (waitPendingSeconds 0): the wizard's
//   VerificationPanel does the back-off and the countdown.
// - the hello: exchange.remotePowerShellSignIn == AdminAccount -> username adminAccount and the
//   ExchangeAdmin password from the CredentialStore; CurrentUser -> neither (Kerberos as the
//   Windows user). The speaker: shell::PowerShellProgramSetting (this computer's setting).
// - canExportScript/setupScript: core/script scriptText() over the step's desired changes.
// - Step 5 (StepId::Pexip) goes through the same calls to the Pexip management API instead of
//   Exchange (SetupSession: PexipInspector, pexip::PexipStepRun, verify = plan again): its changes
//   are REST requests (PlannedChange::rest; powerShellLine() shows RestCall::display()), so no
//   PowerShell is needed for it and no script is exported for it.
#pragma once

#include "core/plan/StepPlanner.h"
#include "core/steps/prerequisites/RoomDirectory.h"

#include <QObject>

#include <functional>

namespace otj::ui {

struct RoomDiscovery
{
    bool ok = false;
    QString error;                 // translated, with its remedy; empty when ok
    QList<rooms::RoomEntry> rooms; // every room mailbox Exchange returned, on-prem and cloud
};

// One object a step cares about, as inspection found it (also when it already matches).
struct CurrentObject
{
    QString target; // "OTJ Rooms", "room-101@contoso.lab", "MBX01\EWS (Default Web Site)"
    QString what;   // "distribution group", "calendar processing" (translated)
    bool exists = false;
    bool matches = false; // exists and every expectation holds
};

struct StepInspection
{
    bool ok = false;
    QList<shell::ShellError> problems; // why it could not inspect
    QList<CurrentObject> current;
    plan::StepPlan plan;      // the changes found different, and the notes
    QString domainController; // pinned for the apply (shown in the PowerShell lines)
};

enum class ApplyOutcome { Applied, Failed, NotRun, Cancelled };

struct ApplyItemResult
{
    QString key; // the change's key
    ApplyOutcome outcome = ApplyOutcome::NotRun;
    QString message; // Failed: the error with its remedy (translated)
};

struct VerifyItem
{
    QString key;
    QString target;
    CheckStatus status = CheckStatus::NotRun; // Passed, Failed, or Pending (AD replication)
    QString detail;                           // translated
};

struct ApplyCallbacks
{
    std::function<void(int index)> started;                                 // change `index` is sent
    std::function<void(int index, const ApplyItemResult& result)> finished; // its outcome
    // Every change has an outcome; `cancelled`: the admin stopped between two changes.
    std::function<void(bool cancelled)> done;
};

class ExchangeSession : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Empty when the session can reach Exchange; otherwise why not, in one sentence.
    virtual QString unavailableReason() const = 0;
    // The same for one step: step 5 talks to Pexip and needs no PowerShell.
    virtual QString unavailableReasonFor(StepId step) const
    {
        return step == StepId::Pexip ? QString() : unavailableReason();
    }

    virtual void discoverRooms(const SetupProfile& profile, QObject* context,
                               std::function<void(const RoomDiscovery&)> done) = 0;
    virtual void inspect(StepId step, const SetupProfile& profile, const plan::PlanOptions& options,
                         QObject* context, std::function<void(const StepInspection&)> done) = 0;
    // Applies `plan`'s changes in order, journaled; stops at the first failure (the rest NotRun).
    virtual void apply(const SetupProfile& profile, const plan::StepPlan& plan, QObject* context,
                       ApplyCallbacks callbacks) = 0;
    // Reads Exchange for the validation panel (every step's reads): `done` gets the inspection, one
    // that carries why Exchange could not be read (P4 says it), or null when cancelled or when this
    // session cannot read for validation (the PowerShell-side checks are then Skipped).
    virtual void readForValidation(const SetupProfile& profile, QObject* context,
                                   std::function<void(std::shared_ptr<const plan::Inspection>)> done)
    {
        Q_UNUSED(profile);
        Q_UNUSED(context);
        done(nullptr);
    }
    // Stops what runs: a discovery or inspection answers with OtjShell.Cancelled; an apply stops
    // between two changes (the one being sent finishes, the rest are Cancelled).
    virtual void cancel() = 0;
    // Re-reads Exchange: every applied change either matches now (Passed), does not (Failed), or
    // waits for AD replication (Pending: ask again later).
    virtual void verify(const SetupProfile& profile, const plan::StepPlan& plan, QObject* context,
                        std::function<void(const QList<VerifyItem>&)> done) = 0;

    // The setup script of a step's changes (core/script: each change wrapped in its comparison),
    // as the file's bytes; empty with `error` set when it cannot be written.
    virtual bool canExportScript() const { return false; }
    // Step 5 is REST, not PowerShell: never a script.
    bool canExportScript(StepId step) const { return step != StepId::Pexip && canExportScript(); }
    virtual QByteArray setupScript(const SetupProfile& profile, const plan::StepPlan& plan,
                                   QString* error) const
    {
        Q_UNUSED(profile);
        Q_UNUSED(plan);
        if (error)
            *error = tr("Script export is not available in this build.");
        return {};
    }
};

} // namespace otj::ui
