#include "core/plan/ApplyRunner.h"

#include "core/logging/Logging.h"
#include "core/steps/prerequisites/RoomDirectory.h"
#include "core/validation/ValidationRunner.h"

#include <QTimer>

#include <algorithm>

namespace otj::plan {
namespace {

// The Match an expectation uses for `property` (a settled entry compares its `after` with it).
Match matchFor(const DesiredChange& d, const QString& property)
{
    for (const Expectation& e : d.expectations) {
        if (e.property == property)
            return e.match;
    }
    return Match::Equal;
}

bool isImpersonationChange(const QString& key)
{
    return key.startsWith(QLatin1String("step2."));
}

// The back-out's changes as a planner: nothing to read beyond each change's own read (the
// inspector sends those). Its step is the first change's, so the plan keeps the back-out's order.
class BackOutPlanner : public StepPlanner
{
public:
    explicit BackOutPlanner(QList<DesiredChange> changes)
        : m_changes(std::move(changes))
    {}
    StepId step() const override
    {
        return m_changes.isEmpty() ? StepId::ServiceAccount : m_changes.first().step;
    }
    QList<shell::ShellCommand> reads(const PlanContext&, int, QStringList*) const override { return {}; }
    QList<DesiredChange> desiredChanges(const PlanContext&) const override { return m_changes; }

private:
    QList<DesiredChange> m_changes;
};

} // namespace

ApplyRunner::ApplyRunner(shell::ExchangeShell* shell, const SetupProfile& profile, const QString& profilePath,
                         const PlanOptions& planOptions, QList<StepPlanner*> planners,
                         const ApplyOptions& options, QObject* parent)
    : QObject(parent)
    , m_shell(shell)
    , m_profile(profile)
    , m_profilePath(profilePath)
    , m_planOptions(planOptions)
    , m_planners(std::move(planners))
    , m_options(options)
    , m_journal(profilePath, profile.profileId)
    , m_lock(profilePath)
    , m_writeBatch(std::clamp(options.firstWriteBatch, 1, ExchangeInspector::batchSize))
{
    m_callbacks = new QObject(this);
}

ApplyRunner::~ApplyRunner()
{
    if (m_locked)
        m_lock.unlock();
}

void ApplyRunner::couldNotRun(const QString& message)
{
    m_outcome.message = message;
    finish(ApplyOutcome::Result::CouldNotRun);
}

void ApplyRunner::finish(ApplyOutcome::Result result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome.result = result;
    m_outcome.conflicts = 0;
    for (const StepPlan& s : m_inspection ? m_inspection->plan.steps : QList<StepPlan>{}) {
        for (const PlanNote& n : s.notes)
            m_outcome.conflicts += n.checkId == QLatin1String(ExchangeInspector::BackOutConflictCheckId);
    }
    if (m_locked) {
        m_lock.unlock();
        m_locked = false;
    }
    Q_EMIT finished(m_outcome);
}

bool ApplyRunner::beginRun()
{
    if (m_runBegun)
        return true;
    QString error;
    const Plan& plan = m_inspection->plan;
    if (!m_journal.beginRun(m_options.tool, bool(m_options.backOut), plan.domainController,
                            plan.viewEntireForest, &error)) {
        couldNotRun(error);
        return false;
    }
    m_runBegun = true;
    return true;
}

void ApplyRunner::runInspection(const ExchangeState& initial,
                                std::function<void(std::shared_ptr<const Inspection>)> done)
{
    auto* inspector = new ExchangeInspector(m_shell, m_profile, m_planOptions, m_planners, this);
    m_inspector = inspector;
    inspector->setInitialState(initial);
    inspector->setBackOut(bool(m_options.backOut));
    connect(inspector, &ExchangeInspector::finished, this,
            [this, inspector, done](std::shared_ptr<const Inspection> result) {
                m_outcome.roundTrips += inspector->roundTrips();
                m_outcome.commands += inspector->commandsSent();
                m_state = result->state;
                m_desired = inspector->desiredChanges();
                // A re-inspection reads only the keys it dropped: keep what each step read before,
                // or re-inspecting another step later would drop nothing (and read nothing anew).
                for (StepId step : AllSteps) {
                    QStringList& keys = m_stepKeys[step];
                    keys += inspector->keysOf(step);
                    keys.removeDuplicates();
                }
                m_inspector = nullptr;
                inspector->deleteLater();
                done(result);
            });
    connect(inspector, &ExchangeInspector::failed, this, [this, inspector](const shell::ShellError& error) {
        m_inspector = nullptr;
        inspector->deleteLater();
        m_outcome.error = error;
        if (error.fullyQualifiedErrorId == QLatin1String("OtjShell.Cancelled")) {
            for (const Item& i : std::as_const(m_queue))
                m_outcome.notApplied << i.change.desired.key;
            if (m_runBegun)
                m_journal.endRun(QStringLiteral("cancelled"), int(m_outcome.applied.size()), m_failedCount,
                                 int(m_queue.size()));
            finish(ApplyOutcome::Result::Cancelled);
            return;
        }
        if (m_runBegun) {
            // Changes were made: a failed re-inspection is a failed apply, not "could not run".
            m_journal.endRun(QStringLiteral("host-lost"), int(m_outcome.applied.size()), m_failedCount,
                             int(m_queue.size()));
            finish(ApplyOutcome::Result::Failed);
            return;
        }
        couldNotRun(error.remedy.isEmpty() ? error.message : error.message + QLatin1Char(' ') + error.remedy);
    });
    inspector->start();
}

void ApplyRunner::inspect()
{
    QString holder;
    if (!m_lock.tryLock(&holder)) {
        couldNotRun(tr("Another apply to this profile is running (%1); nothing was changed.").arg(holder));
        return;
    }
    m_locked = true;
    QString note;
    if (!m_journal.load(&note)) {
        couldNotRun(note);
        return;
    }
    if (m_options.backOut) {
        QList<DesiredChange> changes = m_options.backOut(m_journal);
        if (changes.isEmpty()) {
            couldNotRun(tr("The run journal holds no applied change to back out; nothing was changed."));
            return;
        }
        m_backOutPlanner = std::make_unique<BackOutPlanner>(std::move(changes));
        m_planners = {m_backOutPlanner.get()};
    }
    runInspection({}, [this](std::shared_ptr<const Inspection> result) {
        m_inspection = result;
        settleOpenEntries();
        if (!m_finished)
            Q_EMIT planned(m_inspection);
    });
}

void ApplyRunner::settleOpenEntries()
{
    const QList<journal::JournalChange> open = m_journal.openChanges();
    if (open.isEmpty())
        return;
    if (!beginRun())
        return;
    for (const journal::JournalChange& entry : open) {
        const auto desired = std::find_if(m_desired.begin(), m_desired.end(),
                                          [&entry](const DesiredChange& d) { return d.key == entry.key; });
        if (desired == m_desired.end()) {
            qCWarning(lcCli) << "journal: cannot settle" << entry.key << "(no longer a desired change)";
            continue;
        }
        const std::optional<QJsonObject> object = ExchangeInspector::objectOf(*desired, m_state);
        bool applied = object.has_value();
        QJsonObject observed;
        if (object) {
            for (auto it = entry.after.begin(); it != entry.after.end(); ++it) {
                const QJsonValue now = object->value(it.key());
                observed.insert(it.key(), now);
                if (entry.operation != QLatin1String("create") &&
                    !matches(matchFor(*desired, it.key()), fromRead(it.value()), now))
                    applied = false;
            }
        }
        m_journal.settle(entry, applied, observed);
        ++(applied ? m_outcome.settledApplied : m_outcome.settledNotApplied);
    }
}

void ApplyRunner::abandon()
{
    if (m_runBegun)
        m_journal.endRun(QStringLiteral("cancelled"), 0, 0,
                         m_inspection ? m_inspection->plan.changeCount() : 0);
    for (const StepPlan& s : m_inspection ? m_inspection->plan.steps : QList<StepPlan>{}) {
        for (const PlannedChange& c : s.changes)
            m_outcome.notApplied << c.desired.key;
    }
    finish(ApplyOutcome::Result::Cancelled);
}

void ApplyRunner::cancel()
{
    m_cancelRequested = true;
    if (m_inspector) {
        m_inspector->cancel(); // a read may be stopped at once; nothing is half-changed by it
        return;
    }
    if (!m_finished && !m_applying) {
        if (m_inspection)
            abandon(); // planned, waiting for the admin's answer
        else
            finish(ApplyOutcome::Result::Cancelled);
    }
}

void ApplyRunner::apply()
{
    if (!m_inspection || m_finished || m_applying)
        return;
    m_applying = true;
    const Plan& plan = m_inspection->plan;
    int index = 0;
    for (const StepPlan& s : plan.steps) {
        for (const PlannedChange& c : s.changes)
            m_queue.append({c, index++});
    }
    for (const Item& item : std::as_const(m_queue)) {
        const QString& secret = item.change.desired.secretParameter;
        if (!secret.isEmpty() && (!m_options.secret || !m_options.secret(item.change.desired))) {
            couldNotRun(tr("%1 needs the service account's password (from the keychain or "
                           "OTJ_SERVICE_ACCOUNT_PASSWORD); nothing was changed.")
                            .arg(item.change.desired.target));
            return;
        }
    }
    if (m_queue.isEmpty()) {
        // Nothing to change: the inspection just made is the verification.
        if (m_runBegun)
            m_journal.endRun(QStringLiteral("completed"), 0, 0, 0);
        m_outcome.remainingAfterVerify = 0;
        m_pendingClock.start();
        checkImpersonation();
        return;
    }
    if (!beginRun())
        return;
    m_shell->setDomainController(plan.domainController);
    if (plan.viewEntireForest && !m_forestSet) {
        shell::ShellCommand forest(QStringLiteral("Set-ADServerSettings"));
        forest.set(QStringLiteral("ViewEntireForest"), true);
        m_shell->run(forest, m_callbacks, [this](const shell::ShellReply& reply) {
            ++m_outcome.roundTrips;
            ++m_outcome.commands;
            if (!reply.ok()) {
                m_outcome.error = reply.allErrors().value(0);
                for (const Item& i : std::as_const(m_queue))
                    m_outcome.notApplied << i.change.desired.key;
                m_journal.endRun(QStringLiteral("stopped"), 0, 0, int(m_queue.size()));
                finish(ApplyOutcome::Result::Failed);
                return;
            }
            m_forestSet = true;
            nextRequest();
        });
        return;
    }
    nextRequest();
}

void ApplyRunner::nextRequest()
{
    if (m_finished)
        return;
    if (m_cancelRequested) {
        for (const Item& i : std::as_const(m_queue))
            m_outcome.notApplied << i.change.desired.key;
        m_journal.endRun(QStringLiteral("cancelled"), int(m_outcome.applied.size()), m_failedCount,
                         int(m_queue.size()));
        finish(ApplyOutcome::Result::Cancelled);
        return;
    }
    if (m_queue.isEmpty()) {
        m_journal.endRun(QStringLiteral("completed"), int(m_outcome.applied.size()), 0, 0);
        verify();
        return;
    }
    const Item& front = m_queue.first();
    if (front.change.deferred) {
        // Its value depends on an object made earlier in this run: read it now.
        const StepId step = front.change.desired.step;
        const QString key = front.change.desired.key;
        reinspectStep(step, [this, key] {
            if (!m_queue.isEmpty() && m_queue.first().change.desired.key == key &&
                m_queue.first().change.deferred) {
                m_outcome.failedChange = key;
                m_outcome.error = shell::ExchangeShell::shellError(
                    QStringLiteral("OtjPlan.Unresolved"),
                    tr("%1: a value it needs is still missing after the change that makes it.").arg(key));
                for (const Item& i : std::as_const(m_queue))
                    m_outcome.notApplied << i.change.desired.key;
                m_journal.endRun(QStringLiteral("stopped"), int(m_outcome.applied.size()), 0,
                                 int(m_queue.size()));
                finish(ApplyOutcome::Result::Failed);
                return;
            }
            nextRequest();
        });
        return;
    }
    QList<Item> batch;
    for (const Item& item : std::as_const(m_queue)) {
        if (batch.size() >= m_writeBatch || item.change.deferred ||
            item.change.desired.step != front.change.desired.step)
            break;
        batch.append(item);
        if (item.change.desired.reinspectAfter)
            break;
    }
    sendBatch(batch);
}

void ApplyRunner::sendBatch(const QList<Item>& batch)
{
    QList<shell::ShellCommand> commands;
    QList<int> seqs;
    m_journal.holdSync(true);
    for (const Item& item : batch) {
        Q_EMIT changeStarted(item.index);
        seqs.append(m_journal.started(item.change));
        shell::ShellCommand command = item.change.command;
        const QString& secret = item.change.desired.secretParameter;
        if (!secret.isEmpty())
            command.set(secret, shell::ShellValue::secureString(
                                    m_options.secret(item.change.desired).value_or(QString())));
        commands.append(command);
    }
    m_journal.holdSync(false); // every started line is on disk before the request goes out
    if (!m_journal.writable()) {
        // What cannot be recorded is not changed.
        m_outcome.message = m_journal.writeError();
        for (const Item& i : std::as_const(m_queue))
            m_outcome.notApplied << i.change.desired.key;
        finish(ApplyOutcome::Result::Failed);
        return;
    }
    auto sent = std::make_shared<QElapsedTimer>();
    sent->start();
    m_shell->runBatch(commands, true, m_callbacks, [this, batch, seqs, sent](const shell::ShellReply& reply) {
        ++m_outcome.roundTrips;
        resizeWriteBatch(int(batch.size()), sent->elapsed());
        m_outcome.commands += int(batch.size());
        bool stop = false;
        bool hostLost = false;
        m_journal.holdSync(true);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const Item& item = batch.at(i);
            const QString& key = item.change.desired.key;
            m_queue.removeFirst();
            if (i >= reply.results.size()) {
                // The request as a whole was lost (host died, timeout): the command may have run.
                // Its entry stays open; the next run settles it by reading Exchange.
                hostLost = true;
                stop = true;
                m_outcome.error = reply.failure;
                m_outcome.notApplied << key;
                Q_EMIT changeFinished(item.index, false, reply.failure.value_or(shell::ShellError{}));
                continue;
            }
            const shell::CommandResult& r = reply.results.at(i);
            if (r.skipped) {
                m_journal.outcome(seqs.at(i), key, QStringLiteral("not-applied"));
                m_outcome.notApplied << key;
                Q_EMIT changeFinished(item.index, false, {});
            } else if (r.ok) {
                m_journal.outcome(seqs.at(i), key, QStringLiteral("applied"));
                m_outcome.applied << key;
                Q_EMIT changeFinished(item.index, true, {});
            } else {
                const shell::ShellError error = r.errors.value(0);
                m_journal.outcome(seqs.at(i), key, QStringLiteral("failed"), error);
                ++m_failedCount;
                m_outcome.failedChange = key;
                m_outcome.notApplied << key;
                m_outcome.error = error;
                stop = true;
                Q_EMIT changeFinished(item.index, false, error);
            }
        }
        m_journal.holdSync(false);
        if (stop) {
            for (const Item& i : std::as_const(m_queue))
                m_outcome.notApplied << i.change.desired.key;
            m_journal.endRun(hostLost ? QStringLiteral("host-lost") : QStringLiteral("stopped"),
                             int(m_outcome.applied.size()), m_failedCount, int(m_queue.size()));
            m_queue.clear();
            finish(ApplyOutcome::Result::Failed);
            return;
        }
        if (batch.last().change.desired.reinspectAfter)
            reinspectStep(batch.last().change.desired.step, [this] { nextRequest(); });
        else
            nextRequest();
    });
}

