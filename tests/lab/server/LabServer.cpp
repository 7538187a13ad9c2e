#include "server/LabServer.h"

#include "auth/Ntlm.h"
#include "ews/SchemaValidator.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcLabHttp, "otj.lab.http")

namespace otjlab {

namespace {
constexpr int kMaxHeaderBytes = 64 * 1024;
constexpr qint64 kMaxBodyBytes = 16 * 1024 * 1024;

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Request Entity Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

LabHttpResponse textResponse(int status, const QByteArray& contentType, const QByteArray& body)
{
    LabHttpResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", contentType);
    return r;
}

QByteArray iisError(int status, const QByteArray& title)
{
    return "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">\r\n<html><head><title>" + title +
           "</title></head><body><h2>" + QByteArray::number(status) + " - " + title +
           "</h2></body></html>\r\n";
}
} // namespace

QJsonObject LabMetrics::toJson() const
{
    QJsonObject ops, peak, current, statuses;
    for (auto it = requestsPerOperation.begin(); it != requestsPerOperation.end(); ++it)
        ops.insert(it.key(), it.value());
    for (auto it = concurrency.peakAll().begin(); it != concurrency.peakAll().end(); ++it)
        peak.insert(it.key(), it.value());
    for (auto it = concurrency.currentAll().begin(); it != concurrency.currentAll().end(); ++it)
        current.insert(it.key(), it.value());
    for (auto it = statusCounts.begin(); it != statusCounts.end(); ++it)
        statuses.insert(QString::number(it.key()), it.value());
    return {
        {QStringLiteral("requestsTotal"), requestsTotal},
        {QStringLiteral("requestsPerOperation"), ops},
        {QStringLiteral("peakConcurrentPerAccount"), peak},
        {QStringLiteral("currentConcurrentPerAccount"), current},
        {QStringLiteral("throttled"), throttled},
        {QStringLiteral("requestsWithoutAnchorMailbox"), requestsWithoutAnchorMailbox},
        {QStringLiteral("impersonatedWithoutAnchorMailbox"), impersonatedWithoutAnchorMailbox},
        {QStringLiteral("schemaInvalid"), schemaInvalid},
        {QStringLiteral("unauthorized"), unauthorized},
        {QStringLiteral("dropped"), dropped},
        {QStringLiteral("injected500"), injected500},
        {QStringLiteral("injected503"), injected503},
        {QStringLiteral("statusCounts"), statuses},
    };
}

struct LabServer::Conn
{
    quint64 id = 0;
    QPointer<QSslSocket> sock;
    QByteArray buf;
    bool busy = false;
    bool closeAfter = false;
    bool continueSent = false;
    qint64 lastActivityMs = 0; // monotonic, for IIS's 120 s keep-alive timeout
    QByteArray ntlmChallenge;
    QString ntlmUser;       // smtp of the account this connection authenticated as (NTLM)
    bool pexipPort = false; // accepted on the Pexip port: only /api/admin/ is served
};

LabServer::LabServer(LabOrg org, LabPki pki, QObject* parent)
    : QObject(parent)
    , m_org(std::move(org))
    , m_pki(std::move(pki))
    , m_ews(m_org)
    , m_autodiscover(m_org)
    , m_cmdlets(m_org)
{
    QByteArray token(16, '\0');
    for (auto& ch : token)
        ch = char(QRandomGenerator::system()->bounded(256));
    m_adminToken = QString::fromLatin1(token.toHex());
    m_pexipApi =
        std::make_unique<PexipApi>(m_pexipStore, [this](const QString& user, const QString& password) {
            return user == m_org.pexipAdminUser && password == m_org.pexipAdminPassword;
        });
    m_pexipApi->setChangedCallback([this] { scheduleSave(); });
}

bool LabServer::loadPexipState(const QJsonObject& state, QString* error)
{
    if (!m_pexipStore.fromJson(state, error))
        return false;
    m_pexipLoaded = true;
    return true;
}

LabServer::~LabServer()
{
    const auto conns = std::exchange(m_conns, {});
    for (Conn* c : conns) {
        if (c->sock) {
            c->sock->disconnect(this);
            c->sock->abort();
        }
        delete c;
    }
}

bool LabServer::setSchemaDir(const QString& dir, QString* error)
{
    auto v = std::make_unique<SchemaValidator>(dir);
    if (!v->isValid()) {
        if (error)
            *error = v->loadError();
        return false;
    }
    m_validator = std::move(v);
    m_ews.setSchemaValidator(m_validator.get());
    return true;
}

void LabServer::updateCertificate()
{
    if (!m_server)
        return;
    auto tlsWith = [this](const QByteArray& cert) {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(QSslCertificate(cert, QSsl::Pem));
        conf.setPrivateKey(QSslKey(m_pki.serverKeyPem, QSsl::Rsa, QSsl::Pem));
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        conf.setProtocol(QSsl::TlsV1_2OrLater);
        conf.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
        return conf;
    };
    QByteArray cert = m_pki.serverCertPem;
    if (m_faults.certificate == QLatin1String("wrong-name"))
        cert = m_pki.wrongNameCertPem;
    else if (m_faults.certificate == QLatin1String("other-ca"))
        cert = m_pki.otherCaServerCertPem;
    m_server->setSslConfiguration(tlsWith(cert));
    // The Pexip port always presents the other CA's certificate (right names, other issuer).
    if (m_pexipServer)
        m_pexipServer->setSslConfiguration(tlsWith(m_pki.otherCaServerCertPem));
}

void LabServer::applyFaults(const FaultConfig& f)
{
    m_faults = f;
    updateCertificate();
}

bool LabServer::listen(quint16 port, QString* error)
{
    m_server = new QSslServer(this);
    m_server->setHandshakeTimeout(10000);
    updateCertificate();
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] { onNewConnection(m_server); });
    // cert=NAME:N: the faulty certificate serves the next N handshakes, then the good one again.
    connect(m_server, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket*) {
        if (m_faults.certificateConnections > 0 && --m_faults.certificateConnections == 0) {
            m_faults.certificate = QStringLiteral("good");
            updateCertificate();
        }
    });
    connect(m_server, &QSslServer::errorOccurred, this, [](QSslSocket*, QAbstractSocket::SocketError e) {
        qCDebug(lcLabHttp) << "TLS accept error" << e;
    });
    connect(m_server, &QSslServer::sslErrors, this,
            [](QSslSocket*, const QList<QSslError>& e) { qCDebug(lcLabHttp) << "TLS errors" << e; });
    // Idle keep-alive connections are closed after 120 s, as IIS does (connectionTimeout).
    m_clock.start();
    auto* sweep = new QTimer(this);
    sweep->setInterval(5000);
    connect(sweep, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.elapsed();
        // Collect first: disconnectFromHost() may emit disconnected() (which edits m_conns) at once.
        QList<QPointer<QSslSocket>> idle;
        for (Conn* c : std::as_const(m_conns))
            if (c->sock && !c->busy && c->buf.isEmpty() && now - c->lastActivityMs > idleTimeoutMs)
                idle << c->sock;
        for (const auto& s : idle)
            if (s)
                s->disconnectFromHost();
    });
    sweep->start();
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = m_server->errorString();
        return false;
    }
    m_autodiscover.setUrls(ewsUrl(), baseUrl());
    if (!m_pexipLoaded) {
        QString vmr;
        for (const auto& r : m_org.recipients)
            if (r.role == QLatin1String("vmr-scheduling"))
                vmr = r.smtp;
        m_pexipStore.seedDefaults(vmr, ewsUrl());
        m_pexipLoaded = true;
    }
    return true;
}

