#include "core/ews/ProfileConnection.h"

namespace otj::ews {

EwsClientConfig clientConfigFromProfile(const SetupProfile& profile, const QString& password,
                                        const QSet<QString>& acceptedHosts)
{
    EwsClientConfig cfg;
    cfg.username = profile.serviceAccount.upn;
    cfg.password = password;
    cfg.authMethod =
        profile.exchange.ewsAuthentication == EwsAuthentication::Basic ? AuthMethod::Basic : AuthMethod::Ntlm;
    cfg.extraCaCertificates = profile.trust.exchange.caCertificates(); // Exchange's CAs only, never Pexip's
    // The hosts the admin typed; Autodiscover adds its candidates and accepted redirects as it goes.
    for (const QString& url : {profile.exchange.ewsUrl, profile.exchange.autodiscoverUrl}) {
        const QString host = QUrl(url).host().toLower();
        if (!host.isEmpty())
            cfg.confirmedHosts.insert(host);
    }
    for (const QString& host : acceptedHosts)
        cfg.confirmedHosts.insert(host.toLower());
    return cfg;
}

} // namespace otj::ews
