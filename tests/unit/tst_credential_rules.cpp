// Issue 8, "passwords going where they should not": a tiny hostile HTTPS server (QSslServer with
// the lab's test PKI) records every Authorization header the real QtNetwork stack sends, and the
// rules of net::CredentialPolicy are checked against what actually went over the wire:
//   - an NTLM profile never answers a Basic challenge (not even before the EWS probe ran);
//   - Basic is sent only after a Basic challenge, never unasked (e.g. to a public web site);
//   - neither Basic nor an NTLM AUTHENTICATE (type 3) ever reaches a host the admin did not confirm.
// Each of these failed on the code before the credential rules (bf25dd6).
#include "core/ews/Autodiscover.h"
#include "core/ews/EwsClient.h"
#include "core/net/CredentialPolicy.h"

#include "auth/Ntlm.h"
#include "tls/LabTls.h"

#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace otj;
using namespace otj::ews;

namespace {

// One HTTP/1.1 server on 127.0.0.1 (certificate for 127.0.0.1 and localhost) that challenges with
// `offers` and records every request's Authorization header.
class HostileServer : public QObject
{
public:
    QList<QByteArray> offers;         // WWW-Authenticate values of the 401; empty: answer 200
    QList<QByteArray> authorizations; // one entry per request (empty: none sent)
    QList<QByteArray> hosts;          // Host header per request
    bool acceptBasic = true;          // a Basic header gets 200

    bool listen(const otjlab::LabPki& pki)
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(QSslCertificate(pki.serverCertPem, QSsl::Pem));
        ssl.setPrivateKey(QSslKey(pki.serverKeyPem, QSsl::Rsa, QSsl::Pem));
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for a client cert
        m_server.setSslConfiguration(ssl);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

    // Requests that carried a password-derived credential: Basic, or an NTLM AUTHENTICATE message.
    int credentialBearing() const
    {
        int n = 0;
        for (const QByteArray& a : authorizations) {
            const QList<QByteArray> parts = a.split(' ');
            if (parts.value(0).compare("Basic", Qt::CaseInsensitive) == 0)
                ++n;
            else if (otjlab::ntlm::messageType(QByteArray::fromBase64(parts.value(1))) == 3)
                ++n;
        }
        return n;
    }
    int basicCount() const
    {
        return int(std::count_if(authorizations.cbegin(), authorizations.cend(),
                                 [](const QByteArray& a) { return a.startsWith("Basic "); }));
    }

private:
    void onData(QTcpSocket* s)
    {
        QByteArray& buf = m_buffers[s];
        buf += s->readAll();
        for (;;) {
            const qsizetype end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            QByteArray auth, host;
            qint64 length = 0;
            for (const QByteArray& line : buf.left(end).split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "authorization")
                    auth = value;
                else if (name == "host")
                    host = value;
                else if (name == "content-length")
                    length = value.toLongLong();
            }
            if (buf.size() < end + 4 + length)
                return;
            buf.remove(0, end + 4 + length);
            authorizations << auth;
            hosts << host;
            s->write(answer(auth));
        }
    }
    QByteArray answer(const QByteArray& auth) const
    {
        const QList<QByteArray> parts = auth.split(' ');
        if (otjlab::ntlm::messageType(QByteArray::fromBase64(parts.value(1))) == 1) {
            const QByteArray type2 =
                otjlab::ntlm::makeChallenge("12345678",
                                            {QStringLiteral("EVIL"), QStringLiteral("WEB"),
                                             QStringLiteral("evil.test"), QStringLiteral("web.evil.test")},
                                            0);
            return response(401, {parts.value(0) + ' ' + type2.toBase64()});
        }
        if (auth.startsWith("Basic ") && acceptBasic)
            return response(200, {});
        return offers.isEmpty() ? response(200, {}) : response(401, offers);
    }
    static QByteArray response(int status, const QList<QByteArray>& challenges)
    {
        const QByteArray body = status == 200 ? "<html><body>Welcome to Contoso</body></html>" : "";
        QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Unauthorized") +
                       "\r\nContent-Type: text/html\r\nContent-Length: " + QByteArray::number(body.size()) +
                       "\r\n";
        for (const QByteArray& c : challenges)
            r += "WWW-Authenticate: " + c + "\r\n";
        return r + "\r\n" + body;
    }

    QSslServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace

class TestCredentialRules : public QObject
{
    Q_OBJECT

    otjlab::LabPki m_pki;

