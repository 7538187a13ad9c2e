// Prerequisites: what must be true before the setup steps (P1-P5), checked by the validation
// panel once it is built.
#pragma once

#include "wizard/WizardPage.h"

namespace otj::ui {

class PrerequisitesPage : public WizardPage
{
    Q_OBJECT
public:
    PrerequisitesPage(ProfileModel* model, CredentialStore* store, QWidget* parent = nullptr);
    StepState stepState() const override;
};

} // namespace otj::ui
