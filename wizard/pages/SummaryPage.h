// Summary: the profile at a glance, where to save it, and validation of the whole setup.
#pragma once

#include "wizard/WizardPage.h"

class QPlainTextEdit;

namespace otj::ui {

class ValidationPanel;

class SummaryPage : public WizardPage
{
    Q_OBJECT
public:
    SummaryPage(ProfileModel* model, CredentialStore* store, QWidget* parent = nullptr);
    void initializePage() override;
    StepState stepState() const override;
    int stepStateCount() const override;

protected:
    void credentialStoreChanged() override;
    void exchangeSessionChanged() override;

    // Plain text summary of the profile (also what the page shows).
    static QString summaryText(const SetupProfile& profile);
    ValidationPanel* validationPanel() const { return m_panel; }

private:
    void updateSummary();
    QPlainTextEdit* m_summary;
    ValidationPanel* m_panel = nullptr; // null when not part of this build
};

} // namespace otj::ui
