// Unattended runs: passwords from OTJ_EXCHANGE_ADMIN_PASSWORD, OTJ_SERVICE_ACCOUNT_PASSWORD and
// OTJ_PEXIP_PASSWORD. Less safe than the keychain (other processes of the same user may read a
// process's environment), so documented as such. captureProcessEnvironment() reads them once at
// start-up and removes them from the environment, so no child process (PowerShell!) inherits them.
#pragma once

#include "core/secrets/CredentialStore.h"

#include <QHash>

namespace otj {

class EnvironmentCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    // Call first thing in main(). Idempotent: a second call finds nothing left to take.
    static void captureProcessEnvironment();
    static bool has(CredentialRole role);
    // Names of the variables that were taken (for the run log; it is installed after capture).
    static QStringList capturedVariables();
    static void clearCaptured(); // tests

    // Serves the captured value for any profile id; NotFound when the variable was not set.
    void read(const QString& profileId, CredentialRole role, QObject* context,
              CredentialCallback cb) override;
    // Read-only: writing or removing answers Failed.
    void write(const QString& profileId, CredentialRole role, const QString& secret, QObject* context,
               CredentialCallback cb) override;
    void remove(const QString& profileId, CredentialRole role, QObject* context,
                CredentialCallback cb) override;
    QString description() const override;
    bool persistent() const override { return false; }
};

} // namespace otj
