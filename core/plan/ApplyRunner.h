// Apply: inspects (settling the journal entries an earlier run left open), then applies the plan's
// changes in order through the Exchange shell, journaled, and verifies. Consecutive changes of a
// step go out batched (at most ExchangeInspector::batchSize commands a request, stopOnError): the
// journal's `started` lines are on disk before the request, each outcome after its answer. The
// first failure stops the apply (later commands of the request are skipped by the speaker and
// journaled `not-applied`); a lost host leaves its request's entries open for the next run to settle.
// cancel() is honoured between requests, so a request is sized by time: it starts at
// ApplyOptions::firstWriteBatch commands and then holds as many as took about
// writeRequestTargetMs in the last one (a slow Exchange: a few; the lab: up to batchSize). A change marked
// reinspectAfter makes its step be re-inspected before the next request (the changes still to come are
// replaced by the fresh ones, e.g. with the DN of the group just created); a still-deferred change is
// re-inspected before it is sent. With ApplyOptions::backOut the same runner applies a back-out (lock,
// journal, batches, verify). Verification: a fresh inspection must find 0 changes; then, when impersonation
// changed, an EWS validation of step2 (ValidationRunner --only step2.impersonation) of the selected on-prem
// rooms (a cloud room or a non-room is never Pending: P1 fails it). The step 2 diagnosis
// (ImpersonationDiagnosis, from the inspection) judges each refusal: Pending when AD has it all and
// EWS has not caught up, Failed (the apply fails) for a cause the admin must fix; a refusal it
// cannot explain is Pending while the step 2 change is younger than the propagation window.
// Pending rooms are re-checked with a bounded back-off until waitPendingSeconds ends.
#pragma once

#include "core/journal/RunJournal.h"
#include "core/plan/ExchangeInspector.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace otj {
class CredentialStore;
}

namespace otj::plan {

struct ApplyOptions
{
    QString tool = QStringLiteral("otjctl"); // the journal's `tool`
    int waitPendingSeconds = 600;            // how long Pending rooms are re-checked
    int propagationWindowSeconds = 3600;     // a denial younger than this after a step2 change is Pending
    int firstRecheckSeconds = 5;             // back-off: 5, 10, 20, 40, 60, 60, …
    int firstWriteBatch = 10;                // commands in the first write request
    int writeRequestTargetMs = 3000;         // later ones: about this long (Stop waits for one)
    int maxRecheckSeconds = 60;
    // The secret parameter of a change (the service account's password for New-Mailbox); none:
    // the apply cannot run (checked before the first change).
    std::function<std::optional<QString>(const DesiredChange&)> secret;
    // For the EWS part of verification (the service account's password); null: not verified by EWS.
    CredentialStore* credentials = nullptr;
    // Back-out (`otjctl apply --rollback`): set, the runner plans these changes (given the journal
    // it loaded under the lock) instead of the planners', decided by script::decideBackOut
    // (ExchangeInspector::setBackOut), journals the run with `rollback: true` and verifies by
    // deciding again (nothing left to revert). Empty list: nothing to back out (CouldNotRun).
    std::function<QList<DesiredChange>(const journal::RunJournal&)> backOut;
};

struct ApplyOutcome
{
    enum class Result {
        Verified,   // every change applied and re-inspection found nothing left (and no room Pending)
        Failed,     // a command failed (see error), or re-inspection still found changes
        Pending,    // applied, but rooms still wait for AD replication when the wait ended
        Cancelled,  // Ctrl-C between requests
        CouldNotRun // nothing changed: the lock is held, the shell did not open, no secret, journal
                    // unwritable
    };
    Result result = Result::CouldNotRun;
    QString message; // for CouldNotRun (translated)
    std::optional<shell::ShellError> error;
    QString failedChange;   // key of the change that failed
    QStringList applied;    // keys applied in this run, in order
    QStringList notApplied; // keys planned but not applied (after a stop or cancel)
    int settledApplied = 0; // open entries of an earlier run found applied / not applied
    int settledNotApplied = 0;
    int remainingAfterVerify = -1; // changes the verifying inspection still found (-1: not verified)
    QStringList pendingRooms;      // impersonation not effective yet when the wait ended
    int conflicts = 0;  // back-out: values someone else changed since, kept (notes of the last inspection)
    int roundTrips = 0; // requests sent by this runner (inspections included)
    int commands = 0;
};

class ApplyRunner : public QObject
{
    Q_OBJECT
public:
    ApplyRunner(shell::ExchangeShell* shell, const SetupProfile& profile, const QString& profilePath,
                const PlanOptions& planOptions, QList<StepPlanner*> planners, const ApplyOptions& options,
                QObject* parent = nullptr);
    ~ApplyRunner() override;

    // Phase 1: lock, inspect, settle what an earlier run left open; then planned() (or finished()
    // with CouldNotRun). Phase 2, after planned(): apply() — or abandon() when the admin says no.
    void inspect();
    void apply();
    void abandon();
    void cancel();

    std::shared_ptr<const Inspection> inspection() const { return m_inspection; }
    const journal::RunJournal& journal() const { return m_journal; }

Q_SIGNALS:
    void planned(std::shared_ptr<const otj::plan::Inspection> inspection);
    void changeStarted(int index); // index into the flat list of the plan's changes, in order
    void changeFinished(int index, bool ok, otj::shell::ShellError error);
    void verifying();
    void pending(int secondsLeft, int rooms);
    void finished(otj::plan::ApplyOutcome outcome);

private:
    struct Item
    {
        PlannedChange change;
        int index = 0;
    };
    void runInspection(const ExchangeState& initial,
                       std::function<void(std::shared_ptr<const Inspection>)> done);
    void settleOpenEntries();
    void nextRequest();
    void sendBatch(const QList<Item>& batch);
    void reinspectStep(StepId step, std::function<void()> then);
    void resizeWriteBatch(int commands, qint64 elapsedMs);
    void verify();
    void checkImpersonation();
    void finish(ApplyOutcome::Result result);
    void couldNotRun(const QString& message);
    bool beginRun();

    QPointer<shell::ExchangeShell> m_shell;
    SetupProfile m_profile;
    QString m_profilePath;
    PlanOptions m_planOptions;
    QList<StepPlanner*> m_planners;
    std::unique_ptr<StepPlanner> m_backOutPlanner;
    ApplyOptions m_options;
    journal::RunJournal m_journal;
    journal::ApplyLock m_lock;
    bool m_locked = false;
    bool m_runBegun = false;
    std::shared_ptr<const Inspection> m_inspection;
    ExchangeState m_state; // what the latest inspection read
    QHash<StepId, QStringList> m_stepKeys;
    QList<DesiredChange> m_desired;
    QList<Item> m_queue;
    ApplyOutcome m_outcome;
    QObject* m_callbacks = nullptr;
    ExchangeInspector* m_inspector = nullptr;
    bool m_cancelRequested = false;
    int m_writeBatch = 0; // commands in the next write request (ApplyOptions::firstWriteBatch, then by time)
    bool m_applying = false;
    bool m_finished = false;
    bool m_forestSet = false;
    int m_failedCount = 0;
    QElapsedTimer m_pendingClock;
    int m_nextRecheck = 0;
};

} // namespace otj::plan
