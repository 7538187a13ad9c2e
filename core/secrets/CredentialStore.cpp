#include "core/secrets/CredentialStore.h"

#include <QCoreApplication>

namespace otj {

QString roleKey(CredentialRole role)
{
    switch (role) {
    case CredentialRole::ExchangeAdmin:
        return QStringLiteral("exchange-admin");
    case CredentialRole::ServiceAccount:
        return QStringLiteral("service-account");
    case CredentialRole::PexipAdmin:
        return QStringLiteral("pexip-admin");
    }
    return {};
}

QString roleTitle(CredentialRole role)
{
    switch (role) {
    case CredentialRole::ExchangeAdmin:
        return QCoreApplication::translate("otj::CredentialStore", "Exchange admin password");
    case CredentialRole::ServiceAccount:
        return QCoreApplication::translate("otj::CredentialStore", "OTJ service account password");
    case CredentialRole::PexipAdmin:
        return QCoreApplication::translate("otj::CredentialStore", "Pexip admin password");
    }
    return {};
}

const char* environmentVariable(CredentialRole role)
{
    switch (role) {
    case CredentialRole::ExchangeAdmin:
        return "OTJ_EXCHANGE_ADMIN_PASSWORD";
    case CredentialRole::ServiceAccount:
        return "OTJ_SERVICE_ACCOUNT_PASSWORD";
    case CredentialRole::PexipAdmin:
        return "OTJ_PEXIP_PASSWORD";
    }
    return "";
}

QString CredentialStore::serviceName()
{
    return QStringLiteral("OTJ Exchange Setup");
}

QString CredentialStore::keyFor(const QString& profileId, CredentialRole role)
{
    // Globally unique keys: QtKeychain 0.13 on Windows ignores the service name.
    return serviceName() + QLatin1Char('/') + profileId + QLatin1Char('/') + roleKey(role);
}

} // namespace otj