quint16 LabServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

bool LabServer::listenPexip(quint16 port, QString* error)
{
    m_pexipServer = new QSslServer(this);
    m_pexipServer->setHandshakeTimeout(10000);
    updateCertificate();
    connect(m_pexipServer, &QTcpServer::pendingConnectionAvailable, this,
            [this] { onNewConnection(m_pexipServer); });
    if (!m_pexipServer->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = m_pexipServer->errorString();
        return false;
    }
    return true;
}

quint16 LabServer::pexipPort() const
{
    return m_pexipServer ? m_pexipServer->serverPort() : 0;
}

QString LabServer::pexipUrl() const
{
    if (pexipPort() == 0)
        return baseUrl() + QStringLiteral("/api/admin/");
    return QStringLiteral("https://127.0.0.1:%1/api/admin/").arg(pexipPort());
}

QString LabServer::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(port());
}

void LabServer::onNewConnection(QSslServer* server)
{
    while (server->hasPendingConnections()) {
        auto* sock = qobject_cast<QSslSocket*>(server->nextPendingConnection());
        if (!sock)
            continue;
        auto* c = new Conn;
        c->id = m_nextConn++;
        c->sock = sock;
        c->pexipPort = server == m_pexipServer;
        c->lastActivityMs = m_clock.elapsed();
        m_conns.insert(c->id, c);
        const quint64 id = c->id;
        connect(sock, &QIODevice::readyRead, this, [this, id] { onReadyRead(id); });
        connect(sock, &QAbstractSocket::disconnected, this, [this, id] {
            Conn* c = m_conns.take(id);
            if (c) {
                if (c->sock)
                    c->sock->deleteLater();
                delete c;
            }
        });
        if (sock->bytesAvailable())
            onReadyRead(id);
    }
}

