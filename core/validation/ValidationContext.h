// What the steps share during one validation run: the profile and options, the results tree,
// the EWS client, the facts established so far, and the one way to stop the run. The runner owns
// it; steps read and write it from their runChecks().
#pragma once

#include "core/ews/EwsClient.h"
#include "core/pexip/PexipInventory.h"
#include "core/plan/StepPlanner.h"
#include "core/profile/SetupProfile.h"
#include "core/secrets/CredentialStore.h"
#include "core/steps/Step.h"
#include "core/validation/ValidationResults.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>

namespace otj {

struct ValidationOptions
{
    QStringList only;  // ids or id prefixes ("step2", "step2.impersonation"); empty: all
    QStringList rooms; // subset of the profile's rooms; empty: all selected rooms
    bool serviceAccountOnly = false;
    int concurrency = ews::EwsClientConfig::DefaultConcurrency;
    int transferTimeoutMs = 30000;
    int calendarWindowDays = 7;
    int maxItemsPerRoom = 50;
    int maxBodiesPerRoom = 10;
    QSet<QString> confirmedHosts; // Autodiscover redirect targets the admin accepted
    // A mailbox that is not an OTJ room, for the scope check; empty: the profile's admin account.
    QString scopeProbeMailbox;
    // Known time of each room's last calendar-processing change (from PowerShell/the journal);
    // rooms missing here use the inference described in core/steps/calendarprocessing/ContentVerdict.h.
    QHash<QString, QDateTime> calendarProcessingChanged;
    // What an Exchange inspection read (PowerShell); null: the PowerShell-side checks are Skipped.
    std::shared_ptr<const plan::Inspection> inspection;
    QDateTime now;                                                  // empty: current time (tests pin it)
    std::function<QNetworkAccessManager*(QObject*)> managerFactory; // tests
};

class ValidationContext
{
public:
    ValidationContext(const SetupProfile& profile, const ValidationOptions& options,
                      ValidationResults* results, CredentialStore* credentials);
    ~ValidationContext();

    const SetupProfile& profile() const { return m_profile; }
    const ValidationOptions& options() const { return m_options; }
    ValidationResults* results() const { return m_results; }
    CredentialStore* credentials() const { return m_credentials; }
    const QStringList& rooms() const { return m_rooms; }
    // The context object of asynchronous callbacks: deleted when the run is cancelled (or the next starts).
    QObject* callbacks() const { return m_callbacks; }
    bool cancelled() const { return m_cancelled; }

    // Index of a declared (and selected) check; -1 when it is not part of this run.
    int check(const QString& id) const { return m_results->indexOf(id); }
    // Per-room children of `parentId`, by room address.
    const QHash<QString, int>& roomChecks(const QString& parentId) const;

    void setRunning(int index);
    void finalize(int index, const Verdict& verdict, const QJsonObject& evidence = {}, qint64 latencyMs = -1);

    bool has(Fact fact) const { return (m_facts & unsigned(fact)) == unsigned(fact); }
    void establish(Fact fact) { m_facts |= unsigned(fact); }
    // The reason every check not decided yet is skipped when a later gate cannot open.
    void stop(const Verdict& why) { m_stopReason = why; }
    // Nothing could be checked (no password): otjctl exits 2.
    void couldNotRun(const QString& reason);

    // Foreground work holds the current gate open; background work only delays the end of the run
    // (e.g. checking a certificate against the system CAs while the other checks go on).
    void beginWork() { ++m_work; }
    void endWork();
    void beginBackgroundWork() { ++m_backgroundWork; }
    void endBackgroundWork();
    bool backgroundBusy() const { return m_backgroundWork > 0; }

    // The run's EWS client (created by the connection step); the context owns it.
    void setClient(ews::EwsClient* c);

    // Published by the steps for each other.
    QString password; // the service account's, until the EWS client has it
    ews::EwsClient* client = nullptr;
    QUrl ewsUrl;
    std::optional<ews::EwsResult<ews::ProbeInfo>> probe; // the unauthenticated probe of ewsUrl
    std::optional<ews::EwsError> discoveryTlsError;      // Autodiscover failed on an untrusted certificate
    // Pexip (step 5's read-back and prereq.p5): the admin's password, and what the Management
    // Node holds (read during the Discover gate; nullopt: not read, pexipUnread says why).
    QString pexipPassword;
    std::optional<pexip::PexipInventory> pexipInventory;
    QString pexipUnread;
    // The meetings the content check read with their bodies (room -> items), for prereq.p3.
    QHash<QString, QList<ews::CalendarItem>> inspectedMeetings;

private:
    friend class ValidationRunner;
    SetupProfile m_profile;
    ValidationOptions m_options;
    ValidationResults* m_results;
    QPointer<CredentialStore> m_credentials;
    QStringList m_rooms;
    QObject* m_callbacks = nullptr;
    QHash<QString, QHash<QString, int>> m_roomChecks;
    unsigned m_facts = 0;
    Verdict m_stopReason;
    bool m_cancelled = false;
    bool m_couldNotRun = false;
    QString m_couldNotRunReason;
    int m_work = 0;
    int m_backgroundWork = 0;
    int m_done = 0;
    int m_total = 0;
    std::function<void()> m_progressed, m_idle, m_backgroundIdle;
    std::function<void(ews::EwsClient*)> m_clientCreated;
};

} // namespace otj
