// Service account: how the OTJ service account is created or adopted. Creating and checking it
// needs the Exchange PowerShell connection (not in this build), so only the inputs are live.
#pragma once

#include "wizard/WizardPage.h"

namespace otj::ui {

class ServiceAccountPage : public WizardPage
{
    Q_OBJECT
public:
    ServiceAccountPage(ProfileModel* model, CredentialStore* store, QWidget* parent = nullptr);
};

} // namespace otj::ui