void LabServer::onReadyRead(quint64 id)
{
    Conn* c = m_conns.value(id);
    if (!c || !c->sock)
        return;
    c->buf += c->sock->readAll();
    c->lastActivityMs = m_clock.elapsed();
    processNext(id);
}

void LabServer::processNext(quint64 id)
{
    Conn* c = m_conns.value(id);
    if (!c || c->busy || !c->sock)
        return;
    const qsizetype headerEnd = c->buf.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (c->buf.size() > kMaxHeaderBytes) {
            c->busy = true;
            c->closeAfter = true;
            send(id, textResponse(431, "text/html", iisError(431, "Request Header Fields Too Large")), 0,
                 false);
        }
        return;
    }
    LabHttpRequest req;
    req.connectionId = id;
    const QList<QByteArray> lines = c->buf.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        c->busy = true;
        c->closeAfter = true;
        send(id, textResponse(400, "text/html", iisError(400, "Bad Request")), 0, false);
        return;
    }
    req.method = requestLine[0];
    const QByteArray target = requestLine[1];
    const qsizetype q = target.indexOf('?');
    req.path = QByteArray::fromPercentEncoding(q < 0 ? target : target.left(q));
    if (q >= 0)
        req.query = QUrlQuery(QString::fromUtf8(target.mid(q + 1)));
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            req.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const QByteArray te = req.header("Transfer-Encoding").toLower();
    const bool chunked = te.contains("chunked");
    bool lenOk = true;
    const QByteArray lenHeader = req.header("Content-Length");
    const qint64 len = lenHeader.isEmpty() ? 0 : lenHeader.toLongLong(&lenOk);
    if ((!te.isEmpty() && !chunked) || !lenOk || len < 0 || len > kMaxBodyBytes) {
        c->busy = true;
        c->closeAfter = true;
        const bool tooBig = lenOk && len > kMaxBodyBytes;
        send(id,
             textResponse(
                 tooBig ? 413 : 501, "text/html",
                 iisError(tooBig ? 413 : 501, tooBig ? "Request Entity Too Large" : "Not Implemented")),
             0, false);
        return;
    }
    // A client that sends "Expect: 100-continue" waits for this before the body (curl does).
    auto expectContinue = [&] {
        if (!c->continueSent && req.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0) {
            c->sock->write("HTTP/1.1 100 Continue\r\n\r\n");
            c->continueSent = true;
        }
    };
    qsizetype consumed = 0;
    if (chunked) {
        qsizetype pos = headerEnd + 4;
        QByteArray body;
        bool complete = false;
        for (;;) {
            const qsizetype eol = c->buf.indexOf("\r\n", pos);
            if (eol < 0)
                break;
            bool ok = false;
            const qint64 size = c->buf.mid(pos, eol - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0 || body.size() + size > kMaxBodyBytes) {
                c->busy = true;
                c->closeAfter = true;
                send(id, textResponse(400, "text/html", iisError(400, "Bad Request")), 0, false);
                return;
            }
            if (size == 0) {
                const qsizetype end = c->buf.indexOf("\r\n\r\n", eol);
                const bool noTrailer = c->buf.mid(eol, 4) == "\r\n\r\n";
                if (noTrailer || end >= 0) {
                    consumed = (noTrailer ? eol : end) + 4;
                    complete = true;
                }
                break;
            }
            if (c->buf.size() < eol + 2 + size + 2)
                break;
            body += c->buf.mid(eol + 2, size);
            pos = eol + 2 + size + 2;
        }
        if (!complete) {
            expectContinue();
            return;
        }
        req.body = body;
    } else {
        if (c->buf.size() < headerEnd + 4 + len) {
            expectContinue();
            return;
        }
        req.body = c->buf.mid(headerEnd + 4, len);
        consumed = headerEnd + 4 + len;
    }
    c->buf.remove(0, consumed);
    c->continueSent = false;
    c->busy = true;
    c->closeAfter =
        req.header("Connection").compare("close", Qt::CaseInsensitive) == 0 || requestLine[2] == "HTTP/1.0";
    dispatch(id, std::move(req));
}

