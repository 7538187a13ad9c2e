#include "core/secrets/MemoryCredentialStore.h"

#include "core/logging/Redactor.h"

#include <QMetaObject>
#include <QPointer>

namespace otj {

void deliverLater(QObject* context, CredentialCallback cb, CredentialResult result)
{
    if (!context || !cb)
        return;
    QMetaObject::invokeMethod(
        context, [cb = std::move(cb), result = std::move(result)] { cb(result); }, Qt::QueuedConnection);
}

MemoryCredentialStore::~MemoryCredentialStore()
{
    // Overwrite before release; QString may share buffers, so this is best effort.
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        it.value().fill(QLatin1Char('\0'));
}

void MemoryCredentialStore::read(const QString& profileId, CredentialRole role, QObject* context,
                                 CredentialCallback cb)
{
    const QString key = keyFor(profileId, role);
    CredentialResult r;
    if (m_secrets.contains(key)) {
        r.status = CredentialResult::Status::Ok;
        r.secret = m_secrets.value(key);
    } else {
        r.status = CredentialResult::Status::NotFound;
        r.message = tr("No %1 entered for this session.").arg(roleTitle(role));
    }
    deliverLater(context, std::move(cb), r);
}

void MemoryCredentialStore::write(const QString& profileId, CredentialRole role, const QString& secret,
                                  QObject* context, CredentialCallback cb)
{
    Redactor::addSecret(secret);
    m_secrets.insert(keyFor(profileId, role), secret);
    deliverLater(context, std::move(cb), {CredentialResult::Status::Ok, {}, {}});
}

void MemoryCredentialStore::remove(const QString& profileId, CredentialRole role, QObject* context,
                                   CredentialCallback cb)
{
    m_secrets.remove(keyFor(profileId, role));
    deliverLater(context, std::move(cb), {CredentialResult::Status::Ok, {}, {}});
}

QString MemoryCredentialStore::description() const
{
    return tr("this session only (not saved)");
}

} // namespace otj