    EwsClientConfig config(AuthMethod method, quint16 port) const
    {
        EwsClientConfig c;
        c.ewsUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/EWS/Exchange.asmx").arg(port));
        c.username = QStringLiteral("svc-otj@contoso.test");
        c.password = QStringLiteral("S3cret-Passw0rd");
        c.authMethod = method;
        c.extraCaCertificates = QSslCertificate::fromData(m_pki.caCertPem, QSsl::Pem);
        c.transferTimeoutMs = 10000;
        return c;
    }
    static RawResponse sendNow(EwsClient& client, const QUrl& url, QObject* context)
    {
        RawRequest req;
        req.url = url;
        req.ewsSoap = false;
        req.body = "<probe/>";
        bool done = false;
        RawResponse out;
        client.send(req, context, [&](const RawResponse& r) {
            out = r;
            done = true;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        }();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_pki = otjlab::LabPki::generate(&error);
        QVERIFY2(m_pki.isValid(), qPrintable(error));
    }

    // NTLM profile, Autodiscover before the EWS probe: the candidate offers only Basic.
    void ntlmProfileNeverAnswersBasic()
    {
        HostileServer server;
        server.offers = {"Basic realm=\"contoso.test\""};
        QVERIFY(server.listen(m_pki));
        EwsClient client(config(AuthMethod::Ntlm, server.port()));
        Autodiscover ad(&client);
        bool done = false;
        AutodiscoverResult res;
        ad.discover(
            QStringLiteral("room1@contoso.test"),
            QUrl(QStringLiteral("https://127.0.0.1:%1/autodiscover/autodiscover.svc").arg(server.port())),
            [&](const AutodiscoverResult& r) {
                res = r;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY(!server.authorizations.isEmpty());
        QCOMPARE(server.basicCount(), 0);
        QCOMPARE(server.credentialBearing(), 0);
        QVERIFY(!res.ok());
    }

    // Basic profile: a candidate that does not challenge (the public web site) gets no password.
    void basicNeverSentUnasked()
    {
        HostileServer server; // answers 200 to everything
        QVERIFY(server.listen(m_pki));
        EwsClient client(config(AuthMethod::Basic, server.port()));
        const QUrl url(
            QStringLiteral("https://127.0.0.1:%1/autodiscover/autodiscover.svc").arg(server.port()));
        QCOMPARE(sendNow(client, url, this).httpStatus, 200);
        QCOMPARE(sendNow(client, url, this).httpStatus, 200);
        QVERIFY(server.authorizations.size() >= 2);
        QCOMPARE(server.credentialBearing(), 0);
    }

    // Basic profile: sent after the host's Basic challenge, then with every request (the round
    // trip is paid once per host, not per request).
    void basicOnlyAfterBasicChallengeOncePerHost()
    {
        HostileServer server;
        server.offers = {"Negotiate", "NTLM", "Basic realm=\"127.0.0.1\""};
        QVERIFY(server.listen(m_pki));
        EwsClient client(config(AuthMethod::Basic, server.port()));
        const QUrl url(
            QStringLiteral("https://127.0.0.1:%1/autodiscover/autodiscover.svc").arg(server.port()));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(sendNow(client, url, this).httpStatus, 200);
        QCOMPARE(server.authorizations.size(), 4); // one challenge, three requests with Basic
        QVERIFY(server.authorizations.first().isEmpty());
        QCOMPARE(server.basicCount(), 3);
        QCOMPARE(server.credentialBearing(), 3); // never NTLM for a Basic profile
    }

    // Neither method ever reaches a host the admin did not confirm (localhost is not 127.0.0.1).
    void unconfirmedHostGetsNoCredentials_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("Basic") << int(AuthMethod::Basic);
        QTest::newRow("NTLM") << int(AuthMethod::Ntlm);
    }
    void unconfirmedHostGetsNoCredentials()
    {
        QFETCH(int, method);
        HostileServer server;
        server.offers = {"NTLM", "Basic realm=\"contoso.test\""};
        QVERIFY(server.listen(m_pki));
        EwsClient client(config(AuthMethod(method), server.port()));
        const QUrl url(
            QStringLiteral("https://localhost:%1/autodiscover/autodiscover.svc").arg(server.port()));
        const RawResponse r = sendNow(client, url, this);
        QCOMPARE(r.httpStatus, 401);
        QVERIFY(!server.authorizations.isEmpty());
        QCOMPARE(server.credentialBearing(), 0);
        // Once confirmed (the admin accepted the redirect), the same host may get them.
        client.confirmHost(QStringLiteral("localhost"));
        sendNow(client, url, this);
        QCOMPARE(server.credentialBearing(), 1);
    }

    // The challenge probe meets what the request would meet: an untrusted certificate is reported
    // with its chain, and nothing reaches the server.
    void untrustedHostIsReportedByTheChallengeProbe()
    {
        HostileServer server;
        server.offers = {"Basic realm=\"contoso.test\""};
        QVERIFY(server.listen(m_pki));
        EwsClientConfig c = config(AuthMethod::Basic, server.port());
        c.extraCaCertificates.clear(); // the lab CA is not trusted
        EwsClient client(c);
        const QUrl url(
            QStringLiteral("https://127.0.0.1:%1/autodiscover/autodiscover.svc").arg(server.port()));
        const RawResponse r = sendNow(client, url, this);
        QCOMPARE(toString(r.transportError.kind), toString(ErrorKind::TlsUntrusted));
        QVERIFY(!r.transportError.chain.isEmpty());
        QVERIFY(server.authorizations.isEmpty());
        QVERIFY(client.isIdle());
    }

    // No header value with CR/LF leaves the process, not even in the hand-written probe.
    void lineBreakInHeaderNeverReachesTheServer()
    {
        HostileServer server;
        server.offers = {"Basic realm=\"contoso.test\""};
        QVERIFY(server.listen(m_pki));
        EwsClient client(config(AuthMethod::Basic, server.port()));
        RawRequest req;
        req.url =
            QUrl(QStringLiteral("https://127.0.0.1:%1/autodiscover/autodiscover.svc").arg(server.port()));
        req.ewsSoap = false;
        req.contentType = "text/xml\r\nX-Injected: 1";
        bool done = false;
        RawResponse out;
        client.send(req, this, [&](const RawResponse& r) {
            out = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QCOMPARE(toString(out.transportError.kind), toString(ErrorKind::UnsafeRequest));
        QTest::qWait(100);
        QVERIFY(server.authorizations.isEmpty());
    }

    // The rules themselves, without a network.
    void policyTable()
    {
        using net::AuthMethod;
        net::CredentialPolicy basic(AuthMethod::Basic, {QStringLiteral("Mail.Contoso.test")});
        const QUrl ews(QStringLiteral("https://mail.contoso.test/EWS/Exchange.asmx"));
        const QUrl web(QStringLiteral("https://contoso.test/autodiscover/autodiscover.svc"));
        QVERIFY(basic.isConfirmed(ews));
        QVERIFY(!basic.sendBasic(ews)); // not challenged yet
        basic.noteChallenge(ews, {QStringLiteral("NTLM")});
        QVERIFY(!basic.sendBasic(ews));
        QVERIFY(basic.methodNotOffered(ews));
        basic.noteChallenge(ews, {QStringLiteral("Negotiate"), QStringLiteral("Basic")});
        QVERIFY(basic.sendBasic(ews));
        QVERIFY(!basic.answerNtlm(ews, {}));
        basic.noteChallenge(web, {QStringLiteral("Basic")});
        QVERIFY(!basic.sendBasic(web)); // not confirmed
        QVERIFY(!basic.sendBasic(QUrl(QStringLiteral("http://mail.contoso.test/EWS/Exchange.asmx"))));
        // Another port of a confirmed host has its own challenge.
        QVERIFY(!basic.sendBasic(QUrl(QStringLiteral("https://mail.contoso.test:8443/EWS/Exchange.asmx"))));

        net::CredentialPolicy ntlm(AuthMethod::Ntlm, {QStringLiteral("mail.contoso.test")});
        QVERIFY(!ntlm.answerNtlm(ews, {})); // no challenge seen yet
        ntlm.noteChallenge(ews, {QStringLiteral("Basic")});
        QVERIFY(!ntlm.answerNtlm(ews, QStringLiteral("contoso")));
        QVERIFY(ntlm.methodNotOffered(ews));
        ntlm.noteChallenge(ews, {QStringLiteral("Negotiate"), QStringLiteral("NTLM")});
        QVERIFY(ntlm.answerNtlm(ews, {}));
        QVERIFY(!ntlm.answerNtlm(ews, QStringLiteral("realm"))); // QtNetwork chose Basic/Digest
        QVERIFY(!ntlm.sendBasic(ews));
    }
};

QTEST_GUILESS_MAIN(TestCredentialRules)
#include "tst_credential_rules.moc"