bool LabServer::roll(int percent)
{
    return percent > 0 && (percent >= 100 || int(QRandomGenerator::global()->bounded(100)) < percent);
}

int LabServer::delayMs()
{
    int d = m_faults.latencyMs;
    if (m_faults.jitterMs > 0)
        d += int(QRandomGenerator::global()->bounded(m_faults.jitterMs + 1));
    return d;
}

LabHttpResponse LabServer::unauthorized(bool autodiscover) const
{
    // One response for every failure cause: IIS does not tell the client why. The vdir settings are
    // those IIS has picked up (changes through the lab's PowerShell arrive after --rbac-delay).
    const std::optional<AuthSettings> eff = m_org.effectiveAuth(clock(), m_ews.rbacDelaySeconds());
    const MailboxServer& s = eff ? eff->servers.first() : m_org.servers.first();
    LabHttpResponse r = textResponse(
        401, "text/html", iisError(401, "Unauthorized: Access is denied due to invalid credentials."));
    if (s.ewsWindowsAuthentication) {
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Negotiate")));
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("NTLM")));
    }
    if (autodiscover ? s.autodiscoverBasicAuthentication : s.ewsBasicAuthentication)
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"127.0.0.1\"")));
    return r;
}

const Recipient* LabServer::authenticate(Conn* c, const LabHttpRequest& req, bool autodiscover,
                                         LabHttpResponse* challenge)
{
    const std::optional<AuthSettings> eff = m_org.effectiveAuth(clock(), m_ews.rbacDelaySeconds());
    const AuthSettings* effective = eff ? &*eff : nullptr;
    const MailboxServer& s = eff ? eff->servers.first() : m_org.servers.first();
    const QByteArray auth = req.header("Authorization");
    *challenge = unauthorized(autodiscover);
    if (auth.isEmpty()) {
        if (!c->ntlmUser.isEmpty()) {
            const Recipient* r = m_org.find(c->ntlmUser);
            if (r && m_org.mayLogOn(*r, autodiscover, effective))
                return r;
        }
        return nullptr;
    }
    const qsizetype sp = auth.indexOf(' ');
    const QByteArray scheme = (sp < 0 ? auth : auth.left(sp)).toLower();
    const QByteArray token = sp < 0 ? QByteArray() : QByteArray::fromBase64(auth.mid(sp + 1).trimmed());
    if (scheme == "basic") {
        if (!(autodiscover ? s.autodiscoverBasicAuthentication : s.ewsBasicAuthentication))
            return nullptr;
        const qsizetype colon = token.indexOf(':');
        if (colon < 0)
            return nullptr;
        const Recipient* r = nullptr;
        if (!m_org.checkPassword(QString::fromUtf8(token.left(colon)),
                                 QString::fromUtf8(token.mid(colon + 1)), &r))
            return nullptr;
        return m_org.mayLogOn(*r, autodiscover, effective) ? r : nullptr;
    }
    if ((scheme == "ntlm" || scheme == "negotiate") && s.ewsWindowsAuthentication) {
        const int type = ntlm::messageType(token);
        if (type == 1) {
            QByteArray ch(8, '\0');
            for (auto& b : ch)
                b = char(QRandomGenerator::system()->bounded(256));
            c->ntlmChallenge = ch;
            c->ntlmUser.clear();
            const quint64 fileTime = quint64(QDateTime::currentMSecsSinceEpoch() + 11644473600000LL) * 10000;
            const QByteArray msg = ntlm::makeChallenge(ch,
                                                       {m_org.netbiosDomain, s.name, m_org.domain,
                                                        s.name.toLower() + QLatin1Char('.') + m_org.domain},
                                                       fileTime);
            LabHttpResponse r =
                textResponse(401, "text/html",
                             iisError(401, "Unauthorized: Access is denied due to invalid credentials."));
            r.headers.append(
                qMakePair(QByteArray("WWW-Authenticate"),
                          QByteArray(scheme == "ntlm" ? "NTLM " : "Negotiate ") + msg.toBase64()));
            *challenge = r;
            return nullptr;
        }
        if (type == 3 && !c->ntlmChallenge.isEmpty()) {
            const ntlm::Authenticate a = ntlm::parseAuthenticate(token);
            const QByteArray serverChallenge = c->ntlmChallenge;
            c->ntlmChallenge.clear();
            const Recipient* r = a.valid ? m_org.findLogon(a.user, a.domain) : nullptr;
            if (r && ntlm::verifyV2(a, r->password, serverChallenge) &&
                m_org.mayLogOn(*r, autodiscover, effective)) {
                c->ntlmUser = r->smtp;
                return r;
            }
        }
    }
    return nullptr;
}

