// The validation engine: builds the check tree for a profile and runs the checks concurrently
// within the EWS client's per-account limiter. One ValidationResults feeds the GUI and otjctl.
//
// EWS-side checks live here; checks that need the Exchange PowerShell (not built yet) or the
// Pexip client are reported Skipped with that reason, never invented.
#pragma once

#include "core/ews/EwsClient.h"
#include "core/profile/SetupProfile.h"
#include "core/validation/ValidationResults.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace otj {

class CredentialStore;

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
    // rooms missing here use the inference described in ValidationRunner.cpp.
    QHash<QString, QDateTime> calendarProcessingChanged;
    QDateTime now;                                                  // empty: current time (tests pin it)
    std::function<QNetworkAccessManager*(QObject*)> managerFactory; // tests
};

class ValidationRunner : public QObject
{
    Q_OBJECT
public:
    ValidationRunner(const SetupProfile& profile, CredentialStore* credentials,
                     const ValidationOptions& options, ValidationResults* results, QObject* parent = nullptr);
    ~ValidationRunner() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    // The run could not be carried out (no password, no EWS URL, server unreachable): exit 2.
    bool couldNotRun() const { return m_couldNotRun; }
    QString couldNotRunReason() const { return m_couldNotRunReason; }
    ews::EwsStats ewsStats() const;
    int done() const { return m_done; }
    int total() const { return m_total; }

Q_SIGNALS:
    void progress(int done, int total);
    void throttled(int waitMs, const QString& reason, qint64 totalWaitMs);
    void finished();

private:
    bool selected(const QString& id) const;
    int addCheck(int parent, const QString& id, const QString& title, const QString& step);
    void buildTree();
    void finalize(int index, CheckStatus s, const QString& cause = {}, const QString& fix = {},
                  const QJsonObject& evidence = {}, qint64 latency = -1);
    void skipRemaining(const QString& cause);
    void startEws(const QString& password);
    void runProbe();
    void runAuthentication();
    void runRooms();
    void runRoom(const QString& room);
    void runScope();
    void roomDone();
    void maybeFinish();
    void diagnoseImpersonationAsAWhole();
    void finish();

    SetupProfile m_profile;
    QPointer<CredentialStore> m_credentials;
    ValidationOptions m_opt;
    ValidationResults* m_results;
    ews::EwsClient* m_client = nullptr;
    QObject* m_ctx = nullptr; // callbacks' context: deleted on cancel/finish
    QStringList m_rooms;
    QUrl m_ewsUrl;
    int m_done = 0;
    int m_total = 0;
    int m_outstandingRooms = 0;
    bool m_scopeDone = true;
    bool m_p5Done = true;
    bool m_authDone = false; // rooms and scope were started
    bool m_finishPending = false;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_couldNotRun = false;
    QString m_couldNotRunReason;
    ews::EwsStats m_lastStats;
    QStringList m_probeSchemes;

    // Indices of the checks (-1: not selected).
    int m_p5 = -1, m_endpoint = -1, m_auth = -1, m_imp = -1, m_read = -1, m_scope = -1, m_content = -1;
    QHash<QString, int> m_impRoom, m_readRoom, m_contentRoom;
};

} // namespace otj
