// Pexip integration: the One-Touch Join Exchange integration on the management node.
#pragma once

#include "wizard/WizardPage.h"

namespace otj::ui {

class PexipIntegrationPage : public WizardPage
{
    Q_OBJECT
public:
    PexipIntegrationPage(ProfileModel* model, CredentialStore* store, QWidget* parent = nullptr);

private:
    void updateAuth();
    class QLabel* m_auth;
};

} // namespace otj::ui
