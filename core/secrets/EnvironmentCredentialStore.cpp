#include "core/secrets/EnvironmentCredentialStore.h"

#include "core/logging/Redactor.h"
#include "core/secrets/MemoryCredentialStore.h"

#include <QMutex>

#include <cstring>

#ifndef Q_OS_WIN
extern char** environ; // POSIX
#endif

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

// Removes `name` from the environment and overwrites its "NAME=value" bytes. unsetenv() only
// drops the pointer from `environ`; the string stays where it was, and for variables the process
// started with that is the initial block /proc/<pid>/environ (Linux) and KERN_PROCARGS2 (macOS)
// show for the whole run. Windows: only removed (see README: the PEB copy is not overwritten).
void removeAndOverwrite(const char* name)
{
#ifdef Q_OS_WIN
    qunsetenv(name);
#else
    const size_t length = std::strlen(name);
    QList<char*> strings; // normally one; more if the environment repeats the name
    for (char** e = environ; e && *e; ++e) {
        if (std::strncmp(*e, name, length) == 0 && (*e)[length] == '=')
            strings.append(*e);
    }
    qunsetenv(name); // first, so `environ` no longer points at the bytes overwritten below
    for (char* string : strings) {
        // volatile: the stores must happen although nothing reads the bytes afterwards.
        for (volatile char* c = string; *c; ++c)
            *c = '\0';
    }
#endif
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
        removeAndOverwrite(name);
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
