// Service account: create or adopt the OTJ service account (step 1). For a new account the page
// generates a strong password, shows it once with a copy button (the clipboard copy is marked
// secret and cleared after 30 s) and stores it in the keychain, or for this session only when the
// keychain is unavailable, said plainly.
#pragma once

#include "wizard/StepPage.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace otj::ui {

class ServiceAccountPage : public StepPage
{
    Q_OBJECT
public:
    ServiceAccountPage(ProfileModel* model, CredentialStore* store, QWidget* parent = nullptr);

    // Generates a new password (asking first when one is stored), shows it and stores it.
    void generatePassword();
    class SecretClipboard* clipboard() const { return m_clipboard; }

    bool validatePage() override;
    void cleanupPage() override;

private:
    void forgetShownPassword();
    void storePassword(const QString& password, bool retriedInSession);
    void updatePasswordRow();
    void setPasswordStatus(const QString& text);

    QPushButton* m_generate;
    QLineEdit* m_password;
    QPushButton* m_copy;
    QLabel* m_passwordStatus;
    class SecretClipboard* m_clipboard;
};

} // namespace otj::ui
