// otj-lab's HTTPS server: a small keep-alive HTTP/1.1 server over QSslServer (README.md explains
// why not QtHttpServer: NTLM authenticates a connection, and faults need mid-response drops).
// Single-threaded; every delay is a QTimer, never a sleeping thread.
#pragma once

#include "autodiscover/AutodiscoverService.h"
#include "ews/EwsService.h"
#include "faults/Faults.h"
#include "http/LabHttp.h"
#include "org/LabOrg.h"
#include "pexip/PexipApi.h"
#include "pexip/PexipStore.h"
#include "powershell/LabCmdlets.h"
#include "server/ConcurrencyBudget.h"
#include "tls/LabTls.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QSslServer;
class QSslSocket;

namespace otjlab {

class SchemaValidator;

struct LabMetrics
{
    qint64 requestsTotal = 0;
    QMap<QString, qint64>
        requestsPerOperation;      // EWS operation, "Autodiscover.POX", "Autodiscover.SOAP", "Pexip"
    ConcurrencyBudget concurrency; // in-flight EWS requests per account, and the peaks
    qint64 throttled = 0;
    qint64 requestsWithoutAnchorMailbox = 0;     // EWS requests without X-AnchorMailbox
    qint64 impersonatedWithoutAnchorMailbox = 0; // ... of which carried ExchangeImpersonation
    qint64 schemaInvalid = 0;
    qint64 unauthorized = 0;
    qint64 dropped = 0;
    qint64 injected500 = 0;
    qint64 injected503 = 0;
    QMap<int, qint64> statusCounts;

    QJsonObject toJson() const;
};

// The PowerShell route's latency model and counters (`--shell-latency`, GET /lab/powershell/stats):
// a request line of `otj-lab shell` (one bridge round trip) costs rttMs once, each cmdlet cmdletMs.
struct ShellStats
{
    qint64 requests = 0;             // request lines (round trips) that reached the route
    qint64 cmdlets = 0;              // cmdlets run (POSTs with a command)
    qint64 sessions = 0;             // hellos (GET of the session)
    QMap<QString, qint64> perVerb;   // "Get", "Set", "New", ...
    QMap<QString, qint64> perCmdlet; // "Get-CalendarProcessing", ...
    QJsonObject toJson() const;
};

class LabServer : public QObject
{
    Q_OBJECT
public:
    LabServer(LabOrg org, LabPki pki, QObject* parent = nullptr);
    ~LabServer() override;

    bool listen(quint16 port, QString* error = nullptr);
    quint16 port() const;
    QString baseUrl() const; // https://127.0.0.1:<port>
    QString ewsUrl() const { return baseUrl() + QStringLiteral("/EWS/Exchange.asmx"); }
    QString autodiscoverUrl() const { return baseUrl() + QStringLiteral("/autodiscover/autodiscover.svc"); }
    QString pexipUrl() const { return baseUrl() + QStringLiteral("/api/admin/"); }
    QString adminUrl() const { return baseUrl() + QStringLiteral("/lab/"); }
    QString adminToken() const { return m_adminToken; }
    const LabPki& pki() const { return m_pki; }

    qint64 idleTimeoutMs = 120000; // keep-alive connections idle this long are closed

    LabOrg& org() { return m_org; }
    EwsService& ews() { return m_ews; }
    LabMetrics& metrics() { return m_metrics; }
    FaultConfig& faults() { return m_faults; }
    void applyFaults(const FaultConfig& f);
    void setRbacDelaySeconds(int s) { m_ews.setRbacDelaySeconds(s); }
    void setShellLatency(int rttMs, int cmdletMs)
    {
        m_shellRttMs = rttMs;
        m_shellCmdletMs = cmdletMs;
    }
    // "RTT_MS[:CMDLET_MS]"; false when it does not parse.
    bool setShellLatency(const QString& spec);
    ShellStats& shellStats() { return m_shellStats; }
    bool setSchemaDir(const QString& dir, QString* error);
    // Reference time of the org (tests may shift it). Defaults to the wall clock.
    std::function<QDateTime()> clock = [] {
        return QDateTime::currentDateTimeUtc();
    };

    // Persistence: the org (and Pexip state) are written atomically to this file after changes.
    void setStateFile(const QString& path) { m_stateFile = path; }
    bool saveState(QString* error = nullptr);
    // The Pexip Management Node (tests/lab/pexip). Seeded at listen() unless state was loaded.
    PexipStore& pexipStore() { return m_pexipStore; }
    bool loadPexipState(const QJsonObject& state, QString* error);

    // The /lab/ routes (also callable without sockets).
    LabHttpResponse handleAdmin(const LabHttpRequest& req);
    // /lab/powershell: the Exchange cmdlets with the admin's Basic credentials (LabPowerShell.cpp).
    LabHttpResponse handlePowerShell(const LabHttpRequest& req);
    LabCmdlets& cmdlets() { return m_cmdlets; }

private:
    struct Conn;
    void onNewConnection();
    void onReadyRead(quint64 id);
    void processNext(quint64 id);
    void dispatch(quint64 id, LabHttpRequest req);
    // Returns the authenticated account or nullptr with *challenge set to the 401 to send.
    const Recipient* authenticate(Conn* c, const LabHttpRequest& req, bool autodiscover,
                                  LabHttpResponse* challenge);
    LabHttpResponse unauthorized(bool autodiscover) const;
    void send(quint64 id, LabHttpResponse r, int delayMs, bool allowFaults, std::function<void()> done = {});
    void writeResponse(quint64 id, const LabHttpResponse& r, bool allowFaults, std::function<void()> done);
    void finished(quint64 id, bool close);
    void scheduleSave();
    void updateCertificate();
    int delayMs();
    bool roll(int percent);

    LabOrg m_org;
    LabPki m_pki;
    EwsService m_ews;
    AutodiscoverService m_autodiscover;
    LabCmdlets m_cmdlets;
    std::unique_ptr<SchemaValidator> m_validator;
    PexipStore m_pexipStore;
    std::unique_ptr<PexipApi> m_pexipApi;
    bool m_pexipLoaded = false;
    LabMetrics m_metrics;
    ShellStats m_shellStats;
    struct ShellFault
    {
        QString cmdlet; // empty: none
        int skip = 0;   // matching commands that still succeed first
    } m_shellFault;
    int m_shellRttMs = 0;
    int m_shellCmdletMs = 0;
    FaultConfig m_faults;
    QString m_adminToken;
    QString m_stateFile;
    bool m_savePending = false;
    QElapsedTimer m_clock;
    QSslServer* m_server = nullptr;
    QHash<quint64, Conn*> m_conns;
    quint64 m_nextConn = 1;
    quint64 m_throttleCounter = 0;
    // The last kMaxCaptured EWS request bodies (GET /lab/requests), for batched schema checks.
    static constexpr int kMaxCaptured = 5000;
    QList<QPair<QString, QByteArray>> m_captured;
    qint64 m_capturedDropped = 0;
};

} // namespace otjlab