// The next request holds as many commands as took about writeRequestTargetMs in this one, the
// round trip included: with a round trip R and c ms a command it settles at (target - R) / c.
void ApplyRunner::resizeWriteBatch(int commands, qint64 elapsedMs)
{
    const qint64 perCommand = std::max<qint64>(1, elapsedMs / std::max(1, commands));
    m_writeBatch =
        int(std::clamp<qint64>(m_options.writeRequestTargetMs / perCommand, 1, ExchangeInspector::batchSize));
    qCDebug(lcShell) << "write request of" << commands << "took" << elapsedMs << "ms; next holds up to"
                     << m_writeBatch;
}

void ApplyRunner::reinspectStep(StepId step, std::function<void()> then)
{
    ExchangeState initial = m_state;
    for (const QString& key : m_stepKeys.value(step)) {
        initial.objects.remove(key);
        initial.errors.remove(key);
    }
    runInspection(initial, [this, step, then](std::shared_ptr<const Inspection> result) {
        int nextIndex = 0;
        QHash<QString, int> indexOf;
        qsizetype at = -1;
        for (qsizetype i = 0; i < m_queue.size(); ++i) {
            nextIndex = std::max(nextIndex, m_queue.at(i).index + 1);
            if (m_queue.at(i).change.desired.step == step) {
                indexOf.insert(m_queue.at(i).change.desired.key, m_queue.at(i).index);
                if (at < 0)
                    at = i;
            }
        }
        m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(),
                                     [step](const Item& i) { return i.change.desired.step == step; }),
                      m_queue.end());
        if (at < 0 || at > m_queue.size())
            at = 0;
        const StepPlan* fresh = result->plan.step(step);
        QList<Item> items;
        for (const PlannedChange& c : fresh ? fresh->changes : QList<PlannedChange>{})
            items.append({c, indexOf.value(c.desired.key, nextIndex++)});
        for (qsizetype i = 0; i < items.size(); ++i)
            m_queue.insert(at + i, items.at(i));
        then();
    });
}

