// Impersonation: ApplicationImpersonation for the service account, scoped to a distribution group
// of the OTJ rooms. The inputs are bound to the profile; the actions are not in this build.
#pragma once

#include "wizard/StepPage.h"

namespace otj::ui {

class ImpersonationPage : public StepPage
{
    Q_OBJECT
public:
    ImpersonationPage(ProfileModel* model, CredentialStore* store, QWidget* parent = nullptr);
};

} // namespace otj::ui
