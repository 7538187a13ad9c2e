#include "core/ews/EwsClient.h"

#include "core/logging/Logging.h"
#include "core/logging/Redactor.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QThread>

#include <QTimer>
#include <QUuid>
#include <atomic>

#include <algorithm>

namespace otj::ews {

struct EwsClient::Pending
{
    quint64 id = 0;
    RawRequest req;
    QPointer<QObject> context;
    bool hasContext = false;
    RawCallback cb;
    int attempt = 0;
    qint64 waitedMs = 0;
    QNetworkReply* reply = nullptr;
    QTimer* guard = nullptr;
    QTimer* waitTimer = nullptr;
    int manager = 0;
    bool authAnswered = false;
    bool authRefused = false; // second challenge, or we would not answer
    bool insecure = false;
    bool methodNotOffered = false;
    bool cancelled = false;
    bool timedOut = false;
    bool tooLarge = false;
    QList<QSslError> sslErrors;
    QElapsedTimer timer;
    QString requestId;
};

QByteArray RawResponse::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString certificateFingerprint(const QSslCertificate& cert)
{
    return QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QList<CertificateInfo> describeChain(const QList<QSslCertificate>& chain, const QList<QSslError>& errors)
{
    QList<CertificateInfo> out;
    for (const QSslCertificate& c : chain) {
        CertificateInfo ci;
        ci.subject = c.subjectDisplayName();
        if (ci.subject.isEmpty())
            ci.subject = c.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
        ci.issuer = c.issuerDisplayName();
        ci.sha256 = certificateFingerprint(c);
        for (const QSslError& e : errors) {
            if (!e.certificate().isNull() && e.certificate() == c) {
                ci.untrusted = true;
                ci.errors << e.errorString();
            }
        }
        out << ci;
    }
    bool any = std::any_of(out.cbegin(), out.cend(), [](const CertificateInfo& c) { return c.untrusted; });
    if (!any && !errors.isEmpty() && !out.isEmpty()) {
        // The verifier named no certificate: the top of the presented chain is the one it could not anchor.
        out.last().untrusted = true;
        for (const QSslError& e : errors)
            out.last().errors << e.errorString();
    }
    return out;
}

EwsClient::EwsClient(const EwsClientConfig& config, QObject* parent)
    : QObject(parent)
    , m_config(config)
{
    m_k = std::clamp(m_config.concurrency, 1, EwsClientConfig::MaxConcurrency);
    m_config.concurrency = m_k;
    if (m_config.userAgent.isEmpty())
        m_config.userAgent = QStringLiteral("OTJExchangeSetup/" OTJ_VERSION);
    Redactor::addSecret(m_config.password);
    const int managers =
        (m_k + EwsClientConfig::ConnectionsPerManager - 1) / EwsClientConfig::ConnectionsPerManager;
    for (int i = 0; i < managers; ++i) {
        QNetworkAccessManager* nam =
            m_config.managerFactory ? m_config.managerFactory(this) : new QNetworkAccessManager(this);
        nam->setParent(this);
        nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        connect(nam, &QNetworkAccessManager::authenticationRequired, this,
                &EwsClient::onAuthenticationRequired);
        m_managers << nam;
        m_managerLoad << 0;
    }
    if (m_config.authMethod == AuthMethod::Basic && !m_config.username.isEmpty())
        m_basicHeader =
            "Basic " + (m_config.username + QLatin1Char(':') + m_config.password).toUtf8().toBase64();
    m_pauseTimer = new QTimer(this);
    m_pauseTimer->setSingleShot(true);
    connect(m_pauseTimer, &QTimer::timeout, this, &EwsClient::pump);
    m_clock.start();
    m_stats.concurrency = m_k;
}

EwsClient::~EwsClient()
{
    // Callbacks must not run during destruction.
    m_queue.clear();
    for (const PendingPtr& p : std::as_const(m_waiting)) {
        if (p->waitTimer)
            p->waitTimer->stop();
    }
    m_waiting.clear();
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (auto it = inFlight.cbegin(); it != inFlight.cend(); ++it) {
        it.value()->cb = nullptr;
        it.key()->disconnect(this);
        it.key()->abort();
    }
}

EwsStats EwsClient::stats() const
{
    EwsStats s = m_stats;
    s.concurrency = m_k;
    return s;
}

bool EwsClient::isIdle() const
{
    return m_queue.empty() && m_inFlight.isEmpty() && m_waiting.isEmpty();
}

void EwsClient::send(const RawRequest& request, QObject* context, RawCallback callback)
{
    auto p = std::make_shared<Pending>();
    p->id = m_nextId++;
    p->req = request;
    if (p->req.url.isEmpty())
        p->req.url = m_config.ewsUrl;
    p->context = context;
    p->hasContext = context != nullptr;
    p->cb = std::move(callback);
    m_queue.push_back(p);
    // Start asynchronously: callers may queue thousands in one go; the callback never runs inside send().
    QMetaObject::invokeMethod(this, &EwsClient::pump, Qt::QueuedConnection);
}

void EwsClient::pump()
{
    const qint64 now = m_clock.elapsed();
    if (now < m_pausedUntil) {
        m_pauseTimer->start(int(m_pausedUntil - now));
        return;
    }
    while (!m_queue.empty() && m_inFlight.size() < m_k) {
        PendingPtr p = m_queue.front();
        m_queue.pop_front();
        if (p->hasContext && !p->context)
            continue; // the caller is gone
        start(p);
    }
}

QNetworkRequest EwsClient::buildRequest(const Pending& p) const
{
    QNetworkRequest r(p.req.url);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    r.setTransferTimeout(m_config.transferTimeoutMs);
    r.setHeader(QNetworkRequest::UserAgentHeader, m_config.userAgent);
    if (!p.req.get)
        r.setHeader(QNetworkRequest::ContentTypeHeader, p.req.contentType);
    r.setRawHeader("Accept", "text/xml");
    r.setRawHeader("client-request-id", p.requestId.toLatin1());
    r.setRawHeader("return-client-request-id", "true");
    if (p.req.target.access == Access::Impersonation && !p.req.target.mailbox.isEmpty())
        r.setRawHeader("X-AnchorMailbox", p.req.target.mailbox.toUtf8());
    if (p.req.sendCredentials && !m_basicHeader.isEmpty() &&
        p.req.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        r.setRawHeader("Authorization", m_basicHeader);
    r.setSslConfiguration(sslConfiguration());
    return r;
}

QSslConfiguration EwsClient::sslConfiguration() const
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_config.extraCaCertificates.isEmpty())
        ssl.addCaCertificates(m_config.extraCaCertificates);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return ssl;
}

void EwsClient::start(const PendingPtr& p)
{
    p->attempt++;
    p->requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p->authAnswered = p->authRefused = p->insecure = p->methodNotOffered = false;
    p->timedOut = p->tooLarge = false;
    p->sslErrors.clear();
    // Least busy manager.
    int best = 0;
    for (int i = 1; i < m_managers.size(); ++i) {
        if (m_managerLoad[i] < m_managerLoad[best])
            best = i;
    }
    p->manager = best;
    m_managerLoad[best]++;
    const QNetworkRequest req = buildRequest(*p);
    QNetworkReply* reply = p->req.get ? m_managers[best]->get(req) : m_managers[best]->post(req, p->req.body);
    p->reply = reply;
    p->timer.start();
    m_inFlight.insert(reply, p);
    m_stats.requestsSent++;
    m_stats.peakInFlight = std::max(m_stats.peakInFlight, int(m_inFlight.size()));
    qCDebug(lcEws) << "->" << p->req.url.toString(QUrl::RemoveUserInfo) << "id" << p->requestId << "attempt"
                   << p->attempt;

    // Per reply (not the manager's finished()): replies made by an overridden createRequest()
    // are not wired to the manager.
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError>& errors) {
        if (PendingPtr q = m_inFlight.value(reply))
            q->sslErrors = errors; // recorded, never ignored: the handshake fails
    });
    const qint64 cap = m_config.maxBodyBytes;
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply, cap](qint64 received, qint64 total) {
        if (received > cap || total > cap) {
            if (PendingPtr q = m_inFlight.value(reply)) {
                if (!q->tooLarge) {
                    q->tooLarge = true;
                    reply->abort();
                }
            }
        }
    });
    // Backstop for the transfer timeout (also covers replies that never report progress).
    p->guard = new QTimer(reply);
    p->guard->setSingleShot(true);
    connect(p->guard, &QTimer::timeout, this, [this, reply] {
        if (PendingPtr q = m_inFlight.value(reply)) {
            q->timedOut = true;
            reply->abort();
        }
    });
    p->guard->start(m_config.transferTimeoutMs + 250);
}