void LabServer::dispatch(quint64 id, LabHttpRequest req)
{
    Conn* c = m_conns.value(id);
    ++m_metrics.requestsTotal;
    const QByteArray pathLower = req.path.toLower();
    if (c && c->pexipPort && !pathLower.startsWith("/api/admin/")) {
        send(id, textResponse(404, "text/html", "Not Found"), 0, false);
        return;
    }
    if (pathLower == "/lab/powershell" || pathLower == "/lab/powershell/") {
        // The latency model: a round trip once per request line (its first command), then the cmdlet.
        // The modelled time includes the lab's own work on the cmdlet (as a real server's would).
        int delay = 0;
        if (req.method == "POST")
            delay = m_shellCmdletMs + (req.header("X-OtjLab-Line-Start") == "1" ? m_shellRttMs : 0);
        else if (req.method == "GET")
            delay = m_shellRttMs;
        QElapsedTimer work;
        work.start();
        LabHttpResponse response = handlePowerShell(req);
        send(id, std::move(response), delay > 0 ? std::max(1, delay - int(work.elapsed())) : 0, false);
        return;
    }
    if (pathLower.startsWith("/lab/")) {
        send(id, handleAdmin(req), 0, false);
        return;
    }
    const bool ews = pathLower.startsWith("/ews/");
    const bool autodiscover = pathLower.startsWith("/autodiscover/");
    const bool pexip = pathLower.startsWith("/api/admin/");
    const int delay = delayMs();
    if (!ews && !autodiscover && !pexip) {
        send(id, textResponse(404, "text/html", iisError(404, "File or directory not found.")), delay, true);
        return;
    }
    if (m_faults.authStorm > 0) {
        --m_faults.authStorm;
        ++m_metrics.unauthorized;
        send(id,
             pexip ? textResponse(401, "text/html", "Authorization Required") : unauthorized(autodiscover),
             delay, true);
        return;
    }
    if (pexip) {
        ++m_metrics.requestsPerOperation[QStringLiteral("Pexip")];
        if (roll(m_faults.status503Percent)) {
            ++m_metrics.injected503;
            send(id, textResponse(503, "text/html", "Service Unavailable"), delay, true);
            return;
        }
        if (roll(m_faults.status500Percent)) {
            ++m_metrics.injected500;
            send(id, textResponse(500, "text/html", "Internal Server Error"), delay, true);
            return;
        }
        if (m_faults.pexipTooManyRequests > 0) {
            --m_faults.pexipTooManyRequests;
            LabHttpResponse r = textResponse(429, "text/html", "Too Many Requests");
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
            send(id, r, delay, true);
            return;
        }
        LabHttpResponse r = m_pexipApi->handle(req);
        if (r.status == 401)
            ++m_metrics.unauthorized;
        // pexip-lost=N: a write is carried out, then the connection is reset before any answer.
        if (m_faults.pexipLostAnswers > 0 && req.method != "GET") {
            --m_faults.pexipLostAnswers;
            ++m_metrics.dropped;
            if (c && c->sock)
                c->sock->abort();
            return;
        }
        send(id, r, delay, true);
        return;
    }
    LabHttpResponse challenge;
    const Recipient* caller = authenticate(c, req, autodiscover, &challenge);
    if (!caller) {
        ++m_metrics.unauthorized;
        send(id, challenge, delay, true);
        return;
    }
    if (roll(m_faults.status503Percent)) {
        ++m_metrics.injected503;
        send(id, textResponse(503, "text/html", iisError(503, "Service Unavailable")), delay, true);
        return;
    }
    if (roll(m_faults.status500Percent)) {
        ++m_metrics.injected500;
        send(id,
             textResponse(500, "text/html",
                          iisError(500, ews ? "Server Error in '/EWS' Application."
                                            : "Server Error in '/Autodiscover' Application.")),
             delay, true);
        return;
    }
    if (autodiscover) {
        if (req.method != "POST") {
            send(id, textResponse(405, "text/html", iisError(405, "Method Not Allowed")), delay, true);
            return;
        }
        const bool svc = pathLower.endsWith("/autodiscover.svc");
        const bool pox = pathLower.endsWith("/autodiscover.xml");
        if (!svc && !pox) {
            send(id, textResponse(404, "text/html", iisError(404, "File or directory not found.")), delay,
                 true);
            return;
        }
        ++m_metrics.requestsPerOperation[svc ? QStringLiteral("Autodiscover.SOAP")
                                             : QStringLiteral("Autodiscover.POX")];
        send(id, svc ? m_autodiscover.handleSoap(req) : m_autodiscover.handlePox(req), delay, true);
        return;
    }
    // EWS
    if (pathLower != "/ews/exchange.asmx") {
        send(id, textResponse(404, "text/html", iisError(404, "File or directory not found.")), delay, true);
        return;
    }
    if (req.method != "POST") {
        send(id, textResponse(200, "text/html", "<html><body>You have created a service.</body></html>"),
             delay, true);
        return;
    }
    const QString op = EwsService::operationOf(req.body);
    const QString opName = op == QLatin1String("GetUserAvailabilityRequest")
                               ? QStringLiteral("GetUserAvailability")
                               : (op.isEmpty() ? QStringLiteral("(invalid)") : op);
    ++m_metrics.requestsPerOperation[opName];
    if (m_captured.size() >= kMaxCaptured) {
        m_captured.removeFirst();
        ++m_capturedDropped;
    }
    m_captured.append({opName, req.body});
    const bool impersonating = req.body.contains("ExchangeImpersonation");
    if (req.header("X-AnchorMailbox").isEmpty()) {
        ++m_metrics.requestsWithoutAnchorMailbox;
        if (impersonating)
            ++m_metrics.impersonatedWithoutAnchorMailbox;
    }
    const QString account = caller->smtp;
    const int budget = m_faults.maxConcurrency.value_or(m_org.throttling.ewsMaxConcurrency);
    if (!m_metrics.concurrency.tryAcquire(account, budget)) {
        ++m_metrics.throttled;
        const quint64 n = m_throttleCounter++;
        LabHttpResponse r;
        if (m_faults.throttleMode == QLatin1String("503")) {
            r = textResponse(503, "text/html", iisError(503, "Service Unavailable"));
        } else if (m_faults.throttleMode == QLatin1String("connections")) {
            r = m_ews.errorResponse(
                opName, QStringLiteral("ErrorExceededConnectionCount"),
                QStringLiteral("You have exceeded the available concurrent connections for your account.  "
                               "Try again once your other requests have completed."));
        } else if (m_faults.throttleMode.startsWith(QLatin1String("busy"))) {
            const bool zero = m_faults.throttleMode == QLatin1String("busy0") || n % 3 == 1;
            r = EwsService::fault(
                QStringLiteral("ErrorServerBusy"),
                QStringLiteral("The server cannot service this request right now. Try again later."),
                {{QStringLiteral("BackOffMilliseconds"),
                  zero ? QStringLiteral("0") : QStringLiteral("1000")}});
        } else {
            // Exchange over EWSMaxConcurrency (the default mode): a SOAP fault naming the policy part
            // (exchange-onprem.md, Corrections), not ErrorServerBusy.
            r = EwsService::fault(
                QStringLiteral("ErrorExceededConnectionCount"),
                QStringLiteral(
                    "You have exceeded the available concurrent connections for your account.  Try "
                    "again once your other requests have completed."),
                {{QStringLiteral("Policy"), QStringLiteral("MaxConcurrency")},
                 {QStringLiteral("MaxConcurrencyLimit"), QString::number(budget)},
                 {QStringLiteral("ErrorMessage"),
                  QStringLiteral(
                      "This operation exceeds the throttling budget for policy part 'MaxConcurrency', "
                      "policy value '%1',  Budget type: 'Ews'.  Suggested backoff time 0 ms.")
                      .arg(budget)}});
        }
        send(id, r, delay, true);
        return;
    }
    EwsOutcome out = m_ews.handle(req.body, *caller, clock());
    if (out.schemaInvalid)
        ++m_metrics.schemaInvalid;
    if (out.orgChanged)
        scheduleSave();
    send(id, out.response, delay, true, [this, account] { m_metrics.concurrency.release(account); });
}

