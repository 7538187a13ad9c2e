// EwsClient over a fake QNetworkAccessManager: headers, typed errors, throttling, limiter, cancel.
#include "core/ews/Autodiscover.h"
#include "core/ews/EwsClient.h"

#include "tests/support/EwsFake.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace otj::ews;

namespace {

const QByteArray kGetFolderOk =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
    "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Header>"
    "<h:ServerVersionInfo MajorVersion=\"15\" MinorVersion=\"2\" MajorBuildNumber=\"1118\" "
    "MinorBuildNumber=\"7\""
    " xmlns:h=\"http://schemas.microsoft.com/exchange/services/2006/types\"/></s:Header><s:Body>"
    "<m:GetFolderResponse xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\""
    " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"><m:ResponseMessages>"
    "<m:GetFolderResponseMessage ResponseClass=\"Success\"><m:ResponseCode>NoError</m:ResponseCode>"
    "<m:Folders><t:CalendarFolder><t:FolderId Id=\"AAMkCal\" "
    "ChangeKey=\"AgAA\"/></t:CalendarFolder></m:Folders>"
    "</m:GetFolderResponseMessage></m:ResponseMessages></m:GetFolderResponse></s:Body></s:Envelope>";

QByteArray fault(const char* code, int backOffMs = -1)
{
    QByteArray x = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><s:Fault>"
                   "<faultcode xmlns:a=\"http://schemas.microsoft.com/exchange/services/2006/types\">a:";
    x += code;
    x += "</faultcode><faultstring xml:lang=\"en-US\">text</faultstring><detail>"
         "<e:ResponseCode xmlns:e=\"http://schemas.microsoft.com/exchange/services/2006/errors\"> ";
    x += code;
    x +=
        " </e:ResponseCode><e:Message xmlns:e=\"http://schemas.microsoft.com/exchange/services/2006/errors\">"
        "msg</e:Message>";
    if (backOffMs >= 0) {
        x += "<t:MessageXml xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\">"
             "<t:Value Name=\"BackOffMilliseconds\">" +
             QByteArray::number(backOffMs) + "</t:Value></t:MessageXml>";
    }
    x += "</detail></s:Fault></s:Body></s:Envelope>";
    return x;
}

EwsClientConfig config(FakeNetwork* net, int k = 4)
{
    EwsClientConfig c;
    c.ewsUrl = QUrl(QStringLiteral("https://mail.contoso.test/EWS/Exchange.asmx"));
    c.username = QStringLiteral("svc-otj@contoso.test");
    c.password = QStringLiteral("S3cret-Passw0rd");
    c.concurrency = k;
    c.minBackoffMs = 20;
    c.maxBackoffMs = 100;
    c.transferTimeoutMs = 5000;
    c.managerFactory = [net](QObject* parent) {
        return net->createManager(parent);
    };
    return c;
}

template <typename T>
struct Waiter
{
    bool done = false;
    EwsResult<T> result;
    std::function<void(const EwsResult<T>&)> cb()
    {
        return [this](const EwsResult<T>& r) {
            result = r;
            done = true;
        };
    }
    bool wait(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return done; }, ms);
    }
};

// Runs one Autodiscover and waits for its answer.
AutodiscoverResult discoverNow(Autodiscover& ad, const QString& email, const QUrl& explicitUrl = {})
{
    bool done = false;
    AutodiscoverResult res;
    ad.discover(email, explicitUrl, [&](const AutodiscoverResult& r) {
        res = r;
        done = true;
    });
    [&] {
        QTRY_VERIFY(done);
    }();
    return res;
}

RequestTarget room(const char* smtp = "room1@contoso.test")
{
    return {Access::Impersonation, QString::fromLatin1(smtp)};
}

} // namespace

class TestEwsClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void impersonatedRequestHeaders()
    {
        FakeNetwork net;
        net.handler = [](const CapturedRequest& c) {
            if (c.header("Authorization").isEmpty()) {
                FakeAnswer a{401, {}};
                a.headers = {{"WWW-Authenticate", "Basic realm=\"mail.contoso.test\""}};
                return a;
            }
            return FakeAnswer{200, kGetFolderOk};
        };
        EwsClient client(config(&net));
        Waiter<FolderInfo> w;
        client.getCalendarFolder(room(), this, w.cb());
        QVERIFY(w.wait());
        QVERIFY2(w.result.ok(), qPrintable(w.result.error.summary()));
        QCOMPARE(w.result.value.id, QStringLiteral("AAMkCal"));
        QCOMPARE(w.result.serverVersion.major, 15);
        // Basic only after the host's Basic challenge (issue 8): the first request carries none.
        QCOMPARE(net.requests.size(), 2);
        QVERIFY(net.requests.first().header("Authorization").isEmpty());
        const CapturedRequest& r = net.requests.last();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.header("X-AnchorMailbox"), QByteArray("room1@contoso.test"));
        QVERIFY(r.header("User-Agent").startsWith("OTJExchangeSetup/"));
        QVERIFY(!QUuid::fromString(QString::fromLatin1(r.header("client-request-id"))).isNull());
        QCOMPARE(r.header("return-client-request-id"), QByteArray("true"));
        QCOMPARE(r.header("Content-Type"), QByteArray("text/xml; charset=utf-8"));
        QCOMPARE(r.http2Allowed.toBool(), false);
        QVERIFY(r.header("Authorization").startsWith("Basic ")); // after the challenge, over https
        QVERIFY(r.body.contains("<t:RequestServerVersion Version=\"Exchange2013_SP1\"/>"));
        QVERIFY(r.body.contains("<t:ConnectingSID><t:SmtpAddress>room1@contoso.test</t:SmtpAddress>"));
    }

    // Issue 8: no header value ever carries CR or LF; the request is refused, nothing is sent.
    void lineBreakInHeaderValueIsRefused()
    {
        FakeNetwork net;
        net.handler = [](const CapturedRequest&) {
            return FakeAnswer{200, kGetFolderOk};
        };
        EwsClient client(config(&net));
        Waiter<FolderInfo> w;
        client.getCalendarFolder(room("room1@contoso.test\r\nX-Injected: 1"), this, w.cb());
        QVERIFY(w.wait());
        QCOMPARE(toString(w.result.error.kind), toString(ErrorKind::UnsafeRequest));
        QVERIFY(w.result.error.summary().contains(QLatin1String("X-AnchorMailbox")));
        QCOMPARE(net.requests.size(), 0);
        // The client goes on working.
        Waiter<FolderInfo> ok;
        client.getCalendarFolder(room(), this, ok.cb());
        QVERIFY(ok.wait());
        QCOMPARE(net.requests.size(), 1);
    }

    void explicitMailboxHasNoImpersonation()
    {
        FakeNetwork net;
        net.handler = [](const CapturedRequest&) {
            return FakeAnswer{200, kGetFolderOk};
        };
        EwsClient client(config(&net));
        Waiter<FolderInfo> w;
        client.getCalendarFolder({Access::ExplicitMailbox, QStringLiteral("room1@contoso.test")}, this,
                                 w.cb());
        QVERIFY(w.wait());
        QVERIFY(w.result.ok());
        const CapturedRequest& r = net.requests.first();
        QVERIFY(r.header("X-AnchorMailbox").isEmpty());
        QVERIFY(!r.body.contains("ExchangeImpersonation"));
        QVERIFY(
            r.body.contains("<t:Mailbox><t:EmailAddress>room1@contoso.test</t:EmailAddress></t:Mailbox>"));
    }

    void noCredentialsOverPlainHttp()
    {
        FakeNetwork net;
        net.handler = [](const CapturedRequest&) {
            return FakeAnswer{200, kGetFolderOk};
        };
        EwsClientConfig c = config(&net);
        c.ewsUrl = QUrl(QStringLiteral("http://mail.contoso.test/EWS/Exchange.asmx"));
        EwsClient client(c);
        Waiter<FolderInfo> w;
        client.getCalendarFolder(room(), this, w.cb());
        QVERIFY(w.wait());
        QVERIFY(net.requests.first().header("Authorization").isEmpty());
        QVERIFY(!net.requests.first().body.contains("S3cret"));
    }

    void soapFaultOn500()
    {
        FakeNetwork net;
        net.handler = [](const CapturedRequest&) {
            return FakeAnswer{500, fault("ErrorImpersonateUserDenied")};
        };
        EwsClient client(config(&net));
        Waiter<FolderInfo> w;
        client.getCalendarFolder(room(), this, w.cb());
        QVERIFY(w.wait());
        QCOMPARE(toString(w.result.error.kind), toString(ErrorKind::SoapFault));
        QCOMPARE(w.result.error.responseCode, QStringLiteral("ErrorImpersonateUserDenied"));
        QCOMPARE(w.result.error.category(), CodeCategory::ImpersonationNotAllowedForTarget);
        QCOMPARE(net.requests.size(), 1); // not retried
    }

    void serverBusyWithZeroBackOffUsesOwnMinimum()
    {
        FakeNetwork net;
        int n = 0;
        net.handler = [&n](const CapturedRequest&) {
            return ++n == 1 ? FakeAnswer{500, fault("ErrorServerBusy", 0)} : FakeAnswer{200, kGetFolderOk};
        };
        EwsClientConfig c = config(&net);
        c.minBackoffMs = 200;
        c.maxBackoffMs = 1000;
        EwsClient client(c);
        QSignalSpy throttled(&client, &EwsClient::throttled);
        Waiter<FolderInfo> w;
        QElapsedTimer t;
        t.start();
        client.getCalendarFolder(room(), this, w.cb());
        QVERIFY(w.wait());
        QVERIFY(w.result.ok());
        QVERIFY2(t.elapsed() >= 200, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(throttled.size(), 1);
        QVERIFY(throttled.first().at(0).toInt() >= 200);
        QCOMPARE(client.stats().serverBusy, 1);
        QCOMPARE(client.stats().retries, 1);
        QCOMPARE(w.result.attempts, 2);
    }

    void serverBusyBackOffHonoured()
    {
        FakeNetwork net;
        int n = 0;
        net.handler = [&n](const CapturedRequest&) {
            return ++n == 1 ? FakeAnswer{500, fault("ErrorServerBusy", 300)} : FakeAnswer{200, kGetFolderOk};
        };
        EwsClient client(config(&net));
        Waiter<FolderInfo> w;
        QElapsedTimer t;
        t.start();
        client.getCalendarFolder(room(), this, w.cb());
        QVERIFY(w.wait());
        QVERIFY(w.result.ok());
        QVERIFY(t.elapsed() >= 300);
    }

    void serverBusyGivesUpAtWaitCap()
    {
        FakeNetwork net;
        net.handler = [](const CapturedRequest&) {
            return FakeAnswer{500, fault("ErrorServerBusy", 250)};
        };
        EwsClientConfig c = config(&net);
        c.totalWaitCapMs = 600;
        EwsClient client(c);
        Waiter<FolderInfo> w;
        client.getCalendarFolder(room(), this, w.cb());
        QVERIFY(w.wait());
        QCOMPARE(toString(w.result.error.kind), toString(ErrorKind::ServerBusyGaveUp));
        QVERIFY(net.requests.size() <= 3);
        QVERIFY(client.stats().totalBackoffMs <= 600);
    }

    void serverBusyAsInnerErrorOfInternalServerError()
    {
        FakeNetwork net;
        int n = 0;
        net.handler = [&n](const CapturedRequest&) {
            if (++n > 1)
                return FakeAnswer{200, kGetFolderOk};
            return FakeAnswer{
                200,
                "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                "<GetFolderResponse xmlns=\"http://schemas.microsoft.com/exchange/services/2006/messages\">"
                "<ResponseMessages><GetFolderResponseMessage ResponseClass=\"Error\">"
                "<MessageText>x</MessageText><ResponseCode>ErrorInternalServerError</ResponseCode>"
                "<MessageXml><Value xmlns=\"http://schemas.microsoft.com/exchange/services/2006/types\" "
                "Name=\"InnerErrorResponseCode\">ErrorServerBusy</Value></MessageXml>"
                "</GetFolderResponseMessage></ResponseMessages></GetFolderResponse></s:Body></s:Envelope>"};
        };
        EwsClient client(config(&net));
        Waiter<FolderInfo> w;
        client.getCalendarFolder(room(), this, w.cb());
        QVERIFY(w.wait());
        QVERIFY(w.result.ok());
        QCOMPARE(client.stats().serverBusy, 1);
    }

    void exceededConnectionCountLowersK()
    {
        FakeNetwork net;
        int n = 0;
        net.handler = [&n](const CapturedRequest&) {
            return ++n == 1 ? FakeAnswer{500, fault("ErrorExceededConnectionCount")}
                            : FakeAnswer{200, kGetFolderOk};
        };
        EwsClient client(config(&net, 6));
        QSignalSpy kSpy(&client, &EwsClient::concurrencyChanged);
        Waiter<FolderInfo> w;
        client.getCalendarFolder(room(), this, w.cb());
        QVERIFY(w.wait());
        QVERIFY(w.result.ok());
        QCOMPARE(client.concurrency(), 5);
        QCOMPARE(kSpy.size(), 1);
    }

    void httpStatusesAreTyped_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("401") << 401 << QByteArray() << int(ErrorKind::Unauthorized);
        QTest::newRow("403") << 403 << QByteArray("<html>forbidden</html>") << int(ErrorKind::Forbidden);
        QTest::newRow("456") << 456 << QByteArray() << int(ErrorKind::AccountLocked);
        QTest::newRow("503") << 503 << QByteArray() << int(ErrorKind::ServiceUnavailable);
        QTest::newRow("500 html") << 500
                                  << QByteArray("<html><body>Server Error in '/EWS' Application<br></body>")
                                  << int(ErrorKind::HttpError);
        QTest::newRow("404") << 404 << QByteArray() << int(ErrorKind::HttpError);
        QTest::newRow("truncated") << 200 << kGetFolderOk.left(kGetFolderOk.size() - 40)
                                   << int(ErrorKind::TruncatedXml);
        QTest::newRow("malformed") << 200 << QByteArray("<a><b></a></b>trailing")
                                   << int(ErrorKind::MalformedXml);
        QTest::newRow("empty") << 200 << QByteArray() << int(ErrorKind::TruncatedXml);
        QTest::newRow("not soap") << 200 << QByteArray("<x/>") << int(ErrorKind::UnexpectedResponse);
    }
    void httpStatusesAreTyped()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        FakeNetwork net;
        net.handler = [&](const CapturedRequest&) {
            FakeAnswer a{status, body};
            if (status == 401)
                a.headers = {{"WWW-Authenticate", "Negotiate, NTLM"}}; // Qt joins repeated fields
            return a;
        };
        EwsClientConfig c = config(&net);
        c.maxRetries = 1;
        EwsClient client(c);
        Waiter<FolderInfo> w;
        client.getCalendarFolder(room(), this, w.cb());
        QVERIFY(w.wait());
        QCOMPARE(toString(w.result.error.kind), toString(ErrorKind(kind)));
        if (status == 401)
            QCOMPARE(w.result.error.authSchemes,
                     (QStringList{QStringLiteral("Negotiate"), QStringLiteral("NTLM")}));
        QVERIFY(!w.result.error.summary().contains(QStringLiteral("S3cret")));
    }

    void redirectIsNeverFollowed()
    {
        FakeNetwork net;
        net.handler = [](const CapturedRequest&) {
            FakeAnswer a{302, "<html>moved</html>"};
            a.headers = {
                {"Location",
                 "https://mail.contoso.test/ews/genericerrorpage.htm?aspxerrorpath=/ews/exchange.asmx"}};
            return a;
        };
        EwsClient client(config(&net));
        Waiter<FolderInfo> w;
        client.getCalendarFolder(room(), this, w.cb());
        QVERIFY(w.wait());
        QCOMPARE(toString(w.result.error.kind), toString(ErrorKind::RedirectToErrorPage));
        QVERIFY(w.result.error.location.path().contains(QStringLiteral("genericerrorpage")));
        QTest::qWait(50);
        QCOMPARE(net.requests.size(), 1);
    }

    void oversizedBodyIsRefused()
    {
        FakeNetwork net;
        net.handler = [](const CapturedRequest&) {
            return FakeAnswer{200, QByteArray(4096, 'x')};
        };
        EwsClientConfig c = config(&net);
        c.maxBodyBytes = 1024;
        EwsClient client(c);
        Waiter<FolderInfo> w;
        client.getCalendarFolder(room(), this, w.cb());
        QVERIFY(w.wait());
        QCOMPARE(toString(w.result.error.kind), toString(ErrorKind::BodyTooLarge));
    }

    void transferTimeout()
    {
        FakeNetwork net;
        net.handler = [](const CapturedRequest&) {
            FakeAnswer a;
            a.hang = true;
            return a;
        };
        EwsClientConfig c = config(&net);
        c.transferTimeoutMs = 150;
        EwsClient client(c);
        Waiter<FolderInfo> w;
        client.getCalendarFolder(room(), this, w.cb());
        QVERIFY(w.wait(3000));
        QCOMPARE(toString(w.result.error.kind), toString(ErrorKind::Timeout));
    }

    void connectionDropIsRetriedThenReported()
    {
        FakeNetwork net;
        net.handler = [](const CapturedRequest&) {
            FakeAnswer a{0, {}};
            a.error = QNetworkReply::RemoteHostClosedError;
            return a;
        };
        EwsClientConfig c = config(&net);
        c.maxRetries = 2;
        EwsClient client(c);
        Waiter<FolderInfo> w;
        client.getCalendarFolder(room(), this, w.cb());
        QVERIFY(w.wait());
        QCOMPARE(toString(w.result.error.kind), toString(ErrorKind::ConnectionFailed));
        QCOMPARE(net.requests.size(), 3);
    }

    void cancelAbortsEverything()
    {
        FakeNetwork net;
        net.handler = [](const CapturedRequest&) {
            FakeAnswer a;
            a.hang = true;
            return a;
        };
        EwsClient client(config(&net, 2));
        int cancelled = 0;
        for (int i = 0; i < 5; ++i) {
            client.getCalendarFolder(room(), this, [&cancelled](const EwsResult<FolderInfo>& r) {
                if (r.error.kind == ErrorKind::Cancelled)
                    ++cancelled;
            });
        }
        QTRY_COMPARE(net.requests.size(), 2);
        client.cancelAll();
        QTRY_COMPARE(cancelled, 5);
        QVERIFY(client.isIdle());
        QCOMPARE(net.requests.size(), 2);
    }

    void limiterUsesSeveralManagersAboveSix()
    {
        FakeNetwork net;
        net.handler = [](const CapturedRequest&) {
            FakeAnswer a{200, kGetFolderOk};
            a.delayMs = 30;
            return a;
        };
        EwsClient client(config(&net, 9));
        QCOMPARE(net.managersCreated, 2); // ceil(9 / 6)
        int done = 0;
        for (int i = 0; i < 40; ++i)
            client.getCalendarFolder(room(), this, [&done](const EwsResult<FolderInfo>&) { ++done; });
        QTRY_COMPARE(done, 40);
        QCOMPARE(net.peakInFlight, 9);
        QCOMPARE(client.stats().peakInFlight, 9);
    }

    void concurrencyIsCapped()
    {
        FakeNetwork net;
        EwsClient client(config(&net, 100));
        QCOMPARE(client.concurrency(), EwsClientConfig::MaxConcurrency);
        QVERIFY(EwsClientConfig::MaxConcurrency < 27);
        QVERIFY(EwsClientConfig::DefaultConcurrency <= 27 / 4);
    }

    void callbackNotRunAfterContextDies()
    {
        FakeNetwork net;
        net.handler = [](const CapturedRequest&) {
            FakeAnswer a{200, kGetFolderOk};
            a.delayMs = 20;
            return a;
        };
        EwsClient client(config(&net));
        bool called = false;
        auto* ctx = new QObject;
        client.getCalendarFolder(room(), ctx, [&called](const EwsResult<FolderInfo>&) { called = true; });
        QTRY_COMPARE(net.requests.size(), 1);
        delete ctx;
        QTRY_VERIFY(client.isIdle());
        QVERIFY(!called);
    }

    // ---- Autodiscover ----
    void autodiscoverCandidateOrder()
    {
        const auto c = autodiscoverCandidates(QStringLiteral("room1@Contoso.Test"));
        using K = AutodiscoverCandidate::Kind;
        const QList<AutodiscoverCandidate> expected{
            {K::Soap, QUrl(QStringLiteral("https://contoso.test/autodiscover/autodiscover.svc"))},
            {K::Pox, QUrl(QStringLiteral("https://contoso.test/autodiscover/autodiscover.xml"))},
            {K::Soap,
             QUrl(QStringLiteral("https://autodiscover.contoso.test/autodiscover/autodiscover.svc"))},
            {K::Pox, QUrl(QStringLiteral("https://autodiscover.contoso.test/autodiscover/autodiscover.xml"))},
            {K::HttpRedirectProbe,
             QUrl(QStringLiteral("http://autodiscover.contoso.test/autodiscover/autodiscover.xml"))},
            {K::DnsSrv, QUrl(QStringLiteral("dns:_autodiscover._tcp.contoso.test"))},
        };
        QCOMPARE(c.size(), expected.size());
        for (int i = 0; i < c.size(); ++i) {
            QCOMPARE(int(c[i].kind), int(expected[i].kind));
            QCOMPARE(c[i].url, expected[i].url);
        }
        const auto x = autodiscoverCandidatesForUrl(
            QUrl(QStringLiteral("https://ad.contoso.test/autodiscover/autodiscover.xml")));
        QCOMPARE(int(x.first().kind), int(K::Pox));
        QCOMPARE(x.last().url.path(), QStringLiteral("/autodiscover/autodiscover.svc"));
    }

    void autodiscoverSoapThenPoxFallback()
    {
        FakeNetwork net;
        net.handler = [](const CapturedRequest& r) {
            if (r.url.path().endsWith(QLatin1String(".svc")))
                return FakeAnswer{404, "not here"};
            return FakeAnswer{
                200,
                "<Autodiscover "
                "xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\">"
                "<Response "
                "xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a\">"
                "<Account><Action>settings</Action><Protocol><Type>EXCH</Type>"
                "<ASUrl>https://mail.contoso.test/EWS/Exchange.asmx</ASUrl></Protocol></Account>"
                "</Response></Autodiscover>"};
        };
        EwsClient client(config(&net));
        Autodiscover ad(&client);
        AutodiscoverResult res = discoverNow(ad, QStringLiteral("room1@contoso.test"));
        QVERIFY2(res.ok(), qPrintable(res.error.summary()));
        QCOMPARE(res.ewsUrl, QUrl(QStringLiteral("https://mail.contoso.test/EWS/Exchange.asmx")));
        QCOMPARE(net.requests.size(), 2);
        QVERIFY(net.requests[0].body.contains("GetUserSettingsRequestMessage"));
        QVERIFY(net.requests[1].body.contains("<EMailAddress>room1@contoso.test</EMailAddress>"));
    }

    void autodiscoverRedirectToUnconfirmedHostNeedsConfirmation()
    {
        FakeNetwork net;
        net.handler = [](const CapturedRequest& r) {
            if (r.url.host() == QLatin1String("contoso.test")) {
                FakeAnswer a{302, {}};
                a.headers = {{"Location", "https://evil.example/autodiscover/autodiscover.svc"}};
                return a;
            }
            return FakeAnswer{500, "should not be asked"};
        };
        EwsClient client(config(&net));
        Autodiscover ad(&client);
        AutodiscoverResult res = discoverNow(ad, QStringLiteral("room1@contoso.test"));
        QCOMPARE(toString(res.error.kind), toString(ErrorKind::RedirectNeedsConfirmation));
        QCOMPARE(res.error.location.host(), QStringLiteral("evil.example"));
        for (const CapturedRequest& r : std::as_const(net.requests))
            QVERIFY(r.url.host() != QLatin1String("evil.example"));

        // Confirmed: followed, with the SOAP answer from there.
        FakeNetwork net2;
        net2.handler = [](const CapturedRequest& r) {
            if (r.url.host() == QLatin1String("contoso.test")) {
                FakeAnswer a{302, {}};
                a.headers = {{"Location", "https://mail.example/autodiscover/autodiscover.svc"}};
                return a;
            }
            return FakeAnswer{
                200, "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                     "<GetUserSettingsResponseMessage "
                     "xmlns=\"http://schemas.microsoft.com/exchange/2010/Autodiscover\">"
                     "<Response><ErrorCode>NoError</"
                     "ErrorCode><UserResponses><UserResponse><ErrorCode>NoError</ErrorCode>"
                     "<UserSettings><UserSetting><Name>ExternalEwsUrl</Name><Value>https://mail.example/EWS/"
                     "Exchange.asmx"
                     "</Value></UserSetting></UserSettings></UserResponse></UserResponses></Response>"
                     "</GetUserSettingsResponseMessage></s:Body></s:Envelope>"};
        };
        EwsClient client2(config(&net2));
        Autodiscover ad2(&client2);
        ad2.setConfirmedHosts({QStringLiteral("mail.example")});
        res = discoverNow(ad2, QStringLiteral("room1@contoso.test"));
        QVERIFY2(res.ok(), qPrintable(res.error.summary()));
        QCOMPARE(res.ewsUrl.host(), QStringLiteral("mail.example"));
    }

    void autodiscoverStopsAfterTenRedirects()
    {
        FakeNetwork net;
        net.handler = [](const CapturedRequest&) {
            FakeAnswer a{302, {}};
            a.headers = {{"Location", "https://ad.contoso.test/autodiscover/autodiscover.svc"}};
            return a;
        };
        EwsClient client(config(&net));
        Autodiscover ad(&client);
        AutodiscoverResult res = discoverNow(
            ad, {}, QUrl(QStringLiteral("https://ad.contoso.test/autodiscover/autodiscover.svc")));
        QCOMPARE(toString(res.error.kind), toString(ErrorKind::TooManyRedirects));
        QCOMPARE(net.requests.size(), 11);
    }
};

QTEST_GUILESS_MAIN(TestEwsClient)
#include "tst_ews_client.moc"
