#include "wizard/pages/PrerequisitesPage.h"

// The colleague's ValidationPanel (wizard/validation) is used when it is part of the tree; until
// then the page says plainly that checking is not available in this build.
#if __has_include("wizard/validation/ValidationPanel.h")
#include "wizard/validation/ValidationPanel.h"
#define OTJ_HAVE_VALIDATION_PANEL 1
#else
#define OTJ_HAVE_VALIDATION_PANEL 0
#endif

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
           "P4. The Exchange admin center and Exchange Management PowerShell can be reached.\n"
           "P5. Exchange uses a publicly trusted certificate, or you chose its CA on the Connections page."));
    list->setObjectName(QStringLiteral("prerequisiteList"));
    list->setWordWrap(true);
    list->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(list);
#if OTJ_HAVE_VALIDATION_PANEL
    m_panel = new ValidationPanel(model, store);
    ValidationOptions options;
    options.only = QStringList{QStringLiteral("prereq")};
    m_panel->setOptions(options);
    // The panel starts only when the admin asks (its Run button): checks reach Exchange and Pexip.
    if (m_panel->layout())
        m_panel->layout()->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel, 1);

    connect(m_panel, &ValidationPanel::started, this, [this] {
        m_ran = false;
        Q_EMIT stepStateChanged();
    });
    connect(m_panel, &ValidationPanel::finished, this, [this](bool anyFailed) {
        m_ran = true;
        m_anyFailed = anyFailed;
        Q_EMIT stepStateChanged();
    });
#else
    Q_UNUSED(store)
    auto* placeholder = notAvailableLabel(
        tr("Checking the prerequisites is not available in this build. Nothing has been checked."));
    placeholder->setObjectName(QStringLiteral("validationNotAvailable"));
    layout->addWidget(placeholder);
    layout->addStretch();
#endif
}

void PrerequisitesPage::cleanupPage()
{
#if OTJ_HAVE_VALIDATION_PANEL
    m_panel->cancel(); // Back: nothing keeps running behind the admin's back
#endif
    WizardPage::cleanupPage();
}

StepState PrerequisitesPage::stepState() const
{
    if (!wasVisited())
        return StepState::NotStarted;
    // Done only when the checks ran and nothing failed; never assumed.
    return m_ran && !m_anyFailed ? StepState::Done : StepState::NeedsAttention;
}

} // namespace otj::ui
