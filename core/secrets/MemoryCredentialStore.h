// Secrets kept in this process only: "use for this session only" when no keychain is available,
// and the store unit tests use. Nothing is written anywhere.
#pragma once

#include "core/secrets/CredentialStore.h"

#include <QHash>

namespace otj {

class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;
    ~MemoryCredentialStore() override;

    void read(const QString& profileId, CredentialRole role, QObject* context,
              CredentialCallback cb) override;
    void write(const QString& profileId, CredentialRole role, const QString& secret, QObject* context,
               CredentialCallback cb) override;
    void remove(const QString& profileId, CredentialRole role, QObject* context,
                CredentialCallback cb) override;
    QString description() const override;
    bool persistent() const override { return false; }

private:
    QHash<QString, QString> m_secrets;
};

// Delivers a result later on `context`'s thread, only while context lives (shared by the stores).
void deliverLater(QObject* context, CredentialCallback cb, CredentialResult result);

} // namespace otj
