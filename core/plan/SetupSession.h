// The wizard's Exchange controller: owns the Exchange shell (one per sign-in, opened on first use)
// and runs discovery, a step's inspection, its apply (ApplyRunner, journaled and locked) and one
// round of verification. The UI states intent (discoverRooms, inspect, apply, verify, cancel); every
// answer comes back as a typed signal carrying the request's id. Each job reads every planner (a
// step's planner may need another's reads, e.g. the room directory) but states only the changes of
// the step it is about. The PowerShell program is this computer's setting (PowerShellProgramSetting);
// remote PowerShell signs in per the profile (the logged-on user, or the admin account with its
// password from the credential store).
// Step 5 (StepId::Pexip) goes to the Pexip management API instead (no shell): inspect plans it with
// PexipInspector::planFromProfile (the Pexip admin password from the credential store), apply runs
// pexip::PexipStepRun (the console's own step-5 apply: lock, its own journal run, the service
// account's password only where the plan says), verify plans again. "The password changed" is the
// journal's (pexip::passwordChangedSinceSentToPexip, core/journal/README.md). Step 1's inspection
// also compares the service account with Pexip's VMR-scheduling connectors when Pexip can be asked.
#pragma once

#include "core/plan/ApplyRunner.h"
#include "core/secrets/CredentialStore.h"
#include "core/steps/prerequisites/RoomDirectory.h"

#include <QObject>
#include <QPointer>

#include <map>
#include <memory>
#include <vector>

namespace otj {
class CredentialStore;
}

namespace otj::pexip {
class PexipClient;
}

namespace otj::plan {

// What one inspection says about one step.
struct StepReading
{
    std::shared_ptr<const Inspection> inspection;
    QList<DesiredChange> desired; // the step's desired changes, matching ones included
};

// One round of verification of one applied change.
struct ChangeCheck
{
    QString key;
    CheckStatus status = CheckStatus::NotRun; // Passed, Failed, or Pending (AD replication)
    QString detail;                           // translated
};

class SetupSession : public QObject
{
    Q_OBJECT
public:
    // `credentials` holds the admin and service-account passwords; not owned, may change.
    explicit SetupSession(CredentialStore* credentials, QObject* parent = nullptr);
    ~SetupSession() override;

    void setCredentialStore(CredentialStore* credentials) { m_credentials = credentials; }
    // Empty when the PowerShell program is usable; else why not (translated).
    QString unavailableReason() const;

    // Each returns the request id its signals carry.
    int discoverRooms(const SetupProfile& profile);
    // `profilePath`: where the profile (and its journal) is saved; step 5 reads the journal.
    int inspect(StepId step, const SetupProfile& profile, const PlanOptions& options,
                const QString& profilePath = {});
    // Applies the changes of `step` as a fresh inspection finds them (the journal sits next to
    // `profilePath`; an unsaved profile gets one in the application data folder).
    int apply(StepId step, const SetupProfile& profile, const QString& profilePath,
              const PlanOptions& options);
    // Reads Exchange for validation: every step's reads, nothing filtered (P1, P2, P4 and the
    // steps' PowerShell-side checks judge it). Answers exchangeRead; when the shell cannot open or
    // a read fails, the inspection still comes, carrying the error under SessionStateKey (P4 says
    // why); only a cancel answers failed(OtjShell.Cancelled).
    int readExchange(const SetupProfile& profile);
    // An inspection that only says why Exchange could not be read (under SessionStateKey).
    static std::shared_ptr<const Inspection> unreadInspection(const shell::ShellError& why,
                                                              ExchangeState state = {});
    // Re-reads Exchange once for `keys` of `step`; impersonation also asks EWS (Pending while a
    // denial is younger than the propagation window).
    int verify(StepId step, const QStringList& keys, const SetupProfile& profile, const PlanOptions& options);
    // Stops what runs: inspections answer failed(OtjShell.Cancelled), an apply stops between requests;
    // Pexip requests end at once (PexipClient::cancelAll).
    void cancel();

    // The setup script of `step`'s desired changes (core/script), as the file's bytes.
    static QByteArray setupScript(StepId step, const SetupProfile& profile, const PlanOptions& options,
                                  const QString& domainController, QString* error);

    static constexpr int propagationWindowSeconds = 3600;

Q_SIGNALS:
    void roomsDiscovered(int request, const QList<otj::rooms::RoomEntry>& rooms);
    void inspected(int request, const otj::plan::StepReading& reading);
    void exchangeRead(int request, std::shared_ptr<const otj::plan::Inspection> inspection);
    void failed(int request, const otj::shell::ShellError& error);
    void changeStarted(int request, const QString& key);
    void changeFinished(int request, const QString& key, bool ok, const otj::shell::ShellError& error);
    void applyFinished(int request, const otj::plan::ApplyOutcome& outcome);
    void verified(int request, const QList<otj::plan::ChangeCheck>& checks);

private:
    class StepFilter;
    struct Job;
    // Opens (or reuses) the shell for the profile's sign-in, then calls `ready` (null: failed).
    void withShell(const SetupProfile& profile, int request,
                   std::function<void(shell::ExchangeShell*)> ready);
    void readSecret(const SetupProfile& profile, CredentialRole role,
                    std::function<void(std::optional<QString>)> done);
    ExchangeInspector* startInspection(int request, StepId step, const SetupProfile& profile,
                                       const PlanOptions& options,
                                       std::function<void(const StepReading&)> done);
    void checkImpersonation(int request, const QStringList& keys, const SetupProfile& profile,
                            std::shared_ptr<const Inspection> inspection, QList<ChangeCheck> checks);
    QList<StepPlanner*> plannersFor(StepId step);
    // Step 5: the Pexip client for the profile with the Pexip admin password (null: failed emitted).
    void withPexip(const SetupProfile& profile, int request, std::function<void(pexip::PexipClient*)> ready);
    void failLater(int request, const shell::ShellError& error);
    // Step 1's reading with its conflict check against Pexip's ms_exchange_connector usernames.
    void addConnectorConflict(int request, const SetupProfile& profile, const PlanOptions& options,
                              const StepReading& reading);
    void inspectPexip(int request, const SetupProfile& profile, const PlanOptions& options,
                      const QString& journalProfile);
    void applyPexip(int request, const SetupProfile& profile, const QString& journalProfile,
                    const PlanOptions& options);
    void verifyPexip(int request, const QStringList& keys, const SetupProfile& profile,
                     const PlanOptions& options);

    QPointer<CredentialStore> m_credentials;
    QPointer<shell::ExchangeShell> m_shell;
    QString m_shellSignIn; // what m_shell was opened with (uri, user): another sign-in opens another
    std::vector<std::unique_ptr<StepPlanner>> m_planners;
    std::map<StepId, std::vector<std::unique_ptr<StepPlanner>>> m_filters; // plannersFor()
    QList<QPointer<QObject>> m_running; // inspectors and runners, for cancel()
    QDateTime m_impersonationChangedAt;
    int m_nextRequest = 0;
    int m_generation = 0; // cancel() counts up: jobs of an earlier generation do not start
    // Step 5 reads (inspect, verify) waiting for an answer: cancel() answers them at once (the EWS
    // chain probe before the Pexip reads is not cancellable; its late answer is dropped).
    QSet<int> m_pexipReads;
};

} // namespace otj::plan