void ApplyRunner::verify()
{
    Q_EMIT verifying();
    runInspection({}, [this](std::shared_ptr<const Inspection> result) {
        m_outcome.remainingAfterVerify = result->plan.inspected() ? result->plan.changeCount() : -1;
        m_inspection = result;
        if (m_outcome.remainingAfterVerify != 0) {
            m_outcome.message = result->plan.inspected() ? tr("%n change(s) still differ after the apply.",
                                                              nullptr, result->plan.changeCount())
                                                         : tr("The result could not be read back.");
            finish(ApplyOutcome::Result::Failed);
            return;
        }
        m_pendingClock.start();
        checkImpersonation();
    });
}

void ApplyRunner::checkImpersonation()
{
    // Impersonation reaches EWS only after AD replication: only when it changed recently can a
    // denial be Pending rather than Failed.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime lastChange;
    for (const journal::JournalChange& c : m_journal.changes()) {
        if (c.applied() && isImpersonationChange(c.key) && c.startedAt.isValid() &&
            c.startedAt.secsTo(now) < m_options.propagationWindowSeconds)
            lastChange = std::max(lastChange, c.startedAt);
    }
    // Only on-prem room mailboxes can wait for replication: a cloud room or a mailbox that is not a
    // room is refused for good (P1 says why), so they are not asked about here.
    ExchangeState state = m_inspection ? m_inspection->state : m_state;
    const QStringList onPrem = rooms::selectedOnPremRooms(PlanContext{m_profile, m_planOptions, state});
    if (!m_options.credentials || !lastChange.isValid() || onPrem.isEmpty() || m_options.backOut) {
        finish(ApplyOutcome::Result::Verified);
        return;
    }
    ValidationOptions options;
    options.only = {QStringLiteral("step2.impersonation")};
    options.rooms = onPrem;
    options.inspection = m_inspection;
    auto* results = new ValidationResults(this);
    auto* runner = new ValidationRunner(m_profile, m_options.credentials, options, results, this);
    connect(runner, &ValidationRunner::finished, this, [this, runner, results] {
        // The step 2 diagnosis (ImpersonationDiagnosis, from the inspection) judges each refusal:
        // Pending when the setup is complete in AD and EWS has not caught up; a refusal it cannot
        // explain is Pending only within the propagation window (checked above); a cause the admin
        // must fix (not in the group, a scope filter that does not name it) fails the apply.
        QStringList pendingRooms;
        QStringList failedRooms;
        const QString prefix = QStringLiteral("step2.impersonation/");
        for (int i = 0; i < results->count(); ++i) {
            const CheckNode& n = results->node(i);
            if (!n.id.startsWith(prefix))
                continue;
            const QString room = n.id.mid(prefix.size());
            const QByteArrayView reason(n.reason ? n.reason : "");
            const bool unexplained = reason == QByteArrayView("step2.outside-scope") ||
                                     reason == QByteArrayView("step2.not-granted");
            if (n.status == CheckStatus::Pending || (n.status == CheckStatus::Failed && unexplained))
                pendingRooms << room;
            else if (n.status == CheckStatus::Failed)
                failedRooms << room + QStringLiteral(": ") + n.cause();
        }
        const bool couldNotRun = runner->couldNotRun();
        runner->deleteLater();
        results->deleteLater();
        m_outcome.pendingRooms = pendingRooms;
        if (!failedRooms.isEmpty()) {
            m_outcome.message = tr("Impersonation fails for %n room(s):", nullptr, int(failedRooms.size())) +
                                QStringLiteral("\n  ") + failedRooms.join(QStringLiteral("\n  "));
            finish(ApplyOutcome::Result::Failed);
            return;
        }
        if (couldNotRun || pendingRooms.isEmpty()) {
            finish(ApplyOutcome::Result::Verified);
            return;
        }
        const qint64 left = m_options.waitPendingSeconds - m_pendingClock.elapsed() / 1000;
        if (left <= 0 || m_cancelRequested) {
            finish(m_cancelRequested ? ApplyOutcome::Result::Cancelled : ApplyOutcome::Result::Pending);
            return;
        }
        m_nextRecheck = m_nextRecheck == 0 ? m_options.firstRecheckSeconds
                                           : std::min(m_nextRecheck * 2, m_options.maxRecheckSeconds);
        const int wait = int(std::min<qint64>(m_nextRecheck, left));
        Q_EMIT pending(int(left), int(pendingRooms.size()));
        QTimer::singleShot(wait * 1000, m_callbacks, [this] { checkImpersonation(); });
    });
    runner->start();
}

} // namespace otj::plan
