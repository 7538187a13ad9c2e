// Autodiscover: SOAP GetUserSettings first, POX as fallback, over the documented candidate order
// (ews.md §2.6), or an explicit Autodiscover URL. Redirects are followed at most 10 times and
// never to a host the admin has not confirmed: such a redirect ends the run with
// ErrorKind::RedirectNeedsConfirmation and the target, so the UI can ask and run again with the
// host added to confirmedHosts. SCP (Active Directory) lookup is not implemented (it needs LDAP);
// the admin can always type the EWS URL instead.
#pragma once

#include "core/ews/EwsClient.h"

#include <QObject>
#include <QSet>

namespace otj::ews {

struct AutodiscoverCandidate
{
    enum class Kind { Soap, Pox, HttpRedirectProbe, DnsSrv };
    Kind kind = Kind::Soap;
    QUrl url; // for DnsSrv: the SRV name as host
    bool operator==(const AutodiscoverCandidate& o) const { return kind == o.kind && url == o.url; }
};
QString toString(AutodiscoverCandidate::Kind kind);

// Documented order for an address's domain: https://<domain>/autodiscover/autodiscover.svc (SOAP)
// then .xml (POX); the same at autodiscover.<domain>; an unauthenticated GET of
// http://autodiscover.<domain>/autodiscover/autodiscover.xml (only its redirect is read); DNS SRV
// _autodiscover._tcp.<domain>.
QList<AutodiscoverCandidate> autodiscoverCandidates(const QString& email);
// An explicit Autodiscover URL: SOAP and POX on that host only (whichever the URL names first).
QList<AutodiscoverCandidate> autodiscoverCandidatesForUrl(const QUrl& url);

struct AutodiscoverAttempt
{
    AutodiscoverCandidate candidate;
    QString outcome; // one line
};

struct AutodiscoverResult
{
    EwsError error; // None when ewsUrl is set
    QUrl ewsUrl;
    QString casVersion;
    QList<AutodiscoverAttempt> attempts;
    int redirects = 0;
    bool ok() const { return error.ok() && ewsUrl.isValid(); }
};

class Autodiscover : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxRedirects = 10;
    // The client provides transport, TLS and credentials; its ewsUrl is not used.
    Autodiscover(EwsClient* client, QObject* parent = nullptr);

    void setConfirmedHosts(const QSet<QString>& hosts) { m_confirmed = hosts; }
    void discover(const QString& email, const QUrl& explicitUrl,
                  std::function<void(const AutodiscoverResult&)> cb);
    void cancel();

private:
    void next();
    void tryCandidate(const AutodiscoverCandidate& c);
    void finish();
    bool hostConfirmed(const QString& host) const;
    void redirectTo(const QUrl& url, const QString& why);

    EwsClient* m_client;
    QSet<QString> m_confirmed;
    QString m_email;
    QList<AutodiscoverCandidate> m_candidates;
    AutodiscoverResult m_result;
    std::function<void(const AutodiscoverResult&)> m_cb;
    EwsError m_firstError;
    bool m_cancelled = false;
};

} // namespace otj::ews