void EwsClient::onAuthenticationRequired(QNetworkReply* reply, QAuthenticator* auth)
{
    PendingPtr p = m_inFlight.value(reply);
    if (!p)
        return;
    if (!p->req.sendCredentials) {
        p->authRefused = true;
        return;
    }
    if (p->req.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0) {
        p->insecure = true; // never credentials over plain HTTP
        return;
    }
    if (p->authAnswered || !m_basicHeader.isEmpty()) {
        // A second challenge (or a challenge after our pre-emptive Basic): the credentials were rejected.
        p->authRefused = true;
        return;
    }
    if (m_config.authMethod == AuthMethod::Ntlm && !m_offeredSchemes.isEmpty() &&
        !m_offeredSchemes.contains(QStringLiteral("NTLM"), Qt::CaseInsensitive)) {
        p->methodNotOffered = true;
        return;
    }
    p->authAnswered = true;
    auth->setUser(m_config.username);
    auth->setPassword(m_config.password);
}

EwsError EwsClient::httpError(const RawResponse& r)
{
    if (!r.transportError.ok())
        return r.transportError;
    EwsError e;
    e.httpStatus = r.httpStatus;
    switch (r.httpStatus) {
    case 401:
        e.kind = ErrorKind::Unauthorized;
        e.authSchemes = r.authSchemes;
        break;
    case 403:
        e.kind = ErrorKind::Forbidden;
        break;
    case 456:
        e.kind = ErrorKind::AccountLocked;
        break;
    case 503:
        e.kind = ErrorKind::ServiceUnavailable;
        break;
    case 301:
    case 302:
    case 303:
    case 307:
    case 308:
        e.kind = ErrorKind::RedirectToErrorPage;
        e.location = r.location;
        break;
    case 200:
    case 500:
        break; // SOAP (a fault on 500): the operation parses the body
    default:
        e.kind = ErrorKind::HttpError;
        break;
    }
    return e;
}

