// Base of the pages of steps 1-4: the step's inputs (bound to the profile) above a
// StepActionPanel that inspects on entry (Kleopatra: the page starts its job in initializePage()
// and Next waits while it runs), shows the plan, applies and verifies. Without an Exchange session
// the page keeps its inputs and says plainly that the action is not available.
#pragma once

#include "wizard/WizardPage.h"
#include "wizard/steps/StepActionPanel.h"

class QLabel;
class QVBoxLayout;

namespace otj::ui {

class StepPage : public WizardPage
{
    Q_OBJECT
public:
    StepPage(StepId step, ProfileModel* model, CredentialStore* store, QWidget* parent = nullptr);

    StepId step() const { return m_step; }
    StepActionPanel* actions() const { return m_actions; }

    void initializePage() override;
    bool isComplete() const override;
    StepState stepState() const override;
    int stepStateCount() const override;

protected:
    void exchangeSessionChanged() override;
    // Adds the note shown instead of the actions when there is no session, then the actions
    // (taking the room), below the page's inputs.
    void addActions(QVBoxLayout* layout, const QString& unavailableText);

private:
    StepId m_step;
    StepActionPanel* m_actions;
    QLabel* m_unavailable = nullptr;
};

} // namespace otj::ui
