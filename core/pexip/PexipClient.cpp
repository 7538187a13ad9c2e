#include "core/pexip/PexipClient.h"

#include "core/logging/Logging.h"
#include "core/logging/Redactor.h"
#include "core/pexip/PexipJson.h"
#include "core/profile/SetupProfile.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <cstring>

namespace otj::pexip {

namespace {
// A request body QtNetwork can read once and never rewind. QtNetwork silently resends a request
// whose keep-alive connection closed while it waited for the answer; for a POST that could create
// the object twice. With this body (and DoNotBufferUploadDataAttribute) that resend fails with
// ContentReSendError instead, and the resource layer re-reads before deciding (PexipResource).
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject* parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};
} // namespace

struct PexipClient::Pending
{
    PexipRequest request;
    QPointer<QObject> context;
    Callback callback;
    int attempt = 0;
    qint64 waitedMs = 0;
    QPointer<QNetworkReply> reply;
    QPointer<QTimer> wait;
    int managerIndex = -1;
    bool timedOut = false;
    bool tooLarge = false;
    bool done = false;
    QList<QSslError> sslErrors;
};

PexipClientConfig PexipClientConfig::fromProfile(const SetupProfile& profile, const QString& password)
{
    PexipClientConfig c;
    c.baseUrl = QUrl(QStringLiteral("https://") + profile.pexip.managementNode.trimmed());
    c.username = profile.pexip.adminUser;
    c.password = password;
    c.trustedCas = profile.trust.pexip.caCertificates();
    return c;
}

