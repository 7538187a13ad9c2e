// Test helper: an HTTPS client that trusts ONLY the lab CA (never ignoreSslErrors), and SOAP builders.
#pragma once

#include <QAuthenticator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace labtest {

struct Resp
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    QList<QSslError> sslErrors;
    qint64 elapsedMs = 0;
    QList<QByteArray> headerValues(const QByteArray& name) const
    {
        QList<QByteArray> out;
        for (const auto& h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                out << h.second;
        return out;
    }
};

class Client
{
public:
    explicit Client(const QByteArray& caPem)
    {
        conf = QSslConfiguration::defaultConfiguration();
        conf.setCaCertificates(QSslCertificate::fromData(caPem));
    }
    QNetworkAccessManager nam;
    QSslConfiguration conf;
    std::function<void(QNetworkReply*, QAuthenticator*)> onAuth;

    Resp request(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
                 const QList<QPair<QByteArray, QByteArray>>& headers = {}, int timeoutMs = 15000)
    {
        QNetworkRequest req(url);
        req.setSslConfiguration(conf);
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/xml; charset=utf-8"));
        for (const auto& h : headers)
            req.setRawHeader(h.first, h.second);
        QElapsedTimer t;
        t.start();
        QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
        Resp r;
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [&r](const QList<QSslError>& e) { r.sslErrors += e; });
        QMetaObject::Connection authConn;
        authConn = QObject::connect(&nam, &QNetworkAccessManager::authenticationRequired, reply,
                                    [this](QNetworkReply* rep, QAuthenticator* a) {
                                        if (onAuth)
                                            onAuth(rep, a);
                                    });
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        QObject::disconnect(authConn);
        r.elapsedMs = t.elapsed();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.error = reply->isFinished() ? reply->error() : QNetworkReply::TimeoutError;
        r.headers = reply->rawHeaderPairs();
        reply->abort();
        reply->deleteLater();
        return r;
    }
    Resp post(const QUrl& url, const QByteArray& body,
              const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        return request("POST", url, body, headers);
    }
};

// One request on a fresh TLS connection, without QNetworkAccessManager's automatic authentication
// (it answers an NTLM offer by itself), so the test sees exactly what the server sent.
struct RawResp
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QList<QByteArray> headerValues(const QByteArray& name) const
    {
        QList<QByteArray> out;
        for (const auto& h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                out << h.second;
        return out;
    }
};

inline RawResp raw(quint16 port, const QByteArray& caPem, const QByteArray& method, const QByteArray& path,
                   const QList<QPair<QByteArray, QByteArray>>& headers = {}, const QByteArray& body = {})
{
    QSslSocket s;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setCaCertificates(QSslCertificate::fromData(caPem));
    s.setSslConfiguration(conf);
    s.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    QByteArray req = method + ' ' + path +
                     " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + QByteArray::number(body.size()) +
                     "\r\n";
    for (const auto& h : headers)
        req += h.first + ": " + h.second + "\r\n";
    s.write(req + "\r\n" + body);
    QByteArray got;
    RawResp r;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000) {
        QTest::qWait(5);
        got += s.readAll();
        const qsizetype end = got.indexOf("\r\n\r\n");
        if (end < 0)
            continue;
        const QList<QByteArray> lines = got.left(end).split('\n');
        r.status = lines.value(0).split(' ').value(1).toInt();
        r.headers.clear();
        qsizetype len = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray l = lines[i].trimmed();
            const qsizetype c = l.indexOf(':');
            r.headers.append({l.left(c).trimmed(), l.mid(c + 1).trimmed()});
            if (l.left(c).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0)
                len = l.mid(c + 1).trimmed().toLongLong();
        }
        if (got.size() >= end + 4 + len) {
            r.body = got.mid(end + 4, len);
            return r;
        }
    }
    r.status = -1;
    return r;
}

inline QByteArray basic(const QString& user, const QString& password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

inline QByteArray soap(const QByteArray& body, const QByteArray& impersonate = {},
                       const QByteArray& version = "Exchange2013_SP1")
{
    QByteArray header = "<t:RequestServerVersion Version=\"" + version + "\"/>";
    if (!impersonate.isEmpty())
        header += "<t:ExchangeImpersonation><t:ConnectingSID><t:SmtpAddress>" + impersonate +
                  "</t:SmtpAddress></t:ConnectingSID></t:ExchangeImpersonation>";
    // Deliberately unusual prefixes: the lab must match on namespace URIs.
    QByteArray b = body;
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
           "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" "
           "xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\" "
           "xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\">"
           "<soap:Header>" +
           header + "</soap:Header><soap:Body>" + b + "</soap:Body></soap:Envelope>";
}

inline QByteArray getFolderCalendar(const QByteArray& mailbox = {})
{
    QByteArray fid = mailbox.isEmpty()
                         ? QByteArray("<t:DistinguishedFolderId Id=\"calendar\"/>")
                         : "<t:DistinguishedFolderId Id=\"calendar\"><t:Mailbox><t:EmailAddress>" + mailbox +
                               "</t:EmailAddress></t:Mailbox></t:DistinguishedFolderId>";
    return "<m:GetFolder><m:FolderShape><t:BaseShape>Default</t:BaseShape></m:FolderShape><m:FolderIds>" +
           fid + "</m:FolderIds></m:GetFolder>";
}

inline QByteArray findItem(const QDateTime& start, const QDateTime& end, int max = 0,
                           const QByteArray& extraFields = {})
{
    return "<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape>"
           "<t:AdditionalProperties><t:FieldURI FieldURI=\"item:Subject\"/><t:FieldURI "
           "FieldURI=\"calendar:Start\"/>"
           "<t:FieldURI FieldURI=\"calendar:End\"/><t:FieldURI FieldURI=\"calendar:Organizer\"/>"
           "<t:FieldURI FieldURI=\"item:DateTimeCreated\"/>" +
           extraFields + "</t:AdditionalProperties></m:ItemShape><m:CalendarView " +
           (max > 0 ? "MaxEntriesReturned=\"" + QByteArray::number(max) + "\" " : QByteArray()) +
           "StartDate=\"" + start.toUTC().toString(Qt::ISODate).toLatin1() + "\" EndDate=\"" +
           end.toUTC().toString(Qt::ISODate).toLatin1() +
           "\"/><m:ParentFolderIds><t:DistinguishedFolderId "
           "Id=\"calendar\"/></m:ParentFolderIds></m:FindItem>";
}

inline QByteArray getItem(const QList<QByteArray>& ids, const QByteArray& bodyType = "Text")
{
    QByteArray idXml;
    for (const auto& id : ids)
        idXml += "<t:ItemId Id=\"" + id + "\"/>";
    return "<m:GetItem><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape><t:BodyType>" + bodyType +
           "</t:BodyType><t:AdditionalProperties><t:FieldURI FieldURI=\"item:Subject\"/>"
           "<t:FieldURI FieldURI=\"item:Body\"/><t:FieldURI FieldURI=\"item:DateTimeCreated\"/>"
           "</t:AdditionalProperties></m:ItemShape><m:ItemIds>" +
           idXml + "</m:ItemIds></m:GetItem>";
}

} // namespace labtest
