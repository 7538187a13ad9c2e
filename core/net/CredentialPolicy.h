// Which request may carry the account's password, and in which form. The rules (issue 8):
//   - credentials go only over https:// and only to hosts the admin confirmed (the profile's
//     EWS/Autodiscover hosts, or a redirect target they accepted);
//   - the profile's method is the only one ever used, from the first request on;
//   - Basic: we build the header ourselves and send it only to a host that has challenged Basic
//     in this run (a 401 offering Basic, or the unauthenticated probe); that host then gets it
//     with every later request, so the extra round trip is paid once per host, not per request;
//   - NTLM: the QAuthenticator is filled only when the host's challenge offered NTLM and the
//     challenge at hand is not Basic/Digest (those carry a realm; NTLM and Negotiate never do):
//     QtNetwork picks the strongest scheme offered by itself, so a host that offers only Basic
//     must never see the password.
// Pure bookkeeping: no network, no clock. One instance per client (per account and run).
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace otj::net {

enum class AuthMethod { Basic, Ntlm };

class CredentialPolicy
{
public:
    CredentialPolicy() = default;
    CredentialPolicy(AuthMethod method, const QSet<QString>& confirmedHosts);

    AuthMethod method() const { return m_method; }
    // The admin (or a verified answer from a confirmed host) vouches for this host.
    void confirmHost(const QString& host);
    bool isConfirmed(const QUrl& url) const;
    QSet<QString> confirmedHosts() const { return m_confirmed; }

    // A 401's WWW-Authenticate schemes (from a reply or the unauthenticated probe) for this host.
    void noteChallenge(const QUrl& url, const QStringList& schemes);
    // The schemes the host offered in this run; empty when it has not challenged yet.
    QStringList challenge(const QUrl& url) const;

    // May the password go to this URL at all (https, confirmed host)?
    bool mayAuthenticate(const QUrl& url) const;
    // Attach our own Basic header to a request to `url` now.
    bool sendBasic(const QUrl& url) const;
    // Fill the QAuthenticator that QtNetwork presents for `url` (realm: QAuthenticator::realm()).
    bool answerNtlm(const QUrl& url, const QString& realm) const;
    // The host challenged, but not with the profile's method.
    bool methodNotOffered(const QUrl& url) const;

    static QString hostKey(const QUrl& url); // "host:port", lower case

private:
    AuthMethod m_method = AuthMethod::Basic;
    QSet<QString> m_confirmed;             // host names, lower case
    QHash<QString, QStringList> m_offered; // hostKey -> schemes of its last 401
};

} // namespace otj::net