void EwsClient::onFinished(QNetworkReply* reply)
{
    PendingPtr p = m_inFlight.take(reply);
    reply->deleteLater();
    if (!p)
        return;
    m_managerLoad[p->manager]--;
    if (p->guard)
        p->guard->stop();
    p->reply = nullptr;

    RawResponse r;
    r.latencyMs = p->timer.elapsed();
    r.attempts = p->attempt;
    r.requestId = p->requestId;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.headers = reply->rawHeaderPairs();
    r.location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    if (r.location.isRelative() && !r.location.isEmpty())
        r.location = p->req.url.resolved(r.location);
    QList<QByteArray> wwwAuth;
    for (const auto& h : std::as_const(r.headers)) {
        if (h.first.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0)
            wwwAuth << h.second;
    }
    r.authSchemes = parseAuthSchemes(wwwAuth);
    qCDebug(lcEws) << "WWW-Authenticate" << wwwAuth;
    r.peerCertificates = reply->sslConfiguration().peerCertificateChain();
    r.peerChain = describeChain(r.peerCertificates, p->sslErrors);
    const QNetworkReply::NetworkError netError = reply->error();
    if (!p->tooLarge && !p->cancelled && netError == QNetworkReply::NoError)
        r.body = reply->readAll();

    EwsError& te = r.transportError;
    if (p->cancelled) {
        te.kind = ErrorKind::Cancelled;
    } else if (p->tooLarge) {
        te.kind = ErrorKind::BodyTooLarge;
        te.detail = QStringLiteral("over %1 bytes").arg(m_config.maxBodyBytes);
    } else if (p->timedOut || netError == QNetworkReply::TimeoutError ||
               (netError == QNetworkReply::OperationCanceledError)) {
        te.kind = ErrorKind::Timeout;
        te.detail = QStringLiteral("%1 ms").arg(m_config.transferTimeoutMs);
    } else if (!p->sslErrors.isEmpty()) {
        te.kind = ErrorKind::TlsUntrusted;
        te.chain = r.peerChain;
        QStringList msgs;
        for (const QSslError& e : std::as_const(p->sslErrors))
            msgs << e.errorString();
        msgs.removeDuplicates();
        te.detail = msgs.join(QStringLiteral("; "));
    } else if (netError == QNetworkReply::SslHandshakeFailedError) {
        te.kind = ErrorKind::TlsFailed;
        te.detail = reply->errorString();
    } else if (p->insecure) {
        te.kind = ErrorKind::InsecureUrl;
        te.httpStatus = r.httpStatus;
    } else if (p->methodNotOffered) {
        te.kind = ErrorKind::MethodNotOffered;
        te.authSchemes = r.authSchemes.isEmpty() ? m_offeredSchemes : r.authSchemes;
    } else if (r.httpStatus == 0 && netError != QNetworkReply::NoError) {
        te.kind = ErrorKind::ConnectionFailed;
        te.detail = reply->errorString();
    } else if (r.httpStatus == 200 && netError != QNetworkReply::NoError) {
        te.kind = ErrorKind::TruncatedXml;
        te.detail = QStringLiteral("connection closed before the response was complete (%1)")
                        .arg(reply->errorString());
    } else if (netError != QNetworkReply::NoError && r.httpStatus >= 400) {
        // Qt reports 4xx/5xx as errors but keeps the body readable.
        r.body = reply->readAll();
        if (r.body.size() > m_config.maxBodyBytes) {
            r.body.clear();
            te.kind = ErrorKind::BodyTooLarge;
        }
    }
    if (te.kind == ErrorKind::None && r.body.size() > m_config.maxBodyBytes) {
        r.body.clear();
        te.kind = ErrorKind::BodyTooLarge;
    }
    if (te.kind == ErrorKind::None && r.httpStatus == 401 && p->authRefused && p->req.sendCredentials)
        te.kind = ErrorKind::None; // plain 401, classified by httpError()

    qCDebug(lcEws) << "<-" << r.httpStatus << toString(te.kind) << r.latencyMs << "ms id" << p->requestId;

    // Retry decisions.
    if (p->req.ewsSoap && !p->cancelled) {
        int waitMs = -1;
        QString reason;
        bool lowerK = false;
        if (te.kind == ErrorKind::ConnectionFailed || te.kind == ErrorKind::TruncatedXml) {
            reason = toString(te.kind);
        } else if (te.kind == ErrorKind::None && r.httpStatus == 503) {
            reason = QStringLiteral("HTTP 503");
        } else if (te.kind == ErrorKind::None && (r.httpStatus == 500 || r.httpStatus == 200) &&
                   (r.body.contains("ErrorServerBusy") || r.body.contains("ErrorExceededConnectionCount") ||
                    r.body.contains("ErrorInternalServerTransientError") ||
                    r.body.contains("ErrorTimeoutExpired") || r.body.contains("ErrorTooManyObjectsOpened") ||
                    r.body.contains("ErrorExceededFindCountLimit"))) {
            ParsedEnvelope env;
            parseEnvelope(r.body, r.httpStatus, &env);
            EwsError e = env.error;
            if (e.ok() && !env.messages.isEmpty())
                e = messageError(env.messages.first(), r.httpStatus);
            QString code = e.responseCode;
            if (code == QLatin1String("ErrorInternalServerError") && !e.innerResponseCode.isEmpty())
                code = e.innerResponseCode;
            const CodeCategory cat = classifyResponseCode(code).category;
            if (isRetryable(cat)) {
                reason = code;
                if (cat == CodeCategory::ServerBusy) {
                    m_stats.serverBusy++;
                    waitMs = std::max(e.backOffMs, 0);
                } else if (cat == CodeCategory::ConcurrencyLimit) {
                    m_stats.connectionCountErrors++;
                    lowerK = true;
                }
            }
        }
        if (!reason.isEmpty()) {
            if (lowerK && m_k > 1) {
                m_k--;
                qCInfo(lcEws) << "ErrorExceededConnectionCount: lowering concurrency to" << m_k;
                Q_EMIT concurrencyChanged(m_k);
            }
            const int ownMin =
                std::min(m_config.maxBackoffMs, m_config.minBackoffMs << std::min(p->attempt - 1, 10));
            const int jitter = int(QRandomGenerator::global()->bounded(std::max(1, ownMin / 4)));
            const int wait = std::max(waitMs, ownMin + jitter);
            if (p->attempt <= m_config.maxRetries && p->waitedMs + wait <= m_config.totalWaitCapMs &&
                wait <= m_config.totalWaitCapMs) {
                if (waitMs >= 0) // the server asked the account to back off: pause everyone
                    m_pausedUntil = std::max(m_pausedUntil, m_clock.elapsed() + wait);
                retryLater(p, wait, reason);
                pump();
                return;
            }
            if (reason == QLatin1String("HTTP 503")) {
                te.kind = ErrorKind::ServiceUnavailable;
                te.httpStatus = 503;
                te.detail = QStringLiteral("%1 attempts, waited %2 ms").arg(p->attempt).arg(p->waitedMs);
            } else if (waitMs >= 0) {
                te.kind = ErrorKind::ServerBusyGaveUp;
                te.responseCode = reason.startsWith(QLatin1String("Error")) ? reason : QString();
                te.backOffMs = waitMs;
                te.detail = QStringLiteral("%1 attempts, waited %2 ms, server asked %3 ms")
                                .arg(p->attempt)
                                .arg(p->waitedMs)
                                .arg(waitMs);
            }
        }
    }
    complete(p, std::move(r));
    pump();
}

