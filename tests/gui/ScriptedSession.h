// An ExchangeSession for GUI tests: answers discovery, inspection, apply and verification from a
// script, asynchronously (after `delayMs`, like a real round trip), and records every call. An
// applied step is inspected as configured afterwards (0 changes), as the engine's re-run is.
#pragma once

#include "wizard/ExchangeSession.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

namespace otj::test {

class ScriptedSession : public ui::ExchangeSession
{
public:
    using ui::ExchangeSession::ExchangeSession;

    QString unavailable;
    int delayMs = 0;
    ui::RoomDiscovery rooms;
    QHash<StepId, ui::StepInspection> inspections; // before apply
    QHash<StepId, ui::StepInspection> configured;  // after apply (no changes); default: ok, empty
    QSet<QString> failingKeys;                     // apply fails these changes
    int pendingVerifications = 0;                  // verify answers Pending this many times first
    QStringList calls;                             // "discover", "inspect step1", "apply step1.account"...
    QList<plan::PlanOptions> inspectOptions;       // what each inspect was asked with
    bool exportsScripts = false;                   // canExportScript()
    bool cancelled = false;

    QString unavailableReason() const override { return unavailable; }

    void discoverRooms(const SetupProfile&, QObject* context,
                       std::function<void(const ui::RoomDiscovery&)> done) override
    {
        calls << QStringLiteral("discover");
        cancelled = false;
        later(context, [this, done] { done(rooms); });
    }

    bool canExportScript() const override { return exportsScripts; }

    void inspect(StepId step, const SetupProfile&, const plan::PlanOptions& options, QObject* context,
                 std::function<void(const ui::StepInspection&)> done) override
    {
        calls << QStringLiteral("inspect %1").arg(Steps::key(step));
        inspectOptions << options;
        ui::StepInspection answer;
        if (m_applied.contains(step)) {
            answer = configured.value(step, configuredDefault(step));
        } else {
            answer = inspections.value(step, configuredDefault(step));
        }
        later(context, [answer, done] { done(answer); });
    }

    void apply(const SetupProfile&, const plan::StepPlan& plan, QObject* context,
               ui::ApplyCallbacks callbacks) override
    {
        cancelled = false;
        applyNext(plan, 0, context, std::move(callbacks));
    }

    void cancel() override
    {
        calls << QStringLiteral("cancel");
        cancelled = true;
    }

    void verify(const SetupProfile&, const plan::StepPlan& plan, QObject* context,
                std::function<void(const QList<ui::VerifyItem>&)> done) override
    {
        calls << QStringLiteral("verify %1").arg(Steps::key(plan.step));
        const bool pending = m_verifications++ < pendingVerifications;
        QList<ui::VerifyItem> items;
        for (const plan::PlannedChange& c : plan.changes) {
            ui::VerifyItem item{c.desired.key, c.desired.target, CheckStatus::Passed, QString()};
            if (failingKeys.contains(c.desired.key)) {
                item.status = CheckStatus::Failed;
                item.detail = QStringLiteral("not applied");
            } else if (pending && c.desired.step == StepId::Impersonation) {
                item.status = CheckStatus::Pending;
                item.detail = QStringLiteral("AD replication has not reached EWS yet");
            }
            items << item;
        }
        later(context, [items, done] { done(items); });
    }

    int verifications() const { return m_verifications; }

private:
    static ui::StepInspection configuredDefault(StepId step)
    {
        ui::StepInspection s;
        s.ok = true;
        s.plan.step = step;
        s.plan.inspected = true;
        return s;
    }

    void later(QObject* context, std::function<void()> f)
    {
        QTimer::singleShot(delayMs, context, std::move(f));
    }

    void applyNext(const plan::StepPlan& plan, int index, QObject* context, ui::ApplyCallbacks callbacks)
    {
        if (index >= plan.changes.size() || cancelled) {
            for (int i = index; i < plan.changes.size(); ++i)
                callbacks.finished(i, {plan.changes.at(i).desired.key, ui::ApplyOutcome::Cancelled, {}});
            if (index >= plan.changes.size() && !cancelled)
                m_applied.insert(plan.step);
            const bool wasCancelled = cancelled;
            later(context, [callbacks, wasCancelled] { callbacks.done(wasCancelled); });
            return;
        }
        const QString key = plan.changes.at(index).desired.key;
        calls << QStringLiteral("apply %1").arg(key);
        callbacks.started(index);
        later(context, [this, plan, index, context, callbacks, key] {
            const bool fail = failingKeys.contains(key);
            callbacks.finished(index, {key, fail ? ui::ApplyOutcome::Failed : ui::ApplyOutcome::Applied,
                                       fail ? QStringLiteral("Access is denied.") : QString()});
            if (fail) {
                for (int i = index + 1; i < plan.changes.size(); ++i)
                    callbacks.finished(i, {plan.changes.at(i).desired.key, ui::ApplyOutcome::NotRun, {}});
                callbacks.done(false);
                return;
            }
            applyNext(plan, index + 1, context, callbacks);
        });
    }

    QSet<StepId> m_applied;
    int m_verifications = 0;
};

} // namespace otj::test
