#include "core/secrets/EnvironmentCredentialStore.h"

#include "core/logging/Redactor.h"
#include "core/secrets/MemoryCredentialStore.h"

#include <QMutex>

namespace otj {
namespace {

QMutex& mutex()
{
    static QMutex m;
    return m;
}

QHash<int, QString>& captured()
{
    static QHash<int, QString> c;
    return c;
}

constexpr CredentialRole AllRoles[] = {CredentialRole::ExchangeAdmin, CredentialRole::ServiceAccount,
                                       CredentialRole::PexipAdmin};

} // namespace

void EnvironmentCredentialStore::captureProcessEnvironment()
{
    QMutexLocker lock(&mutex());
    for (CredentialRole role : AllRoles) {
        const char* name = environmentVariable(role);
        if (!qEnvironmentVariableIsSet(name))
            continue;
        const QString value = qEnvironmentVariable(name);
        qunsetenv(name);
        if (value.isEmpty())
            continue;
        Redactor::addSecret(value);
        captured().insert(static_cast<int>(role), value);
    }
}

QStringList EnvironmentCredentialStore::capturedVariables()
{
    QMutexLocker lock(&mutex());
    QStringList names;
    for (CredentialRole role : AllRoles)
        if (captured().contains(static_cast<int>(role)))
            names.append(QLatin1String(environmentVariable(role)));
    return names;
}

bool EnvironmentCredentialStore::has(CredentialRole role)
{
    QMutexLocker lock(&mutex());
    return captured().contains(static_cast<int>(role));
}

void EnvironmentCredentialStore::clearCaptured()
{
    QMutexLocker lock(&mutex());
    captured().clear();
}

void EnvironmentCredentialStore::read(const QString&, CredentialRole role, QObject* context,
                                      CredentialCallback cb)
{
    CredentialResult r;
    {
        QMutexLocker lock(&mutex());
        if (captured().contains(static_cast<int>(role))) {
            r.status = CredentialResult::Status::Ok;
            r.secret = captured().value(static_cast<int>(role));
        } else {
            r.status = CredentialResult::Status::NotFound;
            r.message = tr("%1 is not set.").arg(QLatin1String(environmentVariable(role)));
        }
    }
    deliverLater(context, std::move(cb), r);
}

void EnvironmentCredentialStore::write(const QString&, CredentialRole, const QString&, QObject* context,
                                       CredentialCallback cb)
{
    deliverLater(context, std::move(cb),
                 {CredentialResult::Status::Failed,
                  {},
                  tr("Passwords from environment variables cannot be changed.")});
}

void EnvironmentCredentialStore::remove(const QString&, CredentialRole, QObject* context,
                                        CredentialCallback cb)
{
    deliverLater(context, std::move(cb),
                 {CredentialResult::Status::Failed,
                  {},
                  tr("Passwords from environment variables cannot be removed.")});
}

QString EnvironmentCredentialStore::description() const
{
    return tr("environment variables (less safe than the keychain)");
}

} // namespace otj
