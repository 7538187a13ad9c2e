// A fake QNetworkAccessManager for EWS unit tests: createRequest() is overridden; a handler
// decides each answer; every request (URL, headers, body) is captured.
#pragma once

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <functional>

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <pugixml.hpp>

#include "core/ews/EwsXml.h"

#include "core/ews/EwsError.h"

#include <QTest>

// QCOMPARE support for the typed results.
namespace QTest {
template <>
inline char* toString(const otj::ews::CodeCategory& c)
{
    return qstrdup(QByteArray::number(int(c)).constData());
}
} // namespace QTest

struct CapturedRequest
{
    QUrl url;
    QByteArray method;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QVariant http2Allowed;
    QByteArray header(const char* name) const { return headers.value(QByteArray(name).toLower()); }
};

struct FakeAnswer
{
    FakeAnswer() = default;
    FakeAnswer(int s, const QByteArray& b)
        : status(s)
        , body(b)
    {}
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    bool hang = false;                                          // never finishes (until aborted)
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // transport error (status 0)
};

class FakeReply : public QNetworkReply
{
public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest& req, const FakeAnswer& a,
              std::function<void()> onDone, QObject* parent)
        : QNetworkReply(parent)
        , m_onDone(std::move(onDone))
    {
        setRequest(req);
        setUrl(req.url());
        setOperation(op);
        m_data = a.body;
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (a.hang)
            return;
        QTimer::singleShot(a.delayMs, this, [this, a] { deliver(a); });
    }
    void abort() override
    {
        if (m_done)
            return;
        m_data.clear();
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        Q_EMIT errorOccurred(OperationCanceledError);
        done();
    }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return m_done ? -1 : 0;
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    void deliver(const FakeAnswer& a)
    {
        if (m_done)
            return;
        if (a.status)
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, a.status);
        for (const auto& h : a.headers)
            setRawHeader(h.first, h.second);
        if (!a.headers.isEmpty()) {
            for (const auto& h : a.headers) {
                if (h.first.compare("Location", Qt::CaseInsensitive) == 0)
                    setHeader(QNetworkRequest::LocationHeader, QUrl(QString::fromLatin1(h.second)));
            }
        }
        setHeader(QNetworkRequest::ContentLengthHeader, m_data.size());
        Q_EMIT metaDataChanged();
        NetworkError err = a.error;
        if (err == NoError && a.status >= 400) {
            switch (a.status) {
            case 401:
                err = AuthenticationRequiredError;
                break;
            case 403:
                err = ContentAccessDenied;
                break;
            case 404:
                err = ContentNotFoundError;
                break;
            case 500:
                err = InternalServerError;
                break;
            case 503:
                err = ServiceUnavailableError;
                break;
            default:
                err = a.status >= 500 ? UnknownServerError : UnknownContentError;
            }
        }
        if (err != NoError)
            setError(err, QStringLiteral("fake error %1").arg(int(err)));
        Q_EMIT downloadProgress(m_data.size(), m_data.size());
        if (m_done)
            return; // aborted from downloadProgress (size cap)
        Q_EMIT readyRead();
        if (err != NoError)
            Q_EMIT errorOccurred(err);
        done();
    }
    void done()
    {
        m_done = true;
        setFinished(true);
        if (m_onDone)
            m_onDone();
        Q_EMIT finished();
    }
    QByteArray m_data;
    qint64 m_pos = 0;
    bool m_done = false;
    std::function<void()> m_onDone;
};

class FakeNetwork : public QObject
{
public:
    std::function<FakeAnswer(const CapturedRequest&)> handler;
    QList<CapturedRequest> requests;
    int inFlight = 0;
    int peakInFlight = 0;
    int managersCreated = 0;

    QNetworkAccessManager* createManager(QObject* parent);
};

