#include "wizard/pages/PrerequisitesPage.h"

#include "core/validation/ValidationResults.h"
#include "wizard/SetupWizard.h"
#include "wizard/validation/ValidationPanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace otj::ui {

PrerequisitesPage::PrerequisitesPage(ProfileModel* model, CredentialStore* store, QWidget* parent)
    : WizardPage(model, store, parent)
{
    setObjectName(QStringLiteral("prerequisitesPage"));
    setShortTitle(tr("Prerequisites"));
    setTitle(tr("Prerequisites"));
    setSubTitle(tr("What must be true before One-Touch Join can be set up. The checks only read; they change "
                   "nothing."));

    auto* layout = new QVBoxLayout(this);
    auto* list = new QLabel(
        tr("P1. Every OTJ room has a room mailbox with an email address.\n"
           "P2. Automatic calendar processing is on for each room.\n"
           "P3. If Safe Links is used, URLs in invitations to the rooms are not rewritten.\n"
           "P4. Exchange Management PowerShell can be reached, with every cmdlet the steps use.\n"
           "P5. Pexip Infinity trusts Exchange's certificate: it chains to a public root, or its CA is "
           "uploaded to Pexip (the Pexip integration step does that)."));
    list->setObjectName(QStringLiteral("prerequisiteList"));
    list->setWordWrap(true);
    list->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(list);
    m_panel = new ValidationPanel(model, store);
    ValidationOptions options;
    options.only = QStringList{QStringLiteral("prereq")};
    m_panel->setOptions(options);
    // The checks only read, so they start when the page is entered (initializePage); Re-run and
    // Cancel stay with the admin.
    if (m_panel->layout())
        m_panel->layout()->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel, 1);
    connect(m_panel, &ValidationPanel::goToStep, this, [this](StepId step) {
        if (SetupWizard* w = setupWizard())
            w->showStep(step);
    });

    connect(m_panel, &ValidationPanel::started, this, [this] {
        m_ran = false;
        Q_EMIT stepStateChanged();
        Q_EMIT completeChanged();
    });
    connect(m_panel, &ValidationPanel::finished, this, [this](bool anyFailed) {
        m_ran = true;
        m_anyFailed = anyFailed;
        m_checkedProfile = this->model()->profile().toJson();
        Q_EMIT stepStateChanged();
        Q_EMIT completeChanged();
    });
}

void PrerequisitesPage::initializePage()
{
    WizardPage::initializePage();
    // Run again only when what the checks depend on changed since the last run.
    if (!m_panel->isRunning() && (!m_ran || m_checkedProfile != model()->profile().toJson()))
        m_panel->start();
}

bool PrerequisitesPage::isComplete() const
{
    // Next waits for the running checks (Cancel on the panel stops them); it does not wait for
    // them to pass: a failed prerequisite is shown, and the admin decides.
    return !m_panel->isRunning() && WizardPage::isComplete();
}

void PrerequisitesPage::cleanupPage()
{
    m_panel->cancel(); // Back: nothing keeps running behind the admin's back
    WizardPage::cleanupPage();
}

StepState PrerequisitesPage::stepState() const
{
    if (!wasVisited())
        return StepState::NotStarted;
    // Done only when every check ran and passed; skipped ones prove nothing ("Not checked").
    int count = 0;
    return m_panel->resultState(&count);
}

int PrerequisitesPage::stepStateCount() const
{
    int count = 0;
    m_panel->resultState(&count);
    return wasVisited() ? count : 0;
}

void PrerequisitesPage::credentialStoreChanged()
{
    m_panel->setCredentialStore(credentialStore());
}

void PrerequisitesPage::exchangeSessionChanged()
{
    if (m_panel)
        m_panel->setExchangeSession(exchangeSession()); // P1, P2, P4 read through PowerShell
}

} // namespace otj::ui
