// The HTTP layer every protocol client of this program shares (EWS now, the Pexip management API
// later): a pool of QNetworkAccessManagers, TLS configuration and trust, the request defaults,
// the body-size cap and the transfer-timeout backstop, and the header-value rule.
//
// Pool: Qt 6.4 opens at most 6 connections per host and QNetworkAccessManager, so k concurrent
// requests need ceil(k / 6) managers; each request goes to the least busy one.
//
// TLS: never switched off. The system CAs plus the endpoint's own CA certificates (from the
// profile, per endpoint); errors are recorded with the chain and never ignored. Redirects are never
// followed (a redirect is an answer the caller reads), HTTP/2 is off (Exchange's IIS and NTLM are
// per connection).
#pragma once

#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace otj::net {

using ManagerFactory = std::function<QNetworkAccessManager*(QObject* parent)>;

class ManagerPool : public QObject
{
    Q_OBJECT
public:
    static constexpr int ConnectionsPerManager = 6; // Qt 6.4's per-host limit per manager
    static int managersFor(int concurrency);

    // `factory` empty: plain QNetworkAccessManagers (tests inject fakes that override createRequest).
    ManagerPool(int concurrency, const ManagerFactory& factory, QObject* parent = nullptr);

    int size() const { return int(m_managers.size()); }
    QNetworkAccessManager* manager(int index) const { return m_managers.at(index); }
    const QList<QNetworkAccessManager*>& managers() const { return m_managers; }
    // The least busy manager's index; its load counts the new request until release().
    int acquire();
    void release(int index);
    int load(int index) const { return m_load.at(index); }

private:
    QList<QNetworkAccessManager*> m_managers;
    QList<int> m_load;
};

// The TLS configuration for one endpoint: system CAs plus `endpointCas`, peer verification on.
QSslConfiguration tlsConfiguration(const QList<QSslCertificate>& endpointCas);

struct TransportLimits
{
    int transferTimeoutMs = 30000;
    qint64 maxBodyBytes = 16 * 1024 * 1024;
};

// A header value may never carry CR or LF (it would add headers to a request that may carry
// credentials), nor NUL.
bool isSafeHeaderValue(const QByteArray& value);

// A request with this layer's defaults: no HTTP/2, redirects not followed, no cache, the transfer
// timeout, the user agent and the endpoint's TLS configuration.
QNetworkRequest baseRequest(const QUrl& url, const TransportLimits& limits, const QString& userAgent,
                            const QSslConfiguration& tls);

// Watches a reply: aborts it when its body exceeds the cap (`onTooLarge` runs first) or when the
// transfer timeout plus a margin elapses without it finishing (`onTimedOut` first; also covers
// replies that never report progress).
void guardReply(QNetworkReply* reply, const TransportLimits& limits, QObject* context,
                std::function<void()> onTooLarge, std::function<void()> onTimedOut);

// True for https:// URLs (the only scheme that ever carries credentials).
bool isHttps(const QUrl& url);

} // namespace otj::net
