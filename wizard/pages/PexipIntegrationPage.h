// Pexip integration (step 5): the One-Touch Join Exchange integration on the Management Node. Its
// inputs (bound to the profile) above the StepActionPanel, which plans, applies and verifies the
// REST changes through the session like steps 1-4 (the requests shown where they show PowerShell).
#pragma once

#include "wizard/StepPage.h"

class QCheckBox;
class QLabel;

namespace otj::ui {

class PexipIntegrationPage : public StepPage
{
    Q_OBJECT
public:
    PexipIntegrationPage(ProfileModel* model, CredentialStore* store, QWidget* parent = nullptr);

private:
    void updateAuth();
    // "Move it to <method>" is offered only while the plan keeps a KERBEROS integration (or it is on).
    void updateKerberosChoice();
    QLabel* m_auth;
    QCheckBox* m_sendPassword;
    QCheckBox* m_replaceKerberos;
};

} // namespace otj::ui