PexipClient::PexipClient(const PexipClientConfig& config, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_retry(config.retryLimits)
{
    if (m_config.userAgent.isEmpty())
        m_config.userAgent = QStringLiteral("OTJExchangeSetup/" OTJ_VERSION);
    Redactor::addSecret(m_config.password);
    m_pool = new net::ManagerPool(1, m_config.managerFactory, this);
    m_tls = net::tlsConfiguration(m_config.trustedCas);
    m_authorization =
        "Basic " + (m_config.username + QLatin1Char(':') + m_config.password).toUtf8().toBase64();
}

PexipClient::~PexipClient()
{
    cancelAll();
}

PexipError PexipClient::httpError(int status, const QByteArray& body, const QString& location)
{
    PexipError e;
    e.httpStatus = status;
    if (status >= 200 && status < 300)
        return e;
    switch (status) {
    case 301:
    case 302:
    case 307:
    case 308:
        e.kind = PexipErrorKind::Redirected;
        e.detail = location;
        break;
    case 400:
        readErrorBody(body, &e);
        break;
    case 401:
        e.kind = PexipErrorKind::Unauthorized;
        break;
    case 403:
        e.kind = PexipErrorKind::Forbidden;
        break;
    case 404:
        e.kind = PexipErrorKind::NotFound;
        break;
    case 429:
        e.kind = PexipErrorKind::TooManyRequests;
        break;
    default:
        if (status >= 500) {
            e.kind = PexipErrorKind::ServerError;
        } else {
            e.kind = PexipErrorKind::BadRequest;
            e.detail = QString::fromUtf8(body.left(300)).simplified();
        }
    }
    return e;
}

void PexipClient::send(const PexipRequest& request, QObject* context, Callback callback)
{
    auto p = std::make_shared<Pending>();
    p->request = request;
    p->context = context;
    p->callback = std::move(callback);
    m_pending.append(p);
    const QUrl url = m_config.baseUrl.resolved(QUrl(request.path));
    const QString path = url.path();
    PexipResponse refused;
    refused.error.kind = PexipErrorKind::InvalidRequest;
    if (!net::isHttps(m_config.baseUrl) || m_config.baseUrl.host().isEmpty())
        refused.error.detail = tr("the Management Node address must be a host name (HTTPS only)");
    else if (!path.startsWith(QLatin1String("/api/admin/")) || !path.endsWith(QLatin1Char('/')))
        refused.error.detail = tr("%1 is not a management API path ending in /").arg(path);
    else if (!net::isSafeHeaderValue(m_authorization))
        refused.error.detail = tr("the user name or password contains a line break");
    else if (m_config.username.contains(QLatin1Char(':')))
        refused.error.detail = tr("the user name contains a colon");
    else
        refused.error.kind = PexipErrorKind::None;
    if (!refused.error.ok()) {
        // Asynchronously, like every other answer.
        QTimer::singleShot(0, this, [this, p, refused] { finish(p, refused); });
        return;
    }
    attempt(p);
}

void PexipClient::attempt(const std::shared_ptr<Pending>& p)
{
    if (p->done)
        return;
    ++p->attempt;
    p->timedOut = p->tooLarge = false;
    p->sslErrors.clear();
    const net::TransportLimits limits{m_config.transferTimeoutMs, m_config.maxBodyBytes};
    QNetworkRequest req =
        net::baseRequest(m_config.baseUrl.resolved(QUrl(p->request.path)), limits, m_config.userAgent, m_tls);
    // Basic goes with every request: the API has no challenge round trip worth waiting for, and
    // QtNetwork sends headers only after the handshake verified the node against its trust entry.
    req.setRawHeader("Authorization", m_authorization);
    req.setRawHeader("Accept", "application/json");
    QByteArray body;
    if (p->request.body) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        body = QJsonDocument(*p->request.body).toJson(QJsonDocument::Compact);
    }
    p->managerIndex = m_pool->acquire();
    QNetworkAccessManager* nam = m_pool->manager(p->managerIndex);
    QNetworkReply* reply = nullptr;
    if (p->request.method == "POST") {
        req.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* device = new OneShotBody(body, nullptr);
        reply = nam->sendCustomRequest(req, p->request.method, device);
        device->setParent(reply);
    } else {
        reply = p->request.body ? nam->sendCustomRequest(req, p->request.method, body)
                                : nam->sendCustomRequest(req, p->request.method);
    }
    p->reply = reply;
    ++m_stats.requestsSent;
    qCDebug(lcPexip).noquote() << p->request.method << p->request.path << "attempt" << p->attempt;
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    connect(reply, &QNetworkReply::sslErrors, this,
            [p](const QList<QSslError>& errors) { p->sslErrors += errors; });
    net::guardReply(
        reply, limits, this, [p] { p->tooLarge = true; }, [p] { p->timedOut = true; });
    connect(reply, &QNetworkReply::finished, this, [this, p, reply, started] {
        reply->deleteLater();
        m_pool->release(p->managerIndex);
        p->managerIndex = -1;
        if (p->done)
            return;
        PexipResponse r;
        r.latencyMs = started->elapsed();
        r.attempts = p->attempt;
        r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.location = QString::fromUtf8(reply->rawHeader("Location"));
        if (reply->isOpen())
            r.body = reply->readAll();
        const QNetworkReply::NetworkError ne = reply->error();
        std::optional<net::RetrySignal> signal;
        int serverWaitMs = -1;
        if (p->tooLarge) {
            r.error.kind = PexipErrorKind::TooLarge;
        } else if (p->timedOut || ne == QNetworkReply::TimeoutError ||
                   ne == QNetworkReply::OperationCanceledError) {
            // Our own aborts end the request before this runs (p->done), so a cancel here is
            // QtNetwork's transfer timeout.
            r.error.kind = PexipErrorKind::Timeout;
            signal = net::RetrySignal::Timeout;
        } else if (ne == QNetworkReply::SslHandshakeFailedError || !p->sslErrors.isEmpty()) {
            r.error.kind = PexipErrorKind::TlsUntrusted;
            r.error.chain =
                certs::describeChain(reply->sslConfiguration().peerCertificateChain(), p->sslErrors);
            QStringList texts;
            for (const QSslError& e : std::as_const(p->sslErrors))
                texts << e.errorString();
            r.error.detail = texts.isEmpty() ? reply->errorString() : texts.join(QStringLiteral("; "));
        } else if (r.httpStatus == 0) {
            const bool dropped =
                ne == QNetworkReply::RemoteHostClosedError || ne == QNetworkReply::UnknownNetworkError ||
                ne == QNetworkReply::ProxyConnectionClosedError || ne == QNetworkReply::ContentReSendError;
            r.error.kind = dropped ? PexipErrorKind::ConnectionDropped : PexipErrorKind::Unreachable;
            r.error.detail = reply->errorString();
            if (dropped)
                signal = net::RetrySignal::ConnectionDropped;
        } else {
            r.error = httpError(r.httpStatus, r.body, r.location);
            if (r.httpStatus == 429) {
                signal = net::RetrySignal::TooManyRequests;
                bool ok = false;
                const int seconds = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
                if (ok && seconds >= 0)
                    serverWaitMs = std::min(seconds, 3600) * 1000;
            } else if (r.httpStatus == 503) {
                signal = net::RetrySignal::ServiceUnavailable;
            }
        }
        r.error.attempts = p->attempt;
        // A POST whose answer is lost may have created the object: never resent from here.
        const bool lostPost =
            p->request.method == "POST" && signal &&
            (*signal == net::RetrySignal::ConnectionDropped || *signal == net::RetrySignal::Timeout);
        if (signal && !lostPost) {
            net::RetryInput in;
            in.signal = *signal;
            in.attempt = p->attempt;
            in.waitedMs = p->waitedMs;
            in.serverWaitMs = serverWaitMs;
            in.jitterMs = int(QRandomGenerator::global()->bounded(m_retry.jitterBound(p->attempt)));
            const net::RetryDecision d = m_retry.decide(in);
            if (d.retry()) {
                ++m_stats.retries;
                m_stats.totalBackoffMs += d.waitMs;
                p->waitedMs += d.waitMs;
                Q_EMIT throttled(d.waitMs, net::RetryPolicy::toString(*signal));
                auto* t = new QTimer(this);
                t->setSingleShot(true);
                t->setTimerType(Qt::PreciseTimer); // a coarse timer fires up to 5 % before Retry-After
                p->wait = t;
                connect(t, &QTimer::timeout, this, [this, p, t] {
                    t->deleteLater();
                    attempt(p);
                });
                t->start(d.waitMs);
                return;
            }
        }
        finish(p, r);
    });
}

void PexipClient::finish(const std::shared_ptr<Pending>& p, PexipResponse response)
{
    if (p->done)
        return;
    p->done = true;
    m_pending.removeOne(p);
    if (!response.error.ok())
        qCInfo(lcPexip).noquote() << p->request.method << p->request.path << "->"
                                  << PexipError::kindName(response.error.kind) << response.httpStatus;
    if (p->context && p->callback)
        p->callback(response);
}

void PexipClient::cancelAll()
{
    const auto pending = m_pending;
    for (const auto& p : pending) {
        if (p->wait)
            p->wait->deleteLater();
        PexipResponse r;
        r.error.kind = PexipErrorKind::Cancelled;
        r.attempts = p->attempt;
        QPointer<QNetworkReply> reply = p->reply;
        finish(p, r);
        if (reply)
            reply->abort();
    }
    Q_EMIT cancelledAll();
}

} // namespace otj::pexip
