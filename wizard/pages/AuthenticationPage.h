// Authentication: the method the service account uses against EWS (Pexip follows it). Checking
// the EWS virtual directory needs the Exchange PowerShell connection (not in this build).
#pragma once

#include "wizard/StepPage.h"

namespace otj::ui {

class AuthenticationPage : public StepPage
{
    Q_OBJECT
public:
    AuthenticationPage(ProfileModel* model, CredentialStore* store, QWidget* parent = nullptr);

private:
    void updateNote();
    class QLabel* m_pexipMethod;
};

} // namespace otj::ui
