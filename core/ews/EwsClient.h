// The EWS client: one instance per account (the limiter is per account). Async, callback based,
// every callback runs on the caller's thread and only while its context object is alive.
// EWS-specific on top of core/net (see core/net/README.md): the manager pool, TLS trust, body cap
// and timeouts come from net::ManagerPool/tlsConfiguration/guardReply, the retry decisions from
// net::RetryPolicy, the unauthenticated probe from net::probeHttps, and who gets the password
// from net::CredentialPolicy.
//
// Concurrency: k requests in flight over ceil(k / 6) managers (least busy first). k is capped at
// MaxConcurrency = 24, which stays below Exchange's default EWSMaxConcurrency budget of 27 that the
// account shares with Pexip OTJ itself; the default k (DefaultConcurrency = 4) leaves 23 of it
// to OTJ. ErrorExceededConnectionCount lowers k by one (never below 1) for the rest of the run.
//
// Throttling: ErrorServerBusy (fault or message, also as the inner code of
// ErrorInternalServerError) pauses the whole account for max(BackOffMilliseconds, our own
// minimum that doubles per retry); transient codes, HTTP 503 and dropped connections are retried
// the same way. A request gives up after maxRetries or when its waits would exceed totalWaitCapMs
// (ErrorKind::ServerBusyGaveUp, the wait is reported). All waits are visible through throttled()
// and stats(). cancelAll() aborts every reply and timer.
//
// Credentials: only over https:// to a certificate that verified, only to confirmed hosts
// (config.confirmedHosts, the EWS URL's host, hosts Autodiscover confirms), and only in the
// profile's method after the host challenged with it: Basic is a header we build after a Basic
// challenge (cached per host for the run), NTLM goes through QAuthenticator only when the
// challenge offered NTLM. A second challenge means the credentials were rejected. Redirects are
// never followed. A header value with CR/LF is refused (ErrorKind::UnsafeRequest).
#pragma once

#include "core/ews/EwsError.h"
#include "core/ews/EwsResponse.h"
#include "core/ews/EwsXml.h"
#include "core/net/CredentialPolicy.h"
#include "core/net/HttpProbe.h"
#include "core/net/HttpTransport.h"
#include "core/net/RetryPolicy.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QAuthenticator;
class QTimer;

namespace otj::ews {

using AuthMethod = net::AuthMethod;

struct EwsClientConfig
{
    static constexpr int DefaultConcurrency = 4;
    static constexpr int MaxConcurrency = 24;
    static constexpr int ConnectionsPerManager = net::ManagerPool::ConnectionsPerManager;

    QUrl ewsUrl;
    QString username; // UPN or DOMAIN\user
    QString password; // never logged; registered with the Redactor by the client
    AuthMethod authMethod = AuthMethod::Basic;
    QList<QSslCertificate> extraCaCertificates; // the Exchange endpoint's CA certificates (profile)
    // Hosts that may receive the password (lower case). The EWS URL's host is always one; so are
    // hosts given to confirmHost() (Autodiscover's candidates and accepted redirects).
    QSet<QString> confirmedHosts;
    int concurrency = DefaultConcurrency; // k, clamped to [1, MaxConcurrency]
    int transferTimeoutMs = 30000;
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    int minBackoffMs = 500;   // our own minimum: servers often send BackOffMilliseconds 0
    int maxBackoffMs = 30000; // one wait never exceeds this
    int maxRetries = 5;
    int totalWaitCapMs = 120000; // per request
    QString userAgent;           // empty: "OTJExchangeSetup/<version>"
    // Tests inject a fake manager (override createRequest). Default: a plain QNetworkAccessManager.
    net::ManagerFactory managerFactory;

    net::RetryPolicy::Limits retryLimits() const
    {
        return {minBackoffMs, maxBackoffMs, maxRetries, totalWaitCapMs};
    }
    net::TransportLimits transportLimits() const { return {transferTimeoutMs, maxBodyBytes}; }
};

struct RawRequest
{
    QUrl url; // empty: config.ewsUrl
    QByteArray body;
    bool get = false;
    RequestTarget target; // Impersonation adds X-AnchorMailbox
    bool sendCredentials = true;
    bool ewsSoap = true; // retry on EWS throttling codes
    QByteArray contentType = "text/xml; charset=utf-8";
};

struct RawResponse
{
    EwsError transportError; // TLS, timeout, cancel, size, auth refusal, connection
    int httpStatus = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QList<CertificateInfo> peerChain;
    QList<QSslCertificate> peerCertificates;
    QStringList authSchemes;
    QUrl location;
    qint64 latencyMs = 0; // of the last attempt
    int attempts = 0;
    QString requestId;
    QByteArray header(const QByteArray& name) const;
};

template <typename T>
struct EwsResult
{
    EwsError error;
    T value{};
    qint64 latencyMs = 0;
    int attempts = 0;
    QString requestId;
    ServerVersion serverVersion;
    bool ok() const { return error.ok(); }
};

struct ProbeInfo
{
    int httpStatus = 0;
    QStringList authSchemes;
    QList<CertificateInfo> chain;
    QList<QSslCertificate> certificates;
};

using net::verifyWithSystemCasAsync;

struct EwsStats
{
    qint64 requestsSent = 0; // HTTP requests put on the wire, retries included
    qint64 serverBusy = 0;   // ErrorServerBusy answers seen
    qint64 connectionCountErrors = 0;
    qint64 retries = 0;
    qint64 totalBackoffMs = 0;
    int peakInFlight = 0;
    int concurrency = 0; // current k
};

class EwsClient : public QObject
{
    Q_OBJECT
public:
    explicit EwsClient(const EwsClientConfig& config, QObject* parent = nullptr);
    ~EwsClient() override;