void EwsClient::retryLater(const PendingPtr& p, int waitMs, const QString& reason)
{
    m_stats.retries++;
    m_stats.totalBackoffMs += waitMs;
    p->waitedMs += waitMs;
    qCInfo(lcEws) << "retrying after" << waitMs << "ms:" << reason;
    Q_EMIT throttled(waitMs, reason, m_stats.totalBackoffMs);
    m_waiting.append(p);
    p->waitTimer = new QTimer(this);
    p->waitTimer->setSingleShot(true);
    connect(p->waitTimer, &QTimer::timeout, this, [this, p] {
        m_waiting.removeOne(p);
        p->waitTimer->deleteLater();
        p->waitTimer = nullptr;
        m_queue.push_front(p);
        pump();
    });
    p->waitTimer->start(waitMs);
}

void EwsClient::complete(const PendingPtr& p, RawResponse r)
{
    RawCallback cb = std::move(p->cb);
    p->cb = nullptr;
    Q_EMIT requestFinished();
    if (!cb || (p->hasContext && !p->context))
        return;
    cb(r);
}

void EwsClient::cancelAll()
{
    std::deque<PendingPtr> queued;
    queued.swap(m_queue);
    QList<PendingPtr> waiting;
    waiting.swap(m_waiting);
    for (const PendingPtr& p : waiting) {
        if (p->waitTimer) {
            p->waitTimer->stop();
            p->waitTimer->deleteLater();
            p->waitTimer = nullptr;
        }
        queued.push_back(p);
    }
    for (const PendingPtr& p : queued) {
        RawResponse r;
        r.transportError.kind = ErrorKind::Cancelled;
        complete(p, r);
    }
    const auto inFlight = m_inFlight.values();
    for (const PendingPtr& p : inFlight) {
        p->cancelled = true;
        if (p->reply)
            p->reply->abort(); // finished() -> onFinished -> Cancelled
    }
    const auto probes = m_probes.values();
    for (const auto& cancel : probes)
        cancel();
}

