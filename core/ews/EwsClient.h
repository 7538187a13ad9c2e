// The EWS client: one instance per account (the limiter is per account). Async, callback based,
// every callback runs on the caller's thread and only while its context object is alive.
//
// Concurrency: Qt 6.4 opens at most 6 connections per host and QNetworkAccessManager, so the
// client spreads requests over ceil(k / 6) managers (least busy first). k is capped at
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
// Security: credentials only over https:// to a certificate that verified (system CAs plus the
// profile's custom CA; TLS errors are reported with the chain, never ignored); redirects are
// never followed; QAuthenticator is answered once per attempt — a second challenge means the
// credentials were rejected. Basic is sent pre-emptively (so the chosen method is what is used);
// NTLM goes through QAuthenticator and is not answered when the server does not offer it.
#pragma once

#include "core/ews/EwsError.h"
#include "core/ews/EwsResponse.h"
#include "core/ews/EwsXml.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
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

enum class AuthMethod { Basic, Ntlm };

struct EwsClientConfig
{
    static constexpr int DefaultConcurrency = 4;
    static constexpr int MaxConcurrency = 24;
    static constexpr int ConnectionsPerManager = 6; // Qt 6.4's per-host limit per manager

    QUrl ewsUrl;
    QString username; // UPN or DOMAIN\user
    QString password; // never logged; registered with the Redactor by the client
    AuthMethod authMethod = AuthMethod::Basic;
    QList<QSslCertificate> extraCaCertificates; // the profile's custom CA
    int concurrency = DefaultConcurrency;       // k, clamped to [1, MaxConcurrency]
    int transferTimeoutMs = 30000;
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    int minBackoffMs = 500;   // our own minimum: servers often send BackOffMilliseconds 0
    int maxBackoffMs = 30000; // one wait never exceeds this
    int maxRetries = 5;
    int totalWaitCapMs = 120000; // per request
    QString userAgent;           // empty: "OTJExchangeSetup/<version>"
    // Tests inject a fake manager (override createRequest). Default: a plain QNetworkAccessManager.
    std::function<QNetworkAccessManager*(QObject* parent)> managerFactory;
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

// Whether `chain` verifies for `host` against the system CAs alone (without the profile's custom
// CA). On a worker thread: loading the whole system store takes 100-300 ms. `cb` runs on the
// caller's thread while `context` lives.
void verifyWithSystemCasAsync(const QList<QSslCertificate>& chain, const QString& host, QObject* context,
                              std::function<void(bool trusted)> cb);

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

QList<CertificateInfo> describeChain(const QList<QSslCertificate>& chain, const QList<QSslError>& errors);
QString certificateFingerprint(const QSslCertificate& cert);

class EwsClient : public QObject
{
    Q_OBJECT
public:
    explicit EwsClient(const EwsClientConfig& config, QObject* parent = nullptr);
    ~EwsClient() override;

    const EwsClientConfig& config() const { return m_config; }
    void setEwsUrl(const QUrl& url) { m_config.ewsUrl = url; } // after Autodiscover
    int concurrency() const { return m_k; }
    EwsStats stats() const;
    // Auth schemes seen on an unauthenticated probe; used to refuse answering NTLM when not offered.
    void setOfferedSchemes(const QStringList& schemes) { m_offeredSchemes = schemes; }

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
    void onFinished(QNetworkReply* reply);
    void onAuthenticationRequired(QNetworkReply* reply, QAuthenticator* auth);
    void complete(const PendingPtr& p, RawResponse r);
    void retryLater(const PendingPtr& p, int waitMs, const QString& reason);
    QNetworkRequest buildRequest(const Pending& p) const;
    QSslConfiguration sslConfiguration() const;
    void probeWithSocket(QObject* context, std::function<void(const EwsResult<ProbeInfo>&)> cb);

    EwsClientConfig m_config;
    QList<QNetworkAccessManager*> m_managers;
    QList<int> m_managerLoad;
    int m_k = 1;
    std::deque<PendingPtr> m_queue;
    QHash<QNetworkReply*, PendingPtr> m_inFlight;
    QHash<QObject*, std::function<void()>> m_probes; // socket -> cancel
    QList<PendingPtr> m_waiting;                     // backing off
    QTimer* m_pauseTimer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_pausedUntil = 0;
    QStringList m_offeredSchemes;
    QByteArray m_basicHeader;
    EwsStats m_stats;
    quint64 m_nextId = 1;
};

} // namespace otj::ews
