// Prerequisites: what must be true before the setup steps (P1-P5), checked (read-only) by the
// shared ValidationPanel as soon as the page is entered (Kleopatra: the page starts its job in
// initializePage(), isComplete() is false while it runs).
#pragma once

#include "wizard/WizardPage.h"

#include <QJsonObject>

namespace otj::ui {

class ValidationPanel;

class PrerequisitesPage : public WizardPage
{
    Q_OBJECT
public:
    PrerequisitesPage(ProfileModel* model, CredentialStore* store, QWidget* parent = nullptr);
    StepState stepState() const override;
    int stepStateCount() const override;

protected:
    void credentialStoreChanged() override;
    void exchangeSessionChanged() override;
    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override;

    ValidationPanel* validationPanel() const { return m_panel; }

private:
    ValidationPanel* m_panel = nullptr;
    QJsonObject m_checkedProfile; // the profile the last finished run checked
    bool m_ran = false;
    bool m_anyFailed = false;
};

} // namespace otj::ui
