// Secrets live only in the OS keychain (or, for one session, in memory). Every call is async and
// answers through a callback on the caller's thread; no nested event loops.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace otj {

enum class CredentialRole { ExchangeAdmin, ServiceAccount, PexipAdmin };

QString roleKey(CredentialRole role);   // "exchange-admin", "service-account", "pexip-admin"
QString roleTitle(CredentialRole role); // translated, for messages
// The environment variable that may carry this role's password for unattended runs.
const char* environmentVariable(CredentialRole role);

struct CredentialResult
{
    enum class Status {
        Ok,          // read: secret is set; write/remove: done
        NotFound,    // no stored secret for this key (not an error)
        Unavailable, // no secure storage (no Secret Service, locked, denied): offer "this session only"
        Failed,      // anything else
    };
    Status status = Status::Failed;
    QString secret;  // only for a successful read
    QString message; // plain sentence for the admin, never contains the secret
    bool ok() const { return status == Status::Ok; }
};

using CredentialCallback = std::function<void(const CredentialResult&)>;

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~CredentialStore() override = default;

    // "OTJ Exchange Setup/<profileId>/<role>"
    static QString keyFor(const QString& profileId, CredentialRole role);
    static QString serviceName(); // "OTJ Exchange Setup"

    // The callback runs later (never inside the call), and only while `context` is alive.
    virtual void read(const QString& profileId, CredentialRole role, QObject* context,
                      CredentialCallback cb) = 0;
    virtual void write(const QString& profileId, CredentialRole role, const QString& secret, QObject* context,
                       CredentialCallback cb) = 0;
    virtual void remove(const QString& profileId, CredentialRole role, QObject* context,
                        CredentialCallback cb) = 0;
    // For the UI: "system keychain", "this session only", "environment".
    virtual QString description() const = 0;
    virtual bool persistent() const = 0;
};

} // namespace otj
