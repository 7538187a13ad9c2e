// Prerequisites: what must be true before the setup steps (P1-P5), checked (read-only) by the
// shared ValidationPanel when the admin asks for it.
#pragma once

#include "wizard/WizardPage.h"

namespace otj::ui {

class ValidationPanel;

class PrerequisitesPage : public WizardPage
{
    Q_OBJECT
public:
    PrerequisitesPage(ProfileModel* model, CredentialStore* store, QWidget* parent = nullptr);
    StepState stepState() const override;
    void cleanupPage() override;

    ValidationPanel* validationPanel() const { return m_panel; }

private:
    ValidationPanel* m_panel = nullptr; // null when not part of this build
    bool m_ran = false;
    bool m_anyFailed = false;
};

} // namespace otj::ui
