#include "core/net/HttpTransport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

namespace otj::net {

int ManagerPool::managersFor(int concurrency)
{
    return (std::max(concurrency, 1) + ConnectionsPerManager - 1) / ConnectionsPerManager;
}

ManagerPool::ManagerPool(int concurrency, const ManagerFactory& factory, QObject* parent)
    : QObject(parent)
{
    for (int i = 0, n = managersFor(concurrency); i < n; ++i) {
        QNetworkAccessManager* nam = factory ? factory(this) : new QNetworkAccessManager(this);
        nam->setParent(this);
        nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_managers << nam;
        m_load << 0;
    }
}

int ManagerPool::acquire()
{
    int best = 0;
    for (int i = 1; i < m_managers.size(); ++i) {
        if (m_load[i] < m_load[best])
            best = i;
    }
    m_load[best]++;
    return best;
}

void ManagerPool::release(int index)
{
    if (index >= 0 && index < m_load.size() && m_load[index] > 0)
        m_load[index]--;
}

QSslConfiguration tlsConfiguration(const QList<QSslCertificate>& endpointCas)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!endpointCas.isEmpty())
        ssl.addCaCertificates(endpointCas);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return ssl;
}

bool isSafeHeaderValue(const QByteArray& value)
{
    return !value.contains('\r') && !value.contains('\n') && !value.contains('\0');
}

bool isHttps(const QUrl& url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

QNetworkRequest baseRequest(const QUrl& url, const TransportLimits& limits, const QString& userAgent,
                            const QSslConfiguration& tls)
{
    QNetworkRequest r(url);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    r.setTransferTimeout(limits.transferTimeoutMs);
    r.setHeader(QNetworkRequest::UserAgentHeader, userAgent);
    r.setSslConfiguration(tls);
    return r;
}

void guardReply(QNetworkReply* reply, const TransportLimits& limits, QObject* context,
                std::function<void()> onTooLarge, std::function<void()> onTimedOut)
{
    const qint64 cap = limits.maxBodyBytes;
    auto tripped = std::make_shared<bool>(false);
    QObject::connect(reply, &QNetworkReply::downloadProgress, context,
                     [reply, cap, tripped, onTooLarge](qint64 received, qint64 total) {
                         if ((received > cap || total > cap) && !*tripped) {
                             *tripped = true;
                             onTooLarge();
                             reply->abort();
                         }
                     });
    auto* guard = new QTimer(reply);
    guard->setSingleShot(true);
    QObject::connect(guard, &QTimer::timeout, context, [reply, tripped, onTimedOut] {
        if (*tripped || reply->isFinished())
            return;
        *tripped = true;
        onTimedOut();
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, guard, &QTimer::stop);
    guard->start(limits.transferTimeoutMs + 250);
}

} // namespace otj::net
