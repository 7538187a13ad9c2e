// The wizard's ExchangeSession on the engine: forwards each page's request to plan::SetupSession
// (core) and turns its signals back into the page's callbacks. No shell or network code here.
#pragma once

#include "wizard/ExchangeSession.h"

#include <QHash>
#include <QPointer>

namespace otj {
class ProfileModel;
namespace plan {
class SetupSession;
struct StepReading;
struct ChangeCheck;
struct ApplyOutcome;
} // namespace plan
} // namespace otj

namespace otj::ui {

class EngineSession : public ExchangeSession
{
    Q_OBJECT
public:
    // `model` gives the profile's file (the journal sits next to it); neither is owned.
    EngineSession(plan::SetupSession* engine, const ProfileModel* model, QObject* parent = nullptr);
    ~EngineSession() override;

    QString unavailableReason() const override;
    QString unavailableReasonFor(StepId step) const override;
    void discoverRooms(const SetupProfile& profile, QObject* context,
                       std::function<void(const RoomDiscovery&)> done) override;
    void inspect(StepId step, const SetupProfile& profile, const plan::PlanOptions& options, QObject* context,
                 std::function<void(const StepInspection&)> done) override;
    void apply(const SetupProfile& profile, const plan::StepPlan& plan, QObject* context,
               ApplyCallbacks callbacks) override;
    void readForValidation(const SetupProfile& profile, QObject* context,
                           std::function<void(std::shared_ptr<const plan::Inspection>)> done) override;
    void cancel() override;
    void verify(const SetupProfile& profile, const plan::StepPlan& plan, QObject* context,
                std::function<void(const QList<VerifyItem>&)> done) override;
    bool canExportScript() const override { return true; }
    QByteArray setupScript(const SetupProfile& profile, const plan::StepPlan& plan,
                           QString* error) const override;

    // What a step's inspection shows as "what exists now" (also used by tests).
    static StepInspection stepInspection(StepId step, const plan::StepReading& reading);

private:
    struct Request
    {
        QPointer<QObject> context;
        StepId step = StepId::Prerequisites;
        std::function<void(const RoomDiscovery&)> discovered;
        std::function<void(const StepInspection&)> inspected;
        std::function<void(const QList<VerifyItem>&)> verified;
        std::function<void(std::shared_ptr<const plan::Inspection>)> read;
        ApplyCallbacks applied;
        QStringList keys; // apply: the page's changes, in its order
        QSet<QString> reported;
    };
    Request* live(int request);
    void onFailed(int request, const shell::ShellError& error);
    void onApplyFinished(int request, const plan::ApplyOutcome& outcome);

    QPointer<plan::SetupSession> m_engine;
    const ProfileModel* m_model;
    QHash<int, Request> m_requests;
    QHash<StepId, plan::PlanOptions>
        m_options; // of each step's latest inspection: apply and verify plan alike
};

} // namespace otj::ui