void LabServer::send(quint64 id, LabHttpResponse r, int delay, bool allowFaults, std::function<void()> done)
{
    ++m_metrics.statusCounts[r.status];
    if (delay <= 0) {
        writeResponse(id, r, allowFaults, std::move(done));
        return;
    }
    QTimer::singleShot(delay, Qt::PreciseTimer, this,
                       [this, id, r, allowFaults, done = std::move(done)]() mutable {
                           writeResponse(id, r, allowFaults, std::move(done));
                       });
}

void LabServer::writeResponse(quint64 id, const LabHttpResponse& r, bool allowFaults,
                              std::function<void()> done)
{
    Conn* c = m_conns.value(id);
    if (!c || !c->sock) {
        if (done)
            done();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reason(r.status) + "\r\n";
    bool hasType = false;
    for (const auto& h : r.headers) {
        head += h.first + ": " + h.second + "\r\n";
        hasType = hasType || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!hasType && !r.body.isEmpty())
        head += "Content-Type: text/plain\r\n";
    head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    head += "Server: Microsoft-IIS/10.0\r\nX-Powered-By: ASP.NET\r\nX-FEServer: MBX01\r\n";
    head += "Date: " +
            QLocale::c()
                .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                .toLatin1() +
            "\r\n";
    head += c->closeAfter ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";

    if (allowFaults && roll(m_faults.dropPercent)) {
        ++m_metrics.dropped;
        c->sock->write(head + r.body.left(r.body.size() / 2));
        c->sock->flush();
        QPointer<QSslSocket> s = c->sock;
        QTimer::singleShot(0, this, [s] {
            if (s)
                s->abort();
        });
        if (done)
            done();
        return;
    }
    if (allowFaults && m_faults.slowBytesPerSecond > 0) {
        const QByteArray all = head + r.body;
        const int chunk = qMax(1, m_faults.slowBytesPerSecond / 10);
        auto pos = std::make_shared<qsizetype>(0);
        auto timer = new QTimer(this);
        timer->setInterval(100);
        const bool close = c->closeAfter;
        connect(timer, &QTimer::timeout, this, [this, id, all, chunk, pos, timer, close, done]() {
            Conn* c = m_conns.value(id);
            if (!c || !c->sock) {
                timer->deleteLater();
                if (done)
                    done();
                return;
            }
            c->sock->write(all.mid(*pos, chunk));
            *pos += chunk;
            if (*pos >= all.size()) {
                timer->stop();
                timer->deleteLater();
                if (done)
                    done();
                finished(id, close);
            }
        });
        timer->start();
        return;
    }
    c->sock->write(head + r.body);
    if (done)
        done();
    finished(id, c->closeAfter);
}

void LabServer::finished(quint64 id, bool close)
{
    Conn* c = m_conns.value(id);
    if (!c || !c->sock)
        return;
    if (close) {
        c->sock->disconnectFromHost();
        return;
    }
    c->busy = false;
    c->lastActivityMs = m_clock.elapsed();
    QTimer::singleShot(0, this, [this, id] { processNext(id); });
}

void LabServer::scheduleSave()
{
    if (m_stateFile.isEmpty() || m_savePending)
        return;
    m_savePending = true;
    QTimer::singleShot(200, this, [this] {
        m_savePending = false;
        saveState();
    });
}

bool LabServer::saveState(QString* error)
{
    if (m_stateFile.isEmpty())
        return true;
    QJsonObject state{{QStringLiteral("stateVersion"), 1}, {QStringLiteral("org"), m_org.toJson()}};
    state.insert(QStringLiteral("pexip"), m_pexipStore.toJson());
    QDir().mkpath(QFileInfo(m_stateFile).absolutePath());
    QSaveFile f(m_stateFile);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    f.write(QJsonDocument(state).toJson(QJsonDocument::Compact));
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace otjlab
