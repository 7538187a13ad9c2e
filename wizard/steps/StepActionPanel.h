// What a step page shows and does against Exchange (one reusable widget for steps 1-4): it
// inspects on entry, shows what exists now, the planned changes as a diff, the PowerShell behind
// them (copyable, exportable), applies them change by change with Stop between changes, then
// verifies, re-checking Pending results by itself. A step with nothing to change says
// "Already configured — 0 changes" and counts as done.
#pragma once

#include "core/profile/ProfileModel.h"
#include "wizard/ExchangeSession.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace otj::ui {

class ApplyPanel;
class PlanDiffView;
class PowerShellView;
class VerificationPanel;

class StepActionPanel : public QWidget
{
    Q_OBJECT
public:
    enum class State {
        NoSession, // not in this build
        NotInspected,
        Inspecting,
        CouldNotInspect,
        Configured, // inspected: 0 changes
        Planned,    // inspected: changes to make
        Stale,      // the profile changed since the inspection
        Applying,
        Verifying, // includes waiting for a Pending re-check
        Verified,
        Failed, // apply or verification failed
    };
    Q_ENUM(State)
    enum Tab { ChangesTab, CurrentTab, PowerShellTab, ProgressTab };

    StepActionPanel(StepId step, ProfileModel* model, QWidget* parent = nullptr);

    void setSession(ExchangeSession* session);
    // The Apply button's text for a plan, e.g. "Apply now: create the service account (2 changes)".
    void setApplyText(std::function<QString(const plan::StepPlan&)> text) { m_applyText = std::move(text); }
    void setPlanOptions(std::function<plan::PlanOptions()> options) { m_options = std::move(options); }

    State state() const { return m_state; }
    bool isBusy() const;
    // Inspecting or verifying: the Inspect button stops it.
    bool isReading() const;
    // Nothing left to do: already configured, or applied and verified.
    bool isDone() const { return m_state == State::Configured || m_state == State::Verified; }
    const StepInspection& inspection() const { return m_inspection; }
    VerificationPanel* verification() const { return m_verification; }
    QTabWidget* tabs() const { return m_tabs; }

    void inspect();
    void apply();

Q_SIGNALS:
    void stateChanged();

private:
    void setState(State state, const QString& text);
    void showInspection(const StepInspection& inspection);
    void verify();
    void exportScript();

    StepId m_step;
    ProfileModel* m_model;
    QPointer<ExchangeSession> m_session;
    std::function<QString(const plan::StepPlan&)> m_applyText;
    std::function<plan::PlanOptions()> m_options;
    State m_state = State::NoSession;
    StepInspection m_inspection;
    int m_run = 0; // answers of an earlier run are ignored

    QLabel* m_status;
    QPushButton* m_inspect;
    QTabWidget* m_tabs;
    PlanDiffView* m_diff;
    QTreeWidget* m_current;
    PowerShellView* m_powerShell;
    ApplyPanel* m_apply;
    VerificationPanel* m_verification;
};

} // namespace otj::ui
