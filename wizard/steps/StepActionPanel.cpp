#include "wizard/steps/StepActionPanel.h"

#include "core/logging/Logging.h"
#include "wizard/Dialogs.h"
#include "wizard/steps/ApplyPanel.h"
#include "wizard/steps/PlanDiffView.h"
#include "wizard/steps/PowerShellView.h"
#include "wizard/steps/VerificationPanel.h"
#include "wizard/widgets/ColumnFitter.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace otj::ui {

StepActionPanel::StepActionPanel(StepId step, ProfileModel* model, QWidget* parent)
    : QWidget(parent)
    , m_step(step)
    , m_model(model)
    , m_status(new QLabel)
    , m_inspect(new QPushButton(tr("Inspect a&gain")))
    , m_tabs(new QTabWidget)
    , m_diff(new PlanDiffView)
    , m_current(new QTreeWidget)
    , m_powerShell(new PowerShellView)
    , m_apply(new ApplyPanel)
    , m_verification(new VerificationPanel)
{
    setObjectName(QStringLiteral("stepActions"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* top = new QHBoxLayout;
    m_status->setObjectName(QStringLiteral("stepPlanStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true); // counts and warnings stay readable on a narrow window
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_inspect->setObjectName(QStringLiteral("inspectButton"));
    m_inspect->setToolTip(tr("Read this step's objects from Exchange again (only Get-* commands)"));
    top->addWidget(m_status, 1);
    top->addWidget(m_inspect);
    layout->addLayout(top);

    m_tabs->setObjectName(QStringLiteral("stepTabs"));
    auto* changes = new QWidget;
    auto* changesLayout = new QVBoxLayout(changes);
    auto* diffLabel = new QLabel(tr("Planned c&hanges (what is there now, and what it will be):"));
    diffLabel->setBuddy(m_diff->view());
    changesLayout->addWidget(diffLabel);
    changesLayout->addWidget(m_diff, 1);
    m_tabs->addTab(changes, tr("Planned changes"));

    m_current->setObjectName(QStringLiteral("currentState"));
    m_current->setAccessibleName(tr("What exists in Exchange now"));
    m_current->setFocusPolicy(Qt::NoFocus); // a status display
    m_current->setRootIsDecorated(false);
    m_current->setUniformRowHeights(true);
    m_current->setHeaderLabels({tr("Object"), tr("Kind"), tr("State")});
    m_current->header()->setStretchLastSection(true);
    new ColumnFitter(m_current, {{48, 40}, {28, 25}}); // Object, Kind; State takes the rest
    const bool pexip = m_step == StepId::Pexip;        // REST requests to Pexip, not PowerShell to Exchange
    if (pexip) {
        m_inspect->setToolTip(tr("Read this step's objects from Pexip again (only GET requests)"));
        m_current->setAccessibleName(tr("What exists on Pexip now"));
        m_powerShell->showRestRequests();
    }
    m_tabs->addTab(m_current, pexip ? tr("Now on Pexip") : tr("Now in Exchange"));

    m_tabs->addTab(m_powerShell, pexip ? tr("Pexip API requests") : tr("PowerShell"));

    auto* progress = new QWidget;
    auto* progressLayout = new QVBoxLayout(progress);
    progressLayout->addWidget(m_apply->progressList(), 1);
    progressLayout->addWidget(m_verification, 1);
    m_tabs->addTab(progress, tr("Progress and verification"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_apply);

    connect(m_inspect, &QPushButton::clicked, this, [this] {
        // While reading, the same button stops the wait (every wait can be cancelled).
        if (isReading()) {
            if (m_session)
                m_session->cancel();
            return;
        }
        inspect();
    });
    connect(m_apply, &ApplyPanel::applyClicked, this, &StepActionPanel::apply);
    connect(m_apply, &ApplyPanel::stopClicked, this, [this] {
        if (m_session)
            m_session->cancel();
    });
    connect(m_verification, &VerificationPanel::recheckRequested, this, &StepActionPanel::verify);
    connect(m_powerShell, &PowerShellView::exportRequested, this, &StepActionPanel::exportScript);
    connect(m_model, &ProfileModel::changed, this, [this] {
        // What was read answers the old settings: say so rather than apply a plan that is out of date.
        if (m_state == State::Planned || m_state == State::Configured)
            setState(State::Stale, m_step == StepId::Pexip
                                       ? tr("The settings changed since Pexip was read: inspect again.")
                                       : tr("The settings changed since Exchange was read: inspect again."));
    });
    setSession(nullptr);
}

void StepActionPanel::setSession(ExchangeSession* session)
{
    m_session = session;
    ++m_run;
    m_verification->clear();
    m_powerShell->setExportAvailable(session && session->canExportScript(m_step),
                                     tr("Script export is not available in this build."));
    if (!session)
        setState(State::NoSession, tr("Not available in this build: no Exchange PowerShell connection."));
    else
        setState(State::NotInspected, m_step == StepId::Pexip ? tr("Not read from Pexip yet.")
                                                              : tr("Not read from Exchange yet."));
}

bool StepActionPanel::isReading() const
{
    return m_state == State::Inspecting || (m_state == State::Verifying && !m_verification->isCounting());
}

bool StepActionPanel::isBusy() const
{
    return isReading() || m_state == State::Applying;
}

void StepActionPanel::setState(State state, const QString& text)
{
    m_state = state;
    m_status->setText(text);
    const bool session = m_session && m_session->unavailableReasonFor(m_step).isEmpty();
    m_inspect->setEnabled(session && state != State::Applying && (state != State::Verifying || isReading()));
    m_inspect->setText(isReading() ? tr("Stop readin&g") : tr("Inspect a&gain"));
    m_apply->setApplyEnabled(session && state == State::Planned);
    m_apply->setVisible(state != State::NoSession);
    m_tabs->setVisible(state != State::NoSession);
    m_inspect->setVisible(state != State::NoSession);
    Q_EMIT stateChanged();
}

void StepActionPanel::inspect()
{
    if (!m_session)
        return;
    if (const QString why = m_session->unavailableReasonFor(m_step); !why.isEmpty()) {
        setState(State::CouldNotInspect, why);
        return;
    }
    const int run = ++m_run;
    m_verification->clear();
    setState(State::Inspecting, m_step == StepId::Pexip
                                    ? tr("Reading %1 from Pexip…").arg(Steps::title(m_step))
                                    : tr("Reading %1 from Exchange…").arg(Steps::title(m_step)));
    const plan::PlanOptions options = m_options ? m_options() : plan::PlanOptions{};
    m_session->inspect(m_step, m_model->profile(), options, this, [this, run](const StepInspection& result) {
        if (run == m_run)
            showInspection(result);
    });
}

void StepActionPanel::showInspection(const StepInspection& result)
{
    m_inspection = result;
    const plan::StepPlan& plan = result.plan;
    m_diff->setPlan(plan);

    m_current->clear();
    for (const CurrentObject& o : result.current) {
        const QString state = !o.exists   ? tr("Missing")
                              : o.matches ? tr("Exists, as wanted")
                                          : tr("Exists, differs");
        new QTreeWidgetItem(m_current, {o.target, o.what, state});
    }
    m_current->resizeColumnToContents(1); // the kind is short; never cut it

    QStringList lines;
    QStringList items;
    for (const plan::PlannedChange& c : plan.changes) {
        lines << plan::powerShellLine(c, result.domainController);
        items << tr("%1: %2").arg(c.desired.target, c.desired.summary);
    }
    m_powerShell->setLines(lines);
    const QString buttonText =
        m_applyText ? m_applyText(plan) : tr("Apply no&w (%n change(s))", nullptr, int(plan.changes.size()));
    m_apply->setChanges(items, buttonText);

    if (!result.ok) {
        QStringList problems;
        for (const shell::ShellError& e : result.problems)
            problems << (e.remedy.isEmpty() ? e.message : tr("%1 %2").arg(e.message, e.remedy));
        setState(State::CouldNotInspect,
                 (m_step == StepId::Pexip ? tr("Could not read this step from Pexip: %1")
                                          : tr("Could not read this step from Exchange: %1"))
                     .arg(problems.join(QLatin1Char(' '))));
        return;
    }
    int warnings = 0;
    for (const plan::PlanNote& n : plan.notes)
        warnings += n.verdict.status == CheckStatus::Warning || n.verdict.status == CheckStatus::Failed;
    const QString notes =
        warnings > 0 ? tr(" Warnings: %1 (see the planned changes).").arg(warnings) : QString();
    if (plan.changes.isEmpty()) {
        setState(State::Configured, tr("Already configured — 0 changes.") + notes);
        m_tabs->setCurrentIndex(warnings > 0 ? ChangesTab : CurrentTab);
        return;
    }
    setState(State::Planned,
             tr("%n change(s) to make. Nothing has been changed yet.", nullptr, int(plan.changes.size())) +
                 notes);
    m_tabs->setCurrentIndex(ChangesTab);
}

void StepActionPanel::apply()
{
    if (!m_session || m_state != State::Planned)
        return;
    const int run = ++m_run;
    m_tabs->setCurrentIndex(ProgressTab);
    m_verification->clear();
    m_apply->setRunning(true);
    setState(State::Applying, tr("Applying %n change(s)…", nullptr, int(m_inspection.plan.changes.size())));
    qCInfo(lcWizard) << "apply" << Steps::key(m_step) << m_inspection.plan.changes.size() << "changes";
    ApplyCallbacks callbacks;
    callbacks.started = [this, run](int index) {
        if (run == m_run)
            m_apply->markStarted(index);
    };
    callbacks.finished = [this, run](int index, const ApplyItemResult& r) {
        if (run == m_run)
            m_apply->markFinished(index, r);
    };
    callbacks.done = [this, run](bool cancelled) {
        if (run != m_run)
            return;
        m_apply->setRunning(false);
        if (cancelled) {
            setState(State::Failed, tr("Stopped: %1 of %2 changes applied. Inspect again to continue.")
                                        .arg(m_apply->count(ApplyOutcome::Applied))
                                        .arg(m_inspection.plan.changes.size()));
            return;
        }
        if (m_apply->count(ApplyOutcome::Failed) > 0) {
            setState(State::Failed,
                     tr("A change failed; the changes after it were not sent. The list says why."));
            return;
        }
        verify();
    };
    m_session->apply(m_model->profile(), m_inspection.plan, this, callbacks);
}

void StepActionPanel::verify()
{
    if (!m_session)
        return;
    const int run = ++m_run;
    m_verification->setChecking();
    setState(State::Verifying, tr("Applied. Verifying…"));
    m_session->verify(m_model->profile(), m_inspection.plan, this, [this, run](QList<VerifyItem> items) {
        if (run != m_run)
            return;
        // Named as in the apply list ("OTJ Rooms: holds exactly the selected rooms"): a target can
        // have several changes.
        for (VerifyItem& item : items) {
            for (const plan::PlannedChange& c : std::as_const(m_inspection.plan.changes)) {
                if (c.desired.key == item.key)
                    item.target = tr("%1: %2").arg(c.desired.target, c.desired.summary);
            }
        }
        m_verification->setResults(items);
        switch (m_verification->overall()) {
        case CheckStatus::Passed:
            setState(State::Verified, tr("Applied and verified."));
            break;
        case CheckStatus::Pending:
            setState(State::Verifying,
                     m_verification->isCounting()
                         ? tr("Applied. Waiting for Active Directory replication; re-checking by itself.")
                         : tr("Applied, still pending. Check again later."));
            break;
        default:
            setState(State::Failed, tr("Applied, but verification failed. The list says why."));
            break;
        }
    });
}

void StepActionPanel::exportScript()
{
    if (!m_session || !m_session->canExportScript(m_step))
        return;
    const QString name = QStringLiteral("otj-%1-setup.ps1").arg(Steps::key(m_step));
    const QString path = dialogs::getSaveFileName(
        this, tr("Export setup script"), QDir::home().filePath(name), tr("PowerShell scripts (*.ps1)"));
    if (path.isEmpty())
        return;
    QString error;
    const QByteArray bytes = m_session->setupScript(m_model->profile(), m_inspection.plan, &error);
    QSaveFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
        !file.commit()) {
        dialogs::information(
            this, tr("Script not exported"),
            tr("The script could not be written to %1: %2")
                .arg(QDir::toNativeSeparators(path), error.isEmpty() ? file.errorString() : error));
        return;
    }
    qCInfo(lcWizard) << "setup script exported" << path;
}

} // namespace otj::ui