    const EwsClientConfig& config() const { return m_config; }
    // After Autodiscover (its answer came from a confirmed host over verified TLS) or the typed
    // URL: the EWS host may receive the password.
    void setEwsUrl(const QUrl& url);
    int concurrency() const { return m_k; }
    EwsStats stats() const;
    // Auth schemes the EWS host offered on the unauthenticated probe: its challenge for this run
    // (Basic is then sent with the first authenticated request, no extra round trip).
    void setOfferedSchemes(const QStringList& schemes);
    // A host the admin confirmed (or that Autodiscover confirmed for them) may get the password.
    void confirmHost(const QString& host) { m_credentials.confirmHost(host); }
    const net::CredentialPolicy& credentialPolicy() const { return m_credentials; }

    using RawCallback = std::function<void(const RawResponse&)>;
    void send(const RawRequest& request, QObject* context, RawCallback callback);

    // Unauthenticated POST to the EWS URL: TLS chain and the WWW-Authenticate schemes of the first
    // 401. Over a plain QSslSocket (QNetworkAccessManager would start its own NTLM handshake and
    // hide the first challenge); over the injected manager when tests set managerFactory.
    void probe(QObject* context, std::function<void(const EwsResult<ProbeInfo>&)> cb);
    void getCalendarFolder(const RequestTarget& target, QObject* context,
                           std::function<void(const EwsResult<FolderInfo>&)> cb);
    void findCalendarItems(const RequestTarget& target, const QDateTime& start, const QDateTime& end,
                           int maxEntries, QObject* context,
                           std::function<void(const EwsResult<CalendarView>&)> cb);
    void getItems(const RequestTarget& target, const QList<ItemId>& ids, QObject* context,
                  std::function<void(const EwsResult<GetItemResult>&)> cb);
    void resolveNames(const QString& entry, QObject* context,
                      std::function<void(const EwsResult<QList<ResolvedMailbox>>&)> cb);

    // Aborts everything in flight, queued or waiting; their callbacks get ErrorKind::Cancelled.
    void cancelAll();
    bool isIdle() const;

    // HTTP-level classification shared by the typed operations and Autodiscover.
    static EwsError httpError(const RawResponse& r);

Q_SIGNALS:
    void throttled(int waitMs, const QString& reason, qint64 totalBackoffMs);
    void concurrencyChanged(int k);
    void requestFinished(); // after every completed request (progress)

private:
    struct Pending;
    using PendingPtr = std::shared_ptr<Pending>;
    void pump();
    void start(const PendingPtr& p);
    bool learnChallengeFirst(const PendingPtr& p);
    static EwsError transportErrorOf(const net::ProbeOutcome& o);
    void onFinished(QNetworkReply* reply);
    void onAuthenticationRequired(QNetworkReply* reply, QAuthenticator* auth);
    RawResponse responseOf(const Pending& p, QNetworkReply* reply) const;
    bool resendWithCredentials(const PendingPtr& p, const RawResponse& r);
    bool retryIfAllowed(const PendingPtr& p, RawResponse& r);
    void complete(const PendingPtr& p, RawResponse r);
    void retryLater(const PendingPtr& p, int waitMs, const QString& reason);
    bool buildRequest(const Pending& p, QNetworkRequest* out, QString* refusal) const;
    void probeWithSocket(QObject* context, std::function<void(const EwsResult<ProbeInfo>&)> cb);

    EwsClientConfig m_config;
    net::ManagerPool* m_pool = nullptr;
    net::RetryPolicy m_retry;
    net::CredentialPolicy m_credentials;
    QSslConfiguration m_tls;
    int m_k = 1;
    std::deque<PendingPtr> m_queue;
    QHash<QNetworkReply*, PendingPtr> m_inFlight;
    QHash<quint64, std::function<void()>> m_probes; // probe id -> cancel
    QList<PendingPtr> m_waiting;                    // backing off
    QHash<QString, QList<PendingPtr>> m_learning;   // host key -> waiting for its challenge probe
    QTimer* m_pauseTimer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_pausedUntil = 0;
    QByteArray m_basicHeader; // built once; attached only where m_credentials.sendBasic()
    EwsStats m_stats;
    quint64 m_nextId = 1;
};

} // namespace otj::ews
