// The OS keychain through QtKeychain 0.13: Windows Credential Manager, macOS Keychain, Secret
// Service on Linux. No plaintext fallback, ever (insecureFallback stays off).
#pragma once

#include "core/secrets/CredentialStore.h"

namespace otj {

class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QObject* parent = nullptr);

    // A job that does not finish in time (e.g. an unlock prompt nobody answers) is answered
    // Unavailable; the job itself is detached, never deleted while running (QtKeychain crashes).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void read(const QString& profileId, CredentialRole role, QObject* context,
              CredentialCallback cb) override;
    void write(const QString& profileId, CredentialRole role, const QString& secret, QObject* context,
               CredentialCallback cb) override;
    void remove(const QString& profileId, CredentialRole role, QObject* context,
                CredentialCallback cb) override;
    QString description() const override;
    bool persistent() const override { return true; }

private:
    int m_timeoutMs = 30000;
};

// Layers a read-only source over a writable one: reads try `first` (environment), then `second`
// (keychain or session memory); writes and removes go to `second`. The wizard swaps `second` for
// a MemoryCredentialStore when the admin picks "use for this session only".
class LayeredCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    LayeredCredentialStore(CredentialStore* first, CredentialStore* second, QObject* parent = nullptr);
    void setSecond(CredentialStore* second);
    CredentialStore* second() const { return m_second; }

    void read(const QString& profileId, CredentialRole role, QObject* context,
              CredentialCallback cb) override;
    void write(const QString& profileId, CredentialRole role, const QString& secret, QObject* context,
               CredentialCallback cb) override;
    void remove(const QString& profileId, CredentialRole role, QObject* context,
                CredentialCallback cb) override;
    QString description() const override;
    bool persistent() const override;

private:
    CredentialStore* m_first;
    CredentialStore* m_second;
};

} // namespace otj
