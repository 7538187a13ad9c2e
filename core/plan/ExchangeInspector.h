// Inspection: runs every planner's reads round by round through the Exchange shell, all planners'
// commands of a round batched (at most batchSize commands a request), then builds the Plan from
// the planners' desired changes (core/plan/README.md). Every planner is asked for reads each round
// until a round in which none has anything left to read (a planner may wait for another's state,
// e.g. calendar processing for the room directory); a key already in the state is never read again.
#pragma once

#include "core/plan/StepPlanner.h"
#include "core/shell/ExchangeShell.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace otj::plan {

class ExchangeInspector : public QObject
{
    Q_OBJECT
public:
    static constexpr int batchSize = 100;
    static constexpr int maxRounds = 8; // a planner that keeps asking is a bug; stop rather than loop

    ExchangeInspector(shell::ExchangeShell* shell, const SetupProfile& profile, const PlanOptions& options,
                      QList<StepPlanner*> planners, QObject* parent = nullptr);
    ~ExchangeInspector() override;

    // Start from what an earlier inspection read (its keys are not read again); for re-inspecting
    // one step, drop that step's keys first (keysOf()).
    void setInitialState(const ExchangeState& state) { m_state = state; }
    // Back-out (`otjctl apply --rollback`): the planners' changes are back-out changes (expectations
    // are preconditions, core/script/BackOutDecision.h); each is decided by script::decideBackOut and
    // its conflicts become notes `BackOutConflictCheckId` (Warning, the change's key as target).
    void setBackOut(bool backOut) { m_backOut = backOut; }
    static constexpr auto BackOutConflictCheckId = "rollback.conflict";
    void start();
    void cancel();

    // After finished(): every desired change (matching ones included), and which step read which key.
    const QList<DesiredChange>& desiredChanges() const { return m_desired; }
    QStringList keysOf(StepId step) const;
    // What was read so far; after failed(): the open error under SessionStateKey (P4 reports it).
    const ExchangeState& state() const { return m_state; }
    int roundTrips() const { return m_roundTrips; }
    int commandsSent() const { return m_commands; }

    // The object a desired change's read returned (none: missing, or not read).
    static std::optional<QJsonObject> objectOf(const DesiredChange& change, const ExchangeState& state);
    // The read found no object: ObjectNotFound (not a missing cmdlet) or Exchange's
    // ManagementObjectNotFoundException as implicit remoting reports it.
    static bool isMissingObject(const shell::ShellError& error);
    // The changes the planners state for an organisation nothing was read from (the exported
    // script wraps each in its comparison).
    static QList<DesiredChange> offlineDesiredChanges(const SetupProfile& profile, const PlanOptions& options,
                                                      const QList<StepPlanner*>& planners);
    // Compares one desired change with what was read; no value: it matches (nothing to do).
    static std::optional<PlannedChange> compare(const DesiredChange& change, const ExchangeState& state);

Q_SIGNALS:
    void progress(int roundTrips, int commands);
    void finished(std::shared_ptr<const otj::plan::Inspection> inspection);
    void failed(otj::shell::ShellError error); // could not inspect: the shell did not open

private:
    struct Pending
    {
        QString key;
        StepId owner;
    };
    void nextRound();
    void sendBatches(const QList<shell::ShellCommand>& commands, const QList<Pending>& keys,
                     std::function<void()> then);
    void readOwnReads();
    void buildPlan();

    QPointer<shell::ExchangeShell> m_shell;
    SetupProfile m_profile;
    PlanOptions m_options;
    QList<StepPlanner*> m_planners;
    ExchangeState m_state;
    QHash<QString, StepId> m_owner;
    QList<DesiredChange> m_desired;
    QHash<StepId, QList<shell::ShellError>> m_problems;
    int m_round = 0;
    int m_roundTrips = 0;
    int m_commands = 0;
    bool m_cancelled = false;
    bool m_backOut = false;
    QObject* m_callbacks = nullptr; // deleted on cancel: late replies go nowhere
};

} // namespace otj::plan
