#include "core/net/HttpProbe.h"

#include "core/net/HttpTransport.h"
#include "core/util/BlockingWork.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSslSocket>

#include <atomic>
#include <memory>

namespace otj::net {

namespace {
constexpr qsizetype MaxHeaderBytes = 64 * 1024;

struct ProbeState
{
    ProbeOutcome outcome; // written by the worker before it finishes, read after QThread::finished
    std::atomic<bool> cancelled{false};
    bool delivered = false;
};

void runProbe(ProbeState* st, const ProbeRequest& req, const QSslConfiguration& tls)
{
    ProbeOutcome& out = st->outcome;
    QElapsedTimer timer;
    timer.start();
    QSslSocket socket;
    socket.setSslConfiguration(tls);
    socket.setPeerVerifyName(req.url.host());
    QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [&](const QList<QSslError>& errors) {
        out.sslErrors = errors; // recorded, never ignored
        out.chain = socket.peerCertificateChain();
    });
    auto remaining = [&] {
        return int(std::max<qint64>(0, req.timeoutMs - timer.elapsed()));
    };
    auto waitSlice = [&](auto&& waitFn) {
        while (!st->cancelled && !blockingWorkShouldStop() && remaining() > 0) {
            if (waitFn(std::min(remaining(), 100)))
                return true;
            if (socket.state() == QAbstractSocket::UnconnectedState)
                return false;
        }
        return false;
    };
    socket.connectToHostEncrypted(req.url.host(), quint16(req.url.port(443)));
    if (!waitSlice([&](int ms) { return socket.waitForEncrypted(ms); })) {
        using F = ProbeOutcome::Failure;
        if (st->cancelled) {
            out.failure = F::Cancelled;
        } else if (!out.sslErrors.isEmpty()) {
            out.failure = F::TlsUntrusted;
            QStringList msgs;
            for (const QSslError& x : std::as_const(out.sslErrors))
                msgs << x.errorString();
            msgs.removeDuplicates();
            out.detail = msgs.join(QStringLiteral("; "));
        } else if (remaining() <= 0) {
            out.failure = F::Timeout;
            out.detail = QStringLiteral("%1 ms").arg(req.timeoutMs);
        } else {
            out.failure = socket.error() == QAbstractSocket::SslHandshakeFailedError ? F::TlsFailed
                                                                                     : F::ConnectionFailed;
            out.detail = socket.errorString();
        }
        out.latencyMs = timer.elapsed();
        return;
    }
    out.chain = socket.peerCertificateChain();
    QByteArray path = req.url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    QByteArray host = req.url.host(QUrl::FullyEncoded).toLatin1();
    if (req.url.port() > 0)
        host += ':' + QByteArray::number(req.url.port());
    socket.write(req.method + ' ' + path + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: " + req.userAgent +
                 "\r\nContent-Type: " + req.contentType + "\r\nclient-request-id: " + req.requestId +
                 "\r\nContent-Length: " + QByteArray::number(req.body.size()) +
                 "\r\nConnection: close\r\n\r\n" + req.body);
    QByteArray data;
    qsizetype end = -1;
    while (end < 0 && !st->cancelled && remaining() > 0) {
        if (!socket.bytesAvailable() && !waitSlice([&](int ms) { return socket.waitForReadyRead(ms); }))
            break;
        data += socket.readAll();
        end = data.indexOf("\r\n\r\n");
        if (data.size() > MaxHeaderBytes)
            break;
    }
    out.latencyMs = timer.elapsed();
    if (end < 0) {
        using F = ProbeOutcome::Failure;
        out.failure = st->cancelled                  ? F::Cancelled
                      : remaining() <= 0             ? F::Timeout
                      : data.size() > MaxHeaderBytes ? F::HeaderTooLarge
                                                     : F::ConnectionFailed;
        out.detail = socket.errorString();
        return;
    }
    const QList<QByteArray> lines = data.left(end).split('\n');
    out.httpStatus = lines.value(0).trimmed().split(' ').value(1).toInt();
    for (const QByteArray& l : lines) {
        const qsizetype colon = l.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = l.left(colon).trimmed();
        if (name.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0)
            out.wwwAuthenticate << l.mid(colon + 1).trimmed();
        else if (name.compare("Location", Qt::CaseInsensitive) == 0 && out.httpStatus >= 300 &&
                 out.httpStatus < 400)
            out.location = QUrl(QString::fromLatin1(l.mid(colon + 1).trimmed()));
    }
    socket.disconnectFromHost();
}
} // namespace

std::function<void()> probeHttps(const ProbeRequest& request, const QSslConfiguration& tls, QObject* context,
                                 std::function<void(const ProbeOutcome&)> done)
{
    for (const QByteArray& value :
         {request.method, request.contentType, request.userAgent, request.requestId}) {
        if (!isSafeHeaderValue(value)) {
            ProbeOutcome refused;
            refused.failure = ProbeOutcome::Failure::UnsafeRequest;
            refused.detail = QStringLiteral("a header value would contain a line break");
            QMetaObject::invokeMethod(
                context, [done, refused] { done(refused); }, Qt::QueuedConnection);
            return [] {
            };
        }
    }
    auto st = std::make_shared<ProbeState>();
    QPointer<QObject> ctx(context);
    auto deliver = [st, ctx, done] {
        if (st->delivered)
            return;
        st->delivered = true;
        if (st->cancelled) {
            ProbeOutcome cancelled;
            cancelled.failure = ProbeOutcome::Failure::Cancelled;
            if (ctx)
                done(cancelled);
            return;
        }
        if (ctx)
            done(st->outcome);
    };
    startBlockingWork(
        context, [st, request, tls] { runProbe(st.get(), request, tls); }, deliver);
    return [st, deliver] {
        st->cancelled = true;
        deliver();
    };
}

void verifyWithSystemCasAsync(const QList<QSslCertificate>& chain, const QString& host, QObject* context,
                              std::function<void(bool trusted)> cb)
{
    auto trusted = std::make_shared<bool>(false);
    startBlockingWork(
        context, [chain, host, trusted] { *trusted = QSslCertificate::verify(chain, host).isEmpty(); },
        [trusted, cb] { cb(*trusted); });
}

} // namespace otj::net
