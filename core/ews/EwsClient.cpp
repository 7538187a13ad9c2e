#include "core/ews/EwsClient.h"

#include "core/logging/Logging.h"
#include "core/logging/Redactor.h"
#include "core/net/HttpProbe.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

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
    QTimer* waitTimer = nullptr;
    int manager = 0;
    bool credentialRound = false; // this send answers a challenge: not a retry
    bool credentialsResent = false;
    bool challengeProbed = false; // the host's first challenge was read (or could not be)
    bool basicSent = false;
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

EwsClient::EwsClient(const EwsClientConfig& config, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_retry(config.retryLimits())
    , m_credentials(config.authMethod, config.confirmedHosts)
{
    m_k = std::clamp(m_config.concurrency, 1, EwsClientConfig::MaxConcurrency);
    m_config.concurrency = m_k;
    if (m_config.userAgent.isEmpty())
        m_config.userAgent = QStringLiteral("OTJExchangeSetup/" OTJ_VERSION);
    Redactor::addSecret(m_config.password);
    m_credentials.confirmHost(m_config.ewsUrl.host());
    m_tls = net::tlsConfiguration(m_config.extraCaCertificates);
    m_pool = new net::ManagerPool(m_k, m_config.managerFactory, this);
    for (QNetworkAccessManager* nam : m_pool->managers())
        connect(nam, &QNetworkAccessManager::authenticationRequired, this,
                &EwsClient::onAuthenticationRequired);
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
    m_learning.clear();
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (auto it = inFlight.cbegin(); it != inFlight.cend(); ++it) {
        it.value()->cb = nullptr;
        it.key()->disconnect(this);
        it.key()->abort();
    }
}

void EwsClient::setEwsUrl(const QUrl& url)
{
    m_config.ewsUrl = url;
    m_credentials.confirmHost(url.host());
}

void EwsClient::setOfferedSchemes(const QStringList& schemes)
{
    m_credentials.noteChallenge(m_config.ewsUrl, schemes);
}

EwsStats EwsClient::stats() const
{
    EwsStats s = m_stats;
    s.concurrency = m_k;
    return s;
}

bool EwsClient::isIdle() const
{
    return m_queue.empty() && m_inFlight.isEmpty() && m_waiting.isEmpty() && m_learning.isEmpty();
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

bool EwsClient::buildRequest(const Pending& p, QNetworkRequest* out, QString* refusal) const
{
    QNetworkRequest r = net::baseRequest(p.req.url, m_config.transportLimits(), m_config.userAgent, m_tls);
    if (!p.req.get)
        r.setHeader(QNetworkRequest::ContentTypeHeader, p.req.contentType);
    QList<QPair<QByteArray, QByteArray>> headers{{"Accept", "text/xml"},
                                                 {"client-request-id", p.requestId.toLatin1()},
                                                 {"return-client-request-id", "true"}};
    if (p.req.target.access == Access::Impersonation && !p.req.target.mailbox.isEmpty())
        headers.append({"X-AnchorMailbox", p.req.target.mailbox.toUtf8()});
    if (p.req.sendCredentials && !m_basicHeader.isEmpty() && m_credentials.sendBasic(p.req.url))
        headers.append({"Authorization", m_basicHeader});
    for (const auto& [name, value] : std::as_const(headers)) {
        if (!net::isSafeHeaderValue(value) || !net::isSafeHeaderValue(p.req.contentType)) {
            *refusal = QStringLiteral("the %1 header would contain a line break")
                           .arg(QString::fromLatin1(net::isSafeHeaderValue(value) ? "Content-Type" : name));
            return false;
        }
        r.setRawHeader(name, value);
    }
    *out = r;
    return true;
}

bool EwsClient::learnChallengeFirst(const PendingPtr& p)
{
    // QNetworkAccessManager answers an NTLM/Negotiate offer with an NTLM type 1 message by itself
    // and shows us only the type 2 challenge, so it cannot tell us whether a host offers Basic.
    // Before the first credentialed request to a host, one unauthenticated probe reads the
    // host's real first challenge (once per host and run; the EWS host's comes from probe()).
    // Injected managers (tests) answer like a server would, so there the 401 itself is read.
    if (!p->req.sendCredentials || p->challengeProbed || m_config.managerFactory ||
        !m_credentials.mayAuthenticate(p->req.url) || !m_credentials.challenge(p->req.url).isEmpty())
        return false;
    const QString key = net::CredentialPolicy::hostKey(p->req.url);
    const bool running = m_learning.contains(key);
    m_learning[key].append(p);
    if (running)
        return true;
    net::ProbeRequest req;
    req.url = p->req.url;
    req.method = p->req.get ? "GET" : "POST";
    req.contentType = p->req.contentType;
    req.body = p->req.get ? QByteArray() : p->req.body;
    req.userAgent = m_config.userAgent.toUtf8();
    req.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
    req.timeoutMs = m_config.transferTimeoutMs;
    const quint64 id = m_nextId++;
    const QUrl url = p->req.url;
    m_stats.requestsSent++;
    m_probes.insert(id, net::probeHttps(req, m_tls, this, [this, id, key, url](const net::ProbeOutcome& o) {
                        m_probes.remove(id);
                        m_credentials.noteChallenge(url, parseAuthSchemes(o.wwwAuthenticate));
                        qCDebug(lcEws) << "challenge of" << key << m_credentials.challenge(url);
                        const EwsError failure = transportErrorOf(o);
                        const QList<PendingPtr> waiting = m_learning.take(key);
                        for (auto it = waiting.crbegin(); it != waiting.crend(); ++it) {
                            const PendingPtr& q = *it;
                            q->challengeProbed = true;
                            // What the request itself would meet (an untrusted certificate, a
                            // host that does not answer) is reported at once, not waited for twice;
                            // a dropped connection is left to the request's own retries.
                            const bool final =
                                failure.kind == ErrorKind::UnsafeRequest ||
                                failure.kind == ErrorKind::TlsUntrusted ||
                                failure.kind == ErrorKind::TlsFailed || failure.kind == ErrorKind::Timeout ||
                                (failure.kind == ErrorKind::ConnectionFailed && !q->req.ewsSoap);
                            if (!final) {
                                m_queue.push_front(q);
                                continue;
                            }
                            RawResponse r;
                            r.transportError = failure;
                            r.attempts = ++q->attempt;
                            r.latencyMs = o.latencyMs;
                            r.peerCertificates = o.chain;
                            r.peerChain = failure.chain;
                            complete(q, r);
                        }
                        pump();
                    }));
    return true;
}

EwsError EwsClient::transportErrorOf(const net::ProbeOutcome& o)
{
    using F = net::ProbeOutcome::Failure;
    static const QHash<F, ErrorKind> kinds{{F::None, ErrorKind::None},
                                           {F::Cancelled, ErrorKind::Cancelled},
                                           {F::TlsUntrusted, ErrorKind::TlsUntrusted},
                                           {F::TlsFailed, ErrorKind::TlsFailed},
                                           {F::Timeout, ErrorKind::Timeout},
                                           {F::ConnectionFailed, ErrorKind::ConnectionFailed},
                                           {F::HeaderTooLarge, ErrorKind::BodyTooLarge},
                                           {F::UnsafeRequest, ErrorKind::UnsafeRequest}};
    EwsError e;
    e.kind = kinds.value(o.failure);
    e.detail = o.detail;
    e.httpStatus = o.httpStatus;
    if (e.kind == ErrorKind::TlsUntrusted)
        e.chain = certs::describeChain(o.chain, o.sslErrors);
    return e;
}

void EwsClient::start(const PendingPtr& p)
{
    if (learnChallengeFirst(p))
        return;
    if (!p->credentialRound)
        p->attempt++;
    p->requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p->authAnswered = p->authRefused = p->insecure = p->methodNotOffered = false;
    p->timedOut = p->tooLarge = false;
    p->sslErrors.clear();
    QNetworkRequest req;
    QString refusal;
    if (!buildRequest(*p, &req, &refusal)) {
        qCWarning(lcEws) << "request refused:" << refusal;
        RawResponse r;
        r.transportError.kind = ErrorKind::UnsafeRequest;
        r.transportError.detail = refusal;
        r.attempts = p->attempt;
        QMetaObject::invokeMethod(
            this, [this, p, r] { complete(p, r); }, Qt::QueuedConnection);
        return;
    }
    p->basicSent = !req.rawHeader("Authorization").isEmpty();
    p->manager = m_pool->acquire();
    QNetworkAccessManager* nam = m_pool->manager(p->manager);
    QNetworkReply* reply = p->req.get ? nam->get(req) : nam->post(req, p->req.body);
    p->reply = reply;
    p->timer.start();
    m_inFlight.insert(reply, p);
    m_stats.requestsSent++;
    m_stats.peakInFlight = std::max(m_stats.peakInFlight, int(m_inFlight.size()));
    qCDebug(lcEws) << "->" << p->req.url.toString(QUrl::RemoveUserInfo) << "id" << p->requestId << "attempt"
                   << p->attempt << (p->basicSent ? "with Basic" : "");

    // Per reply (not the manager's finished()): replies made by an overridden createRequest()
    // are not wired to the manager.
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError>& errors) {
        if (PendingPtr q = m_inFlight.value(reply))
            q->sslErrors = errors; // recorded, never ignored: the handshake fails
    });
    std::weak_ptr<Pending> weak = p;
    net::guardReply(
        reply, m_config.transportLimits(), this,
        [weak] {
            if (auto q = weak.lock())
                q->tooLarge = true;
        },
        [weak] {
            if (auto q = weak.lock())
                q->timedOut = true;
        });
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
    if (!net::isHttps(p->req.url)) {
        p->insecure = true; // never credentials over plain HTTP
        return;
    }
    if (p->authAnswered || p->basicSent) {
        // A second challenge (or a challenge after our Basic header): the credentials were rejected.
        p->authRefused = true;
        return;
    }
    // Not filled here, QtNetwork would pick the scheme itself. The reply finishes with the 401,
    // whose schemes onFinished() records; the request is then sent again if the rules allow.
    if (!m_credentials.answerNtlm(p->req.url, auth->realm())) {
        if (m_config.authMethod == AuthMethod::Ntlm && m_credentials.methodNotOffered(p->req.url))
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

RawResponse EwsClient::responseOf(const Pending& p, QNetworkReply* reply) const
{
    RawResponse r;
    r.latencyMs = p.timer.elapsed();
    r.attempts = p.attempt;
    r.requestId = p.requestId;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.headers = reply->rawHeaderPairs();
    r.location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    if (r.location.isRelative() && !r.location.isEmpty())
        r.location = p.req.url.resolved(r.location);
    QList<QByteArray> wwwAuth;
    for (const auto& h : std::as_const(r.headers)) {
        if (h.first.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0)
            wwwAuth << h.second;
    }
    r.authSchemes = parseAuthSchemes(wwwAuth);
    qCDebug(lcEws) << "WWW-Authenticate" << wwwAuth;
    r.peerCertificates = reply->sslConfiguration().peerCertificateChain();
    r.peerChain = certs::describeChain(r.peerCertificates, p.sslErrors);
    const QNetworkReply::NetworkError netError = reply->error();
    if (!p.tooLarge && !p.cancelled && netError == QNetworkReply::NoError)
        r.body = reply->readAll();

    EwsError& te = r.transportError;
    if (p.cancelled) {
        te.kind = ErrorKind::Cancelled;
    } else if (p.tooLarge) {
        te.kind = ErrorKind::BodyTooLarge;
        te.detail = QStringLiteral("over %1 bytes").arg(m_config.maxBodyBytes);
    } else if (p.timedOut || netError == QNetworkReply::TimeoutError ||
               (netError == QNetworkReply::OperationCanceledError)) {
        te.kind = ErrorKind::Timeout;
        te.detail = QStringLiteral("%1 ms").arg(m_config.transferTimeoutMs);
    } else if (!p.sslErrors.isEmpty()) {
        te.kind = ErrorKind::TlsUntrusted;
        te.chain = r.peerChain;
        QStringList msgs;
        for (const QSslError& e : std::as_const(p.sslErrors))
            msgs << e.errorString();
        msgs.removeDuplicates();
        te.detail = msgs.join(QStringLiteral("; "));
    } else if (netError == QNetworkReply::SslHandshakeFailedError) {
        te.kind = ErrorKind::TlsFailed;
        te.detail = reply->errorString();
    } else if (p.insecure) {
        te.kind = ErrorKind::InsecureUrl;
        te.httpStatus = r.httpStatus;
    } else if (p.methodNotOffered) {
        te.kind = ErrorKind::MethodNotOffered;
        te.authSchemes = r.authSchemes.isEmpty() ? m_credentials.challenge(p.req.url) : r.authSchemes;
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
    return r;
}

bool EwsClient::resendWithCredentials(const PendingPtr& p, const RawResponse& r)
{
    // A 401 to a request that carried no credentials: the host's challenge. Answer it at most once
    // per request, in the profile's method only, and only where the rules allow.
    if (r.httpStatus != 401 || !r.transportError.ok() || !p->req.sendCredentials || p->basicSent ||
        p->authAnswered || p->credentialsResent)
        return false;
    // "NTLM <token>" is QtNetwork's own handshake going on (see learnChallengeFirst()), not the
    // host's first challenge: it says nothing about Basic.
    const bool handshake = std::any_of(r.headers.cbegin(), r.headers.cend(), [](const auto& h) {
        return h.first.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0 &&
               (h.second.startsWith("NTLM ") || h.second.startsWith("Negotiate "));
    });
    if (!handshake)
        m_credentials.noteChallenge(p->req.url, r.authSchemes);
    const bool basic = !m_basicHeader.isEmpty() && m_credentials.sendBasic(p->req.url);
    const bool ntlm = m_config.authMethod == AuthMethod::Ntlm && m_credentials.mayAuthenticate(p->req.url) &&
                      r.authSchemes.contains(QStringLiteral("NTLM"), Qt::CaseInsensitive);
    if (!basic && !ntlm) {
        if (!m_credentials.mayAuthenticate(p->req.url))
            qCInfo(lcEws) << "credentials withheld from" << p->req.url.host()
                          << "(not a confirmed https host)";
        return false;
    }
    p->credentialsResent = true;
    p->credentialRound = true;
    m_queue.push_front(p);
    return true;
}

bool EwsClient::retryIfAllowed(const PendingPtr& p, RawResponse& r)
{
    EwsError& te = r.transportError;
    net::RetryInput in;
    in.attempt = p->attempt;
    in.waitedMs = p->waitedMs;
    QString reason;
    if (te.kind == ErrorKind::ConnectionFailed || te.kind == ErrorKind::TruncatedXml) {
        in.signal = net::RetrySignal::ConnectionDropped;
        reason = toString(te.kind);
    } else if (te.kind == ErrorKind::None && r.httpStatus == 503) {
        in.signal = net::RetrySignal::ServiceUnavailable;
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
        if (!isRetryable(cat))
            return false;
        reason = code;
        in.signal = net::RetrySignal::TransientServerError;
        if (cat == CodeCategory::ServerBusy) {
            m_stats.serverBusy++;
            in.signal = net::RetrySignal::ServerBusy;
            in.serverWaitMs = std::max(e.backOffMs, 0);
        } else if (cat == CodeCategory::ConcurrencyLimit) {
            m_stats.connectionCountErrors++;
            in.signal = net::RetrySignal::ConnectionCountExceeded;
        }
    } else {
        return false;
    }
    in.jitterMs = int(QRandomGenerator::global()->bounded(m_retry.jitterBound(in.attempt)));
    const net::RetryDecision d = m_retry.decide(in);
    if (d.lowerConcurrency && m_k > 1) {
        m_k--;
        qCInfo(lcEws) << "ErrorExceededConnectionCount: lowering concurrency to" << m_k;
        Q_EMIT concurrencyChanged(m_k);
    }
    if (d.retry()) {
        if (d.pauseAll) // the server asked the account to back off: pause everyone
            m_pausedUntil = std::max(m_pausedUntil, m_clock.elapsed() + d.waitMs);
        retryLater(p, d.waitMs, reason);
        return true;
    }
    if (in.signal == net::RetrySignal::ServiceUnavailable) {
        te.kind = ErrorKind::ServiceUnavailable;
        te.httpStatus = 503;
        te.detail = QStringLiteral("%1 attempts, waited %2 ms").arg(p->attempt).arg(p->waitedMs);
    } else if (in.signal == net::RetrySignal::ServerBusy) {
        te.kind = ErrorKind::ServerBusyGaveUp;
        te.responseCode = reason.startsWith(QLatin1String("Error")) ? reason : QString();
        te.backOffMs = in.serverWaitMs;
        te.detail = QStringLiteral("%1 attempts, waited %2 ms, server asked %3 ms")
                        .arg(p->attempt)
                        .arg(p->waitedMs)
                        .arg(in.serverWaitMs);
    }
    return false;
}

void EwsClient::onFinished(QNetworkReply* reply)
{
    PendingPtr p = m_inFlight.take(reply);
    reply->deleteLater();
    if (!p)
        return;
    m_pool->release(p->manager);
    p->reply = nullptr;
    RawResponse r = responseOf(*p, reply);
    p->credentialRound = false;
    qCDebug(lcEws) << "<-" << r.httpStatus << toString(r.transportError.kind) << r.latencyMs << "ms id"
                   << p->requestId;
    if (!p->cancelled && resendWithCredentials(p, r)) {
        pump();
        return;
    }
    if (p->req.ewsSoap && !p->cancelled && retryIfAllowed(p, r)) {
        pump();
        return;
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
    const auto learning = std::exchange(m_learning, {});
    for (const QList<PendingPtr>& ps : learning)
        queued.insert(queued.end(), ps.cbegin(), ps.cend());
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
    net::ProbeRequest req;
    req.url = m_config.ewsUrl;
    req.body = buildResolveNames(m_config.username.isEmpty() ? QStringLiteral("probe") : m_config.username);
    req.userAgent = m_config.userAgent.toUtf8();
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    req.requestId = requestId.toLatin1();
    req.timeoutMs = m_config.transferTimeoutMs;
    const quint64 id = m_nextId++;
    QPointer<QObject> ctx(context);
    auto done = [this, id, ctx, cb, requestId](const net::ProbeOutcome& o) {
        m_probes.remove(id);
        m_stats.requestsSent++;
        EwsResult<ProbeInfo> out;
        out.error = transportErrorOf(o);
        if (out.error.ok() && o.httpStatus >= 300 && o.httpStatus < 400 && o.location.isValid()) {
            out.error.kind = ErrorKind::RedirectToErrorPage;
            out.error.location = o.location;
        }
        out.latencyMs = o.latencyMs;
        out.attempts = 1;
        out.requestId = requestId;
        out.value.httpStatus = o.httpStatus;
        out.value.authSchemes = parseAuthSchemes(o.wwwAuthenticate);
        out.value.certificates = o.chain;
        out.value.chain = certs::describeChain(o.chain, o.sslErrors);
        if (ctx)
            cb(out);
    };
    m_probes.insert(id, net::probeHttps(req, m_tls, this, done));
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