// ---- typed operations ------------------------------------------------------------------------

namespace {
template <typename T>
EwsResult<T> resultFrom(const RawResponse& r)
{
    EwsResult<T> out;
    out.latencyMs = r.latencyMs;
    out.attempts = r.attempts;
    out.requestId = r.requestId;
    out.error = EwsClient::httpError(r);
    return out;
}
} // namespace

void EwsClient::probe(QObject* context, std::function<void(const EwsResult<ProbeInfo>&)> cb)
{
    if (!m_config.managerFactory && m_config.ewsUrl.scheme() == QLatin1String("https")) {
        probeWithSocket(context, std::move(cb));
        return;
    }
    RawRequest req;
    req.body = buildResolveNames(m_config.username.isEmpty() ? QStringLiteral("probe") : m_config.username);
    req.sendCredentials = false;
    req.ewsSoap = false;
    send(req, context, [cb](const RawResponse& r) {
        EwsResult<ProbeInfo> out;
        out.latencyMs = r.latencyMs;
        out.attempts = r.attempts;
        out.requestId = r.requestId;
        out.error = r.transportError;
        out.value.httpStatus = r.httpStatus;
        out.value.authSchemes = r.authSchemes;
        out.value.chain = r.peerChain;
        out.value.certificates = r.peerCertificates;
        if (out.error.ok() && r.httpStatus >= 300 && r.httpStatus < 400) {
            out.error.kind = ErrorKind::RedirectToErrorPage;
            out.error.httpStatus = r.httpStatus;
            out.error.location = r.location;
        }
        cb(out);
    });
}

