#include "core/net/CredentialPolicy.h"

#include "core/net/HttpTransport.h"

namespace otj::net {

CredentialPolicy::CredentialPolicy(AuthMethod method, const QSet<QString>& confirmedHosts)
    : m_method(method)
{
    for (const QString& h : confirmedHosts)
        confirmHost(h);
}

void CredentialPolicy::confirmHost(const QString& host)
{
    if (!host.trimmed().isEmpty())
        m_confirmed.insert(host.trimmed().toLower());
}

bool CredentialPolicy::isConfirmed(const QUrl& url) const
{
    return !url.host().isEmpty() && m_confirmed.contains(url.host().toLower());
}

QString CredentialPolicy::hostKey(const QUrl& url)
{
    return url.host().toLower() + QLatin1Char(':') + QString::number(url.port(isHttps(url) ? 443 : 80));
}

void CredentialPolicy::noteChallenge(const QUrl& url, const QStringList& schemes)
{
    if (!schemes.isEmpty())
        m_offered.insert(hostKey(url), schemes);
}

QStringList CredentialPolicy::challenge(const QUrl& url) const
{
    return m_offered.value(hostKey(url));
}

bool CredentialPolicy::mayAuthenticate(const QUrl& url) const
{
    return isHttps(url) && isConfirmed(url);
}

bool CredentialPolicy::sendBasic(const QUrl& url) const
{
    return m_method == AuthMethod::Basic && mayAuthenticate(url) &&
           challenge(url).contains(QStringLiteral("Basic"), Qt::CaseInsensitive);
}

bool CredentialPolicy::answerNtlm(const QUrl& url, const QString& realm) const
{
    return m_method == AuthMethod::Ntlm && mayAuthenticate(url) && realm.isEmpty() &&
           challenge(url).contains(QStringLiteral("NTLM"), Qt::CaseInsensitive);
}

bool CredentialPolicy::methodNotOffered(const QUrl& url) const
{
    const QStringList offered = challenge(url);
    return !offered.isEmpty() &&
           !offered.contains(m_method == AuthMethod::Basic ? QStringLiteral("Basic") : QStringLiteral("NTLM"),
                             Qt::CaseInsensitive);
}

} // namespace otj::net
