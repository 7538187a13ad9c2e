#include "wizard/pages/PrerequisitesPage.h"

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
    auto* placeholder = notAvailableLabel(
        tr("Checking the prerequisites is not available in this build. Nothing has been checked."));
    placeholder->setObjectName(QStringLiteral("validationNotAvailable"));
    layout->addWidget(placeholder);
    layout->addStretch();
}

StepState PrerequisitesPage::stepState() const
{
    // Nothing was checked, so the step is never "done" in this build.
    return wasVisited() ? StepState::NeedsAttention : StepState::NotStarted;
}

} // namespace otj::ui
