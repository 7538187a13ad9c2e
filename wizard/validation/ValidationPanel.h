// The live validation tree for the wizard: QTreeView over the results, a progress bar, Cancel,
// Re-run, a "problems only" filter and the fix for the selected check. The wizard embeds it in the
// Prerequisites page and behind the Summary page's "Validate" action. No network code here: the
// panel drives otj::ValidationRunner (core); with an Exchange session it first has the session read
// Exchange through PowerShell, so P1, P2, P4 and the steps' PowerShell-side checks are judged
// (otjctl validate does the same when a PowerShell program is set).
//
// objectNames (for tests): validationTree, validationProgress, validationStatus, cancelValidation,
// rerunValidation, problemsOnly, fixText.
#pragma once

#include "core/profile/ProfileModel.h"
#include "core/secrets/CredentialStore.h"
#include "core/validation/ValidationRunner.h"
#include "wizard/ExchangeSession.h"
#include "wizard/WizardPage.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace otj {
class ValidationResults;
} // namespace otj

namespace otj::ui {

class ProblemsFilterModel;
class ValidationTreeModel;

class ValidationPanel : public QWidget
{
    Q_OBJECT
public:
    ValidationPanel(ProfileModel* profile, CredentialStore* credentials, QWidget* parent = nullptr);
    ~ValidationPanel() override;

    // Options for the next start() (e.g. onlyIds {"prereq"} on the Prerequisites page).
    void setOptions(const ValidationOptions& options) { m_options = options; }
    ValidationOptions options() const { return m_options; }

    // Read Exchange through `session` before each run (null: the PowerShell-side checks are Skipped).
    void setExchangeSession(ExchangeSession* session) { m_session = session; }

    bool isRunning() const;
    // The wizard replaced its credential store (e.g. "this session only"): the next run uses it.
    void setCredentialStore(CredentialStore* credentials) { m_credentials = credentials; }
    CredentialStore* credentialStore() const { return m_credentials; }
    // What the last run says about its page: running or nothing run yet -> NeedsAttention, could
    // not run -> NeedsAttention, failed or warned checks -> NeedsAttention (count), only skipped
    // or cancelled ones left -> NotChecked (count), all passed -> Done.
    StepState resultState(int* count) const;
    ValidationResults* results() const { return m_results; }
    ValidationTreeModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }

public Q_SLOTS:
    void start(); // (re)starts with the profile as it is now
    void cancel();

Q_SIGNALS:
    void started();
    void finished(bool anyFailed);
    // The admin followed the "Go to <step>" link of the selected check's fix.
    void goToStep(otj::StepId step);

private:
    void runValidation(std::shared_ptr<const plan::Inspection> inspection);
    void onProgress(int done, int total);
    void onFinished();
    void showSelected();
    void updateButtons();

    QPointer<ProfileModel> m_profile;
    QPointer<CredentialStore> m_credentials;
    ValidationOptions m_options;
    ValidationResults* m_results = nullptr;
    ValidationTreeModel* m_model = nullptr;
    ProblemsFilterModel* m_filter = nullptr;
    ValidationRunner* m_runner = nullptr;
    QPointer<ExchangeSession> m_session;
    bool m_readingExchange = false;
    int m_readGeneration = 0; // a cancelled read's late answer is dropped

    QTreeView* m_view = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_rerun = nullptr;
    QCheckBox* m_problemsOnly = nullptr;
    QTextBrowser* m_fix = nullptr;
};

} // namespace otj::ui
