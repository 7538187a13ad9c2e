// The Pexip Infinity management API client on the shared network layer (core/net): HTTPS with the
// Management Node's own trust entry (profile.trust.pexip, never Exchange's), HTTP Basic (the API's
// authentication for the web admin or an API account), redirects never followed (Django answers a
// path without its trailing slash with a 301 that would turn a POST into a GET), the body cap and
// transfer timeout of net::guardReply, and net::RetryPolicy for 429 (Retry-After honoured) and 503.
//
// A write that may have reached the server is never sent twice by this layer: a POST whose answer
// is lost (timeout, dropped connection) ends with ConnectionDropped/Timeout, and the resource layer
// (PexipResource::create) re-reads the object by its name before deciding anything. GET, PATCH,
// PUT and DELETE are idempotent and are retried after a dropped connection as well.
//
// Async and callback based; callbacks run on the caller's thread while their context lives.
// cancelAll() ends every request and wait at once (callbacks get Cancelled).
#pragma once

#include "core/net/HttpTransport.h"
#include "core/net/RetryPolicy.h"
#include "core/pexip/PexipError.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>

namespace otj {
struct SetupProfile;
}

namespace otj::pexip {

struct PexipClientConfig
{
    QUrl baseUrl;                      // https://<management node>[:port]; paths start at /api/admin/
    QString username;                  // the web admin (default "admin") or an API account
    QString password;                  // never logged; registered with the Redactor by the client
    QList<QSslCertificate> trustedCas; // the profile's Pexip trust entry (besides the system CAs)
    int transferTimeoutMs = 30000;
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    int pageSize = 100; // list requests ask for this many objects a page (Tastypie's max is 1000)
    net::RetryPolicy::Limits retryLimits;
    QString userAgent;                  // empty: "OTJExchangeSetup/<version>"
    net::ManagerFactory managerFactory; // tests

    // From the profile: https://<pexip.managementNode>, the admin user, trust.pexip's CAs.
    static PexipClientConfig fromProfile(const SetupProfile& profile, const QString& password);
};

struct PexipRequest
{
    QByteArray method = "GET";
    QString path; // "/api/admin/configuration/v1/<resource>/[<id>/]" (+ "?query"): trailing slash required
    std::optional<QJsonObject> body; // sent as application/json
};

struct PexipResponse
{
    PexipError error;
    int httpStatus = 0;
    QByteArray body;
    QString location; // 201's Location header
    qint64 latencyMs = 0;
    int attempts = 0;
    bool ok() const { return error.ok(); }
};

struct PexipStats
{
    qint64 requestsSent = 0; // retries included
    qint64 retries = 0;
    qint64 totalBackoffMs = 0;
};

class PexipClient : public QObject
{
    Q_OBJECT
public:
    explicit PexipClient(const PexipClientConfig& config, QObject* parent = nullptr);
    ~PexipClient() override;

    const PexipClientConfig& config() const { return m_config; }
    PexipStats stats() const { return m_stats; }

    using Callback = std::function<void(const PexipResponse&)>;
    void send(const PexipRequest& request, QObject* context, Callback callback);

    void cancelAll();
    bool isIdle() const { return m_pending.isEmpty(); }

    // The HTTP status (and body) as a typed error; None for 2xx.
    static PexipError httpError(int status, const QByteArray& body, const QString& location);

Q_SIGNALS:
    // A 429/503/dropped connection: waiting `waitMs` before the next attempt.
    void throttled(int waitMs, const QString& reason);
    // cancelAll() ran: work started on this client's behalf (the EWS chain probe) stops too.
    void cancelledAll();

private:
    struct Pending;
    void attempt(const std::shared_ptr<Pending>& p);
    void finish(const std::shared_ptr<Pending>& p, PexipResponse response);

    PexipClientConfig m_config;
    net::ManagerPool* m_pool = nullptr;
    net::RetryPolicy m_retry;
    QSslConfiguration m_tls;
    QByteArray m_authorization;
    QList<std::shared_ptr<Pending>> m_pending;
    PexipStats m_stats;
};

} // namespace otj::pexip