void EwsClient::probeWithSocket(QObject* context, std::function<void(const EwsResult<ProbeInfo>&)> cb)
{
    // The TLS handshake (and loading the system CA store the first time) runs on a worker thread,
    // as QNetworkAccessManager's does: it can take 100 ms and must not block the GUI thread.
    struct State
    {
        // written by the worker before it finishes, read on this thread after QThread::finished
        EwsError error;
        int status = 0;
        QList<QByteArray> auth;
        QList<QSslError> errors;
        QList<QSslCertificate> chain;
        qint64 latencyMs = 0;
        std::atomic<bool> cancelled{false};
        bool delivered = false;
    };
    auto st = std::make_shared<State>();
    const QUrl url = m_config.ewsUrl;
    const QSslConfiguration ssl = sslConfiguration();
    const int timeoutMs = m_config.transferTimeoutMs;
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray body =
        buildResolveNames(m_config.username.isEmpty() ? QStringLiteral("probe") : m_config.username);
    const QByteArray userAgent = m_config.userAgent.toUtf8();

    QThread* thread = QThread::create([st, url, ssl, timeoutMs, requestId, body, userAgent] {
        QElapsedTimer timer;
        timer.start();
        QSslSocket socket;
        socket.setSslConfiguration(ssl);
        socket.setPeerVerifyName(url.host());
        QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [&](const QList<QSslError>& errors) {
            st->errors = errors; // recorded, never ignored
            st->chain = socket.peerCertificateChain();
        });
        auto remaining = [&] {
            return int(std::max<qint64>(0, timeoutMs - timer.elapsed()));
        };
        auto waitSlice = [&](auto&& waitFn) {
            while (!st->cancelled && remaining() > 0) {
                if (waitFn(std::min(remaining(), 100)))
                    return true;
                if (socket.state() == QAbstractSocket::UnconnectedState)
                    return false;
            }
            return false;
        };
        socket.connectToHostEncrypted(url.host(), quint16(url.port(443)));
        const bool encrypted = waitSlice([&](int ms) { return socket.waitForEncrypted(ms); });
        if (!encrypted) {
            if (st->cancelled)
                st->error.kind = ErrorKind::Cancelled;
            else if (!st->errors.isEmpty()) {
                st->error.kind = ErrorKind::TlsUntrusted;
                QStringList msgs;
                for (const QSslError& x : std::as_const(st->errors))
                    msgs << x.errorString();
                msgs.removeDuplicates();
                st->error.detail = msgs.join(QStringLiteral("; "));
            } else if (remaining() <= 0) {
                st->error.kind = ErrorKind::Timeout;
                st->error.detail = QStringLiteral("%1 ms").arg(timeoutMs);
            } else if (socket.error() == QAbstractSocket::SslHandshakeFailedError) {
                st->error.kind = ErrorKind::TlsFailed;
                st->error.detail = socket.errorString();
            } else {
                st->error.kind = ErrorKind::ConnectionFailed;
                st->error.detail = socket.errorString();
            }
            st->latencyMs = timer.elapsed();
            return;
        }
        st->chain = socket.peerCertificateChain();
        QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
        if (path.isEmpty())
            path = "/";
        QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
        if (url.port() > 0)
            host += ':' + QByteArray::number(url.port());
        socket.write("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: " + userAgent +
                     "\r\nContent-Type: text/xml; charset=utf-8\r\nclient-request-id: " +
                     requestId.toLatin1() + "\r\nContent-Length: " + QByteArray::number(body.size()) +
                     "\r\nConnection: close\r\n\r\n" + body);
        QByteArray data;
        qsizetype end = -1;
        while (end < 0 && !st->cancelled && remaining() > 0) {
            if (!socket.bytesAvailable() && !waitSlice([&](int ms) { return socket.waitForReadyRead(ms); }))
                break;
            data += socket.readAll();
            end = data.indexOf("\r\n\r\n");
            if (data.size() > 64 * 1024)
                break;
        }
        st->latencyMs = timer.elapsed();
        if (end < 0) {
            st->error.kind = st->cancelled             ? ErrorKind::Cancelled
                             : remaining() <= 0        ? ErrorKind::Timeout
                             : data.size() > 64 * 1024 ? ErrorKind::BodyTooLarge
                                                       : ErrorKind::ConnectionFailed;
            st->error.detail = socket.errorString();
            return;
        }
        const QList<QByteArray> lines = data.left(end).split('\n');
        st->status = lines.value(0).trimmed().split(' ').value(1).toInt();
        st->error.httpStatus = st->status;
        for (const QByteArray& l : lines) {
            const qsizetype colon = l.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = l.left(colon).trimmed();
            if (name.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0)
                st->auth << l.mid(colon + 1).trimmed();
            else if (name.compare("Location", Qt::CaseInsensitive) == 0 && st->status >= 300 &&
                     st->status < 400) {
                st->error.kind = ErrorKind::RedirectToErrorPage;
                st->error.location = QUrl(QString::fromLatin1(l.mid(colon + 1).trimmed()));
            }
        }
        socket.disconnectFromHost();
    });
    QPointer<QObject> ctx(context);
    auto deliver = [this, st, ctx, cb, requestId] {
        if (st->delivered)
            return;
        st->delivered = true;
        m_stats.requestsSent++;
        EwsResult<ProbeInfo> out;
        out.error = st->cancelled ? EwsError{} : st->error;
        if (st->cancelled)
            out.error.kind = ErrorKind::Cancelled;
        out.latencyMs = st->latencyMs;
        out.attempts = 1;
        out.requestId = requestId;
        out.value.httpStatus = st->status;
        out.value.authSchemes = parseAuthSchemes(st->auth);
        out.value.certificates = st->chain;
        out.value.chain = describeChain(st->chain, st->errors);
        if (out.error.kind == ErrorKind::TlsUntrusted)
            out.error.chain = out.value.chain;
        if (ctx)
            cb(out);
    };
    connect(thread, &QThread::finished, this, [this, thread, deliver] {
        m_probes.remove(thread);
        deliver();
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_probes.insert(thread, [this, thread, st, deliver] {
        st->cancelled = true; // the worker stops within 100 ms; the callback runs now
        m_probes.remove(thread);
        deliver();
    });
    thread->start();
}

void verifyWithSystemCasAsync(const QList<QSslCertificate>& chain, const QString& host, QObject* context,
                              std::function<void(bool trusted)> cb)
{
    auto trusted = std::make_shared<bool>(false);
    QThread* thread = QThread::create(
        [chain, host, trusted] { *trusted = QSslCertificate::verify(chain, host).isEmpty(); });
    QObject::connect(thread, &QThread::finished, context, [trusted, cb] { cb(*trusted); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void EwsClient::getCalendarFolder(const RequestTarget& target, QObject* context,
                                  std::function<void(const EwsResult<FolderInfo>&)> cb)
{
    RawRequest req;
    req.body = buildGetFolderCalendar(target);
    req.target = target;
    send(req, context, [cb](const RawResponse& r) {
        auto out = resultFrom<FolderInfo>(r);
        if (out.error.ok())
            out.error = parseGetFolder(r.body, r.httpStatus, &out.value, &out.serverVersion);
        cb(out);
    });
}

void EwsClient::findCalendarItems(const RequestTarget& target, const QDateTime& start, const QDateTime& end,
                                  int maxEntries, QObject* context,
                                  std::function<void(const EwsResult<CalendarView>&)> cb)
{
    RawRequest req;
    req.body = buildFindItemCalendarView(target, start, end, maxEntries);
    req.target = target;
    send(req, context, [cb](const RawResponse& r) {
        auto out = resultFrom<CalendarView>(r);
        if (out.error.ok())
            out.error = parseFindItem(r.body, r.httpStatus, &out.value);
        cb(out);
    });
}

void EwsClient::getItems(const RequestTarget& target, const QList<ItemId>& ids, QObject* context,
                         std::function<void(const EwsResult<GetItemResult>&)> cb)
{
    RawRequest req;
    req.body = buildGetItem(target, ids);
    req.target = target;
    send(req, context, [cb](const RawResponse& r) {
        auto out = resultFrom<GetItemResult>(r);
        if (out.error.ok())
            out.error = parseGetItem(r.body, r.httpStatus, &out.value);
        cb(out);
    });
}

void EwsClient::resolveNames(const QString& entry, QObject* context,
                             std::function<void(const EwsResult<QList<ResolvedMailbox>>&)> cb)
{
    RawRequest req;
    req.body = buildResolveNames(entry);
    send(req, context, [cb](const RawResponse& r) {
        auto out = resultFrom<QList<ResolvedMailbox>>(r);
        if (out.error.ok())
            out.error = parseResolveNames(r.body, r.httpStatus, &out.value);
        cb(out);
    });
}

} // namespace otj::ews
