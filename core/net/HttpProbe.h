// An unauthenticated HTTPS request whose answer we read ourselves: the TLS chain and the
// WWW-Authenticate schemes of the first 401. Over a plain QSslSocket, because
// QNetworkAccessManager starts an NTLM handshake by itself and hides the first challenge; on a
// worker thread, because the handshake (and loading the system CA store the first time) takes
// 100-300 ms and must not block the GUI thread.
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QUrl>

#include <functional>

class QObject;

namespace otj::net {

struct ProbeRequest
{
    QUrl url; // https only
    QByteArray method = "POST";
    QByteArray contentType = "text/xml; charset=utf-8";
    QByteArray body;
    QByteArray userAgent;
    QByteArray requestId; // sent as client-request-id
    int timeoutMs = 30000;
};

struct ProbeOutcome
{
    enum class Failure {
        None,
        Cancelled,
        TlsUntrusted,
        TlsFailed,
        Timeout,
        ConnectionFailed,
        HeaderTooLarge,
        UnsafeRequest, // a header value with CR/LF: refused, nothing sent
    };
    Failure failure = Failure::None;
    QString detail;
    int httpStatus = 0;
    QList<QByteArray> wwwAuthenticate; // raw field values
    QUrl location;                     // of a 3xx
    QList<QSslError> sslErrors;
    QList<QSslCertificate> chain;
    qint64 latencyMs = 0;
};

// Starts the probe; `done` runs on the caller's thread while `context` lives, exactly once.
// Returns a function that cancels it (the callback then runs at once with Failure::Cancelled;
// the worker stops within 100 ms).
std::function<void()> probeHttps(const ProbeRequest& request, const QSslConfiguration& tls, QObject* context,
                                 std::function<void(const ProbeOutcome&)> done);

// Verifies `chain` for `host` against the system CAs alone (without any endpoint CA), on a worker
// thread (loading the whole system store takes 100-300 ms). `cb` runs on `context`'s thread.
void verifyWithSystemCasAsync(const QList<QSslCertificate>& chain, const QString& host, QObject* context,
                              std::function<void(bool trusted)> cb);

} // namespace otj::net