class FakeNam : public QNetworkAccessManager
{
public:
    FakeNam(FakeNetwork* net, QObject* parent)
        : QNetworkAccessManager(parent)
        , m_net(net)
    {}

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& req, QIODevice* outgoing) override
    {
        CapturedRequest c;
        c.url = req.url();
        c.method = op == PostOperation ? "POST" : op == GetOperation ? "GET" : "OTHER";
        if (outgoing)
            c.body = outgoing->readAll();
        for (const QByteArray& h : req.rawHeaderList())
            c.headers.insert(h.toLower(), req.rawHeader(h));
        c.headers.insert("user-agent", req.header(QNetworkRequest::UserAgentHeader).toString().toUtf8());
        c.headers.insert("content-type", req.header(QNetworkRequest::ContentTypeHeader).toByteArray());
        c.http2Allowed = req.attribute(QNetworkRequest::Http2AllowedAttribute);
        m_net->requests.append(c);
        FakeAnswer a = m_net->handler ? m_net->handler(c) : FakeAnswer{};
        m_net->inFlight++;
        m_net->peakInFlight = qMax(m_net->peakInFlight, m_net->inFlight);
        QPointer<FakeNetwork> net(m_net);
        return new FakeReply(
            op, req, a,
            [net] {
                if (net)
                    net->inFlight--;
            },
            this);
    }

private:
    FakeNetwork* m_net;
};

inline QNetworkAccessManager* FakeNetwork::createManager(QObject* parent)
{
    managersCreated++;
    return new FakeNam(this, parent);
}

// Validates EWS SOAP requests against Microsoft's schema with ONE xmllint call per schema file:
// every soap:Body child against messages.xsd, every soap:Header child against types.xsd.
// Returns an empty string when all are valid (or a message). Non-EWS bodies (Autodiscover) are skipped.
inline QString validateEwsRequests(const QList<QByteArray>& requests, int* validated = nullptr)
{
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        return QStringLiteral("SKIP: xmllint not installed");
    const QDir schema(QStringLiteral(OTJ_EWS_SCHEMA_DIR));
    QTemporaryDir dir;
    QStringList bodies, headers;
    int n = 0;
    for (const QByteArray& req : requests) {
        otj::ews::XmlTree tree;
        bool tooDeep = false;
        if (!tree.load(req, &tooDeep) || tooDeep)
            return QStringLiteral("not XML: ") + QString::fromUtf8(req.left(200));
        pugi::xml_node env = tree.root();
        if (!tree.isElement(env, otj::ews::ns::Soap, "Envelope"))
            return QStringLiteral("not a SOAP envelope");
        pugi::xml_node body = tree.child(env, otj::ews::ns::Soap, "Body");
        pugi::xml_node op = body.first_child();
        if (tree.namespaceUri(op) != QLatin1String(otj::ews::ns::Messages))
            continue; // Autodiscover
        auto extract = [&](pugi::xml_node part, QStringList* files) {
            for (pugi::xml_node c = part.first_child(); c; c = c.next_sibling()) {
                if (c.type() != pugi::node_element)
                    continue;
                pugi::xml_document one;
                pugi::xml_node copy = one.append_copy(c);
                copy.append_attribute("xmlns:m") = otj::ews::ns::Messages;
                copy.append_attribute("xmlns:t") = otj::ews::ns::Types;
                const QString path = dir.filePath(QStringLiteral("r%1.xml").arg(n++));
                one.save_file(path.toUtf8().constData());
                files->append(path);
            }
        };
        extract(tree.child(env, otj::ews::ns::Soap, "Header"), &headers);
        extract(body, &bodies);
    }
    if (validated)
        *validated = int(bodies.size());
    for (const auto& [xsd, files] : {std::pair{QStringLiteral("messages.xsd"), bodies},
                                     std::pair{QStringLiteral("types.xsd"), headers}}) {
        if (files.isEmpty())
            continue;
        QProcess p;
        p.start(xmllint, QStringList{QStringLiteral("--noout"), QStringLiteral("--nonet"),
                                     QStringLiteral("--schema"), schema.filePath(xsd)} +
                             files);
        if (!p.waitForFinished(300000))
            return QStringLiteral("xmllint timed out");
        if (p.exitCode() != 0)
            return QString::fromUtf8(p.readAllStandardError().left(4000));
    }
    return {};
}
