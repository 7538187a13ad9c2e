#include "core/secrets/KeychainCredentialStore.h"

#include "core/logging/Logging.h"
#include "core/logging/Redactor.h"
#include "core/secrets/MemoryCredentialStore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#include <memory>

namespace otj {
namespace {

CredentialResult mapError(QKeychain::Job* job, CredentialRole role)
{
    using QKeychain::Error;
    CredentialResult r;
    switch (job->error()) {
    case Error::NoError:
        r.status = CredentialResult::Status::Ok;
        break;
    case Error::EntryNotFound:
        r.status = CredentialResult::Status::NotFound;
        r.message = KeychainCredentialStore::tr("No %1 is stored in the keychain for this profile.")
                        .arg(roleTitle(role));
        break;
    case Error::NoBackendAvailable:
    case Error::NotImplemented:
    case Error::OtherError:
    case Error::AccessDenied:
        // On Linux without a Secret Service, libsecret answers OtherError ("Cannot autolaunch
        // D-Bus…"): for the admin these all mean "no usable keychain here".
        r.status = CredentialResult::Status::Unavailable;
        r.message =
            KeychainCredentialStore::tr("The system keychain is not available (%1).").arg(job->errorString());
        break;
    case Error::AccessDeniedByUser:
    case Error::CouldNotDeleteEntry:
        r.status = CredentialResult::Status::Failed;
        r.message = KeychainCredentialStore::tr("The keychain refused: %1.").arg(job->errorString());
        break;
    }
    return r;
}

// Runs one QtKeychain job and answers exactly once: with the job's result or with a timeout.
void runJob(QKeychain::Job* job, CredentialRole role, int timeoutMs, QObject* context, CredentialCallback cb,
            std::function<void(QKeychain::Job*, CredentialResult&)> onSuccess)
{
    auto answered = std::make_shared<bool>(false);
    QPointer<QObject> ctx(context);
    // Parentless and auto-deleted: a parent being destroyed must never delete a running job.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context, [=](QKeychain::Job* j) {
        if (*answered)
            return;
        *answered = true;
        CredentialResult r = mapError(j, role);
        if (r.ok() && onSuccess)
            onSuccess(j, r);
        if (!r.ok())
            qCInfo(lcSecrets) << "keychain:" << roleKey(role) << r.message;
        cb(r);
    });
    if (timeoutMs > 0) {
        QTimer::singleShot(timeoutMs, context, [=] {
            if (*answered)
                return;
            *answered = true;
            qCWarning(lcSecrets) << "keychain did not answer within" << timeoutMs << "ms";
            cb({CredentialResult::Status::Unavailable,
                {},
                KeychainCredentialStore::tr("The system keychain did not answer within %1 seconds.")
                    .arg(timeoutMs / 1000)});
        });
    }
    job->start();
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject* parent)
    : CredentialStore(parent)
{}

void KeychainCredentialStore::read(const QString& profileId, CredentialRole role, QObject* context,
                                   CredentialCallback cb)
{
    auto* job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(keyFor(profileId, role));
    runJob(job, role, m_timeoutMs, context, std::move(cb), [](QKeychain::Job* j, CredentialResult& r) {
        r.secret = static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
        Redactor::addSecret(r.secret);
    });
}

void KeychainCredentialStore::write(const QString& profileId, CredentialRole role, const QString& secret,
                                    QObject* context, CredentialCallback cb)
{
    Redactor::addSecret(secret);
    auto* job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(keyFor(profileId, role));
    job->setTextData(secret);
    runJob(job, role, m_timeoutMs, context, std::move(cb), {});
}

void KeychainCredentialStore::remove(const QString& profileId, CredentialRole role, QObject* context,
                                     CredentialCallback cb)
{
    auto* job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(keyFor(profileId, role));
    runJob(job, role, m_timeoutMs, context, std::move(cb), {});
}

QString KeychainCredentialStore::description() const
{
    return tr("the system keychain");
}

LayeredCredentialStore::LayeredCredentialStore(CredentialStore* first, CredentialStore* second,
                                               QObject* parent)
    : CredentialStore(parent)
    , m_first(first)
    , m_second(second)
{}

void LayeredCredentialStore::setSecond(CredentialStore* second)
{
    m_second = second;
}

void LayeredCredentialStore::read(const QString& profileId, CredentialRole role, QObject* context,
                                  CredentialCallback cb)
{
    QPointer<CredentialStore> second(m_second);
    m_first->read(profileId, role, context, [=](const CredentialResult& r) {
        if (r.status != CredentialResult::Status::NotFound || !second)
            return cb(r);
        second->read(profileId, role, context, cb);
    });
}

void LayeredCredentialStore::write(const QString& profileId, CredentialRole role, const QString& secret,
                                   QObject* context, CredentialCallback cb)
{
    m_second->write(profileId, role, secret, context, std::move(cb));
}

void LayeredCredentialStore::remove(const QString& profileId, CredentialRole role, QObject* context,
                                    CredentialCallback cb)
{
    m_second->remove(profileId, role, context, std::move(cb));
}

QString LayeredCredentialStore::description() const
{
    return m_second->description();
}

bool LayeredCredentialStore::persistent() const
{
    return m_second->persistent();
}

} // namespace otj
