// Connections: the Exchange and Pexip endpoints, the accounts and their passwords, and each
// endpoint's own trusted CA (EndpointTrustEditor, once for Exchange and once for the Pexip
// Management Node). Every field is checked inline with the reason beside it; passwords go to the
// CredentialStore, never into the profile.
#pragma once

#include "core/secrets/CredentialStore.h"
#include "wizard/WizardPage.h"
#include "wizard/widgets/EndpointTrustEditor.h"

class QComboBox;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace otj::ui {

class ConnectionsPage : public WizardPage
{
    Q_OBJECT
public:
    ConnectionsPage(ProfileModel* model, CredentialStore* store, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;
    QStringList problems() const override;

    // Reads a PEM file into `endpoint`'s trust entry (EndpointTrustEditor::loadCaFile).
    bool loadCaFile(TrustEndpoint endpoint, const QString& path);

protected:
    void credentialStoreChanged() override;
    void profileRefreshed() override;

private:
    struct Secret
    {
        CredentialRole role;
        QLineEdit* edit = nullptr;
        bool stored = false;
    };
    QLineEdit* addPasswordRow(QFormLayout* form, const QString& label, CredentialRole role,
                              const QString& name);
    void updateDiscoveryRows();
    void readStoredSecrets();
    void updateSecretPlaceholders();
    void showKeychainProblem(const CredentialResult& result);
    void writeFinished();

    QComboBox* m_discovery;
    EndpointTrustEditor* m_exchangeTrust;
    EndpointTrustEditor* m_pexipTrust;
    QFormLayout* m_exchangeForm;
    QWidget* m_ewsUrlRow;
    QWidget* m_autodiscoverEmailRow;
    QWidget* m_autodiscoverUrlRow;
    QComboBox* m_signIn = nullptr;
    QWidget* m_adminRow = nullptr;
    QWidget* m_adminPasswordRow = nullptr;
    QFrame* m_keychainBanner;
    QLabel* m_keychainMessage;
    QPushButton* m_sessionOnly;
    QLabel* m_storageLabel;
    QList<Secret> m_secrets;
    int m_pendingWrites = 0;
    bool m_writeUnavailable = false;
    QStringList m_writeErrors;
};

} // namespace otj::ui
