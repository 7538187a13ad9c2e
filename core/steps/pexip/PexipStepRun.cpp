#include "core/steps/pexip/PexipStepRun.h"

#include "core/logging/Logging.h"
#include "core/shell/ExchangeShell.h"
#include "core/steps/pexip/PexipApplier.h"
#include "core/steps/pexip/PexipInspector.h"

namespace otj::pexip {

std::optional<shell::ShellError> shellError(const PexipError& e)
{
    if (e.ok())
        return std::nullopt;
    return shell::ExchangeShell::shellError(QStringLiteral("OtjPexip.") + PexipError::kindName(e.kind),
                                            e.summary());
}

bool passwordChangedSinceSentToPexip(const QList<journal::JournalChange>& changes)
{
    QDateTime lastSet;  // a step-1 change that set the service account's password
    QDateTime lastSent; // a step-5 integration change that carried it
    for (const journal::JournalChange& c : changes) {
        if (!c.applied())
            continue;
        if (c.step == QLatin1String("step1") && (c.parameters.contains(QLatin1String("Password")) ||
                                                 c.parameters.contains(QLatin1String("RoomMailboxPassword"))))
            lastSet = std::max(lastSet, c.startedAt);
        else if (c.key == QLatin1String("step5.integration") &&
                 c.parameters.contains(QLatin1String("service_account_password")))
            lastSent = std::max(lastSent, c.startedAt);
    }
    return lastSet.isValid() && (!lastSent.isValid() || lastSet > lastSent);
}

PexipStepRun::PexipStepRun(PexipClient* client, PexipStepRequest request, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
{}

PexipStepRun::~PexipStepRun() = default;

void PexipStepRun::start()
{
    PexipStepOutcome outcome;
    m_lock = std::make_unique<journal::ApplyLock>(m_request.profilePath);
    m_journal = std::make_unique<journal::RunJournal>(m_request.profilePath, m_request.profile.profileId);
    QString error;
    if (!m_client || !m_lock->tryLock(&error) || !m_journal->load(&error)) {
        outcome.message = tr("Step 5 was not applied: %1").arg(error);
        finish(outcome);
        return;
    }
    const bool passwordChanged = m_request.passwordChanged && m_request.passwordChanged(*m_journal);
    PexipInspector::planFromProfile(
        *m_client, m_request.profile, m_request.options, {}, passwordChanged,
        m_request.options.replacePexipKerberos, this,
        [this](const plan::StepPlan& step5, const PexipInventory&) {
            PexipStepOutcome outcome;
            outcome.planned = step5;
            if (m_cancelled) {
                outcome.result = PexipStepOutcome::Result::Cancelled;
                finish(outcome);
                return;
            }
            if (!step5.inspected) {
                outcome.message = tr("Step 5: Pexip could not be read; nothing was changed there.");
                if (!step5.problems.isEmpty())
                    outcome.error = step5.problems.first();
                finish(outcome);
                return;
            }
            Q_EMIT planned(step5);
            if (step5.changes.isEmpty()) {
                outcome.result = PexipStepOutcome::Result::Verified;
                finish(outcome);
                return;
            }
            applyPlan(step5);
        });
}

void PexipStepRun::applyPlan(const plan::StepPlan& step5)
{
    PexipStepOutcome outcome;
    outcome.planned = step5;
    QString error;
    if (!m_journal->beginRun(m_request.tool, false, {}, false, &error)) {
        outcome.message = tr("Step 5 was not applied: %1").arg(error);
        finish(outcome);
        return;
    }
    qCInfo(lcPexip) << "step 5: applying" << step5.changes.size() << "change(s)";
    PexipApplyHooks hooks;
    hooks.started = [this](const plan::PlannedChange& c) {
        const int seq = m_journal->started(c);
        Q_EMIT changeStarted(c.desired.key);
        return seq;
    };
    hooks.outcome = [this](int seq, const QString& key, const QString& result, const PexipError& e,
                           const QJsonObject& observed) {
        const std::optional<shell::ShellError> asShell = shellError(e);
        m_journal->outcome(seq, key, result, asShell, observed);
        Q_EMIT changeFinished(key, result == QLatin1String("applied"), asShell.value_or(shell::ShellError{}));
    };
    PexipApplier::apply(*m_client, step5, m_request.servicePassword, hooks, this,
                        [this, outcome](const PexipApplyResult& r) mutable {
                            m_journal->endRun(r.ok()        ? QStringLiteral("completed")
                                              : m_cancelled ? QStringLiteral("cancelled")
                                                            : QStringLiteral("stopped"),
                                              r.applied, r.failed, r.notRun);
                            m_lock->unlock();
                            for (const journal::JournalChange& c : m_journal->changes())
                                if (c.run == m_journal->runId() && c.applied())
                                    outcome.applied << c.key;
                            for (const plan::PlannedChange& c : outcome.planned.changes)
                                if (!outcome.applied.contains(c.desired.key))
                                    outcome.notApplied << c.desired.key;
                            if (!r.ok()) {
                                outcome.result = m_cancelled ? PexipStepOutcome::Result::Cancelled
                                                             : PexipStepOutcome::Result::Failed;
                                outcome.failedKey = r.failedKey;
                                if (!m_cancelled)
                                    outcome.error = shellError(r.error);
                                finish(outcome);
                                return;
                            }
                            if (!m_request.verify) {
                                outcome.result = PexipStepOutcome::Result::Applied;
                                finish(outcome);
                                return;
                            }
                            verifyApplied(outcome);
                        });
}

void PexipStepRun::verifyApplied(PexipStepOutcome outcome)
{
    // Planning again finds nothing left. Not asked to send the password again: it cannot be read
    // back, so it is never a difference.
    plan::PlanOptions options = m_request.options;
    options.sendPexipPassword = false;
    PexipInspector::planFromProfile(
        *m_client, m_request.profile, options, {}, false, options.replacePexipKerberos, this,
        [this, outcome](const plan::StepPlan& again, const PexipInventory&) mutable {
            outcome.after = again;
            outcome.result = PexipStepOutcome::Result::Verified;
            if (m_cancelled)
                outcome.result = PexipStepOutcome::Result::Cancelled;
            else if (!again.inspected || !again.changes.isEmpty()) {
                outcome.result = PexipStepOutcome::Result::Failed;
                outcome.message = again.inspected ? tr("%n step 5 change(s) still differ after the apply.",
                                                       nullptr, int(again.changes.size()))
                                                  : tr("Step 5 could not be read back.");
            }
            finish(outcome);
        });
}

void PexipStepRun::finish(PexipStepOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_lock)
        m_lock->unlock();
    if (m_cancelled && outcome.result == PexipStepOutcome::Result::CouldNotRun)
        outcome.result = PexipStepOutcome::Result::Cancelled;
    Q_EMIT finished(outcome);
}

void PexipStepRun::cancel()
{
    m_cancelled = true;
    if (m_client)
        m_client->cancelAll();
}

} // namespace otj::pexip
