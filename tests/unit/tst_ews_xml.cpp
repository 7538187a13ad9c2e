// EWS XML: namespace-aware parsing of documented response shapes (prefixed, default-namespace,
// differently prefixed), faults, ResponseCode typing, and schema validation of every request we build.
#include "core/ews/EwsResponse.h"
#include "core/ews/EwsXml.h"

#include "tests/support/EwsFake.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace otj::ews;

namespace {

// The same FindItem response in three spellings.
const QByteArray kFindItemPrefixed =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
    "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
    "<m:FindItemResponse xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\""
    " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"><m:ResponseMessages>"
    "<m:FindItemResponseMessage ResponseClass=\"Success\"><m:ResponseCode>NoError</m:ResponseCode>"
    "<m:RootFolder TotalItemsInView=\"2\" IncludesLastItemInRange=\"false\"><t:Items>"
    "<t:CalendarItem><t:ItemId Id=\"A1\" ChangeKey=\"K1\"/><t:Subject>Weekly</t:Subject>"
    "<t:DateTimeCreated>2026-11-20T08:00:00Z</t:DateTimeCreated>"
    "<t:Start>2026-11-26T09:00:00Z</t:Start><t:End>2026-11-26T10:00:00Z</t:End>"
    "<t:Organizer><t:Mailbox><t:Name>Alice</t:Name><t:EmailAddress>alice@contoso.test</t:EmailAddress>"
    "</t:Mailbox></t:Organizer></t:CalendarItem>"
    "<t:CalendarItem><t:ItemId Id=\"A2\" ChangeKey=\"K2\"/><t:Subject>Bob</t:Subject></t:CalendarItem>"
    "</t:Items></m:RootFolder></m:FindItemResponseMessage></m:ResponseMessages></m:FindItemResponse>"
    "</s:Body></s:Envelope>";

const QByteArray kFindItemDefaultNs =
    "<Envelope xmlns=\"http://schemas.xmlsoap.org/soap/envelope/\"><Body>"
    "<FindItemResponse "
    "xmlns=\"http://schemas.microsoft.com/exchange/services/2006/messages\"><ResponseMessages>"
    "<FindItemResponseMessage ResponseClass=\"Success\"><ResponseCode>NoError</ResponseCode>"
    "<RootFolder TotalItemsInView=\"2\" IncludesLastItemInRange=\"false\">"
    "<Items xmlns=\"http://schemas.microsoft.com/exchange/services/2006/types\">"
    "<CalendarItem><ItemId Id=\"A1\" ChangeKey=\"K1\"/><Subject>Weekly</Subject>"
    "<DateTimeCreated>2026-11-20T08:00:00Z</DateTimeCreated>"
    "<Start>2026-11-26T09:00:00Z</Start><End>2026-11-26T10:00:00Z</End>"
    "<Organizer><Mailbox><Name>Alice</Name><EmailAddress>alice@contoso.test</EmailAddress></Mailbox></"
    "Organizer>"
    "</CalendarItem><CalendarItem><ItemId Id=\"A2\" ChangeKey=\"K2\"/><Subject>Bob</Subject></CalendarItem>"
    "</Items></RootFolder></FindItemResponseMessage></ResponseMessages></FindItemResponse></Body></Envelope>";

const QByteArray kFindItemOddPrefixes =
    "<soap11:Envelope xmlns:soap11=\"http://schemas.xmlsoap.org/soap/envelope/\""
    " xmlns:msg=\"http://schemas.microsoft.com/exchange/services/2006/messages\""
    " xmlns:typ=\"http://schemas.microsoft.com/exchange/services/2006/types\""
    " xmlns:m=\"urn:decoy\" xmlns:t=\"urn:decoy\"><soap11:Body>"
    "<m:FindItemResponse><m:ResponseMessages/></m:FindItemResponse>" // decoy prefixes: must not match
    "</soap11:Body></soap11:Envelope>";

const QByteArray kFindItemOddPrefixesReal =
    "<soap11:Envelope xmlns:soap11=\"http://schemas.xmlsoap.org/soap/envelope/\""
    " xmlns:m=\"urn:decoy\" xmlns:t=\"urn:decoy\"><soap11:Body>"
    "<msg:FindItemResponse xmlns:msg=\"http://schemas.microsoft.com/exchange/services/2006/messages\""
    " xmlns:typ=\"http://schemas.microsoft.com/exchange/services/2006/types\"><msg:ResponseMessages>"
    "<msg:FindItemResponseMessage ResponseClass=\"Success\"><msg:ResponseCode>NoError</msg:ResponseCode>"
    "<msg:RootFolder TotalItemsInView=\"2\" IncludesLastItemInRange=\"false\"><typ:Items>"
    "<typ:CalendarItem><typ:ItemId Id=\"A1\" ChangeKey=\"K1\"/><typ:Subject>Weekly</typ:Subject>"
    "<typ:DateTimeCreated>2026-11-20T08:00:00Z</typ:DateTimeCreated>"
    "<typ:Start>2026-11-26T09:00:00Z</typ:Start><typ:End>2026-11-26T10:00:00Z</typ:End>"
    "<typ:Organizer><typ:Mailbox><typ:Name>Alice</typ:Name><typ:EmailAddress>alice@contoso.test</"
    "typ:EmailAddress>"
    "</typ:Mailbox></typ:Organizer></typ:CalendarItem>"
    "<t:CalendarItem><t:ItemId Id=\"DECOY\"/></t:CalendarItem>"
    "<typ:CalendarItem><typ:ItemId Id=\"A2\" "
    "ChangeKey=\"K2\"/><typ:Subject>Bob</typ:Subject></typ:CalendarItem>"
    "</typ:Items></msg:RootFolder></msg:FindItemResponseMessage></msg:ResponseMessages></"
    "msg:FindItemResponse>"
    "</soap11:Body></soap11:Envelope>";

} // namespace

class TestEwsXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findItemShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("prefixed") << kFindItemPrefixed;
        QTest::newRow("default namespace") << kFindItemDefaultNs;
        QTest::newRow("other prefixes + decoys") << kFindItemOddPrefixesReal;
    }
    void findItemShapes()
    {
        QFETCH(QByteArray, body);
        CalendarView v;
        const EwsError e = parseFindItem(body, 200, &v);
        QVERIFY2(e.ok(), qPrintable(e.summary()));
        QCOMPARE(v.totalItemsInView, 2);
        QCOMPARE(v.includesLastItemInRange, false);
        QCOMPARE(v.items.size(), 2);
        QCOMPARE(v.items[0].itemId.id, QStringLiteral("A1"));
        QCOMPARE(v.items[0].subject, QStringLiteral("Weekly"));
        QCOMPARE(v.items[0].organizerEmail, QStringLiteral("alice@contoso.test"));
        QCOMPARE(v.items[0].created, QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC));
        QCOMPARE(v.items[1].itemId.changeKey, QStringLiteral("K2"));
    }

    void decoyPrefixesDoNotMatch()
    {
        CalendarView v;
        const EwsError e = parseFindItem(kFindItemOddPrefixes, 200, &v);
        QCOMPARE(toString(e.kind), toString(ErrorKind::UnexpectedResponse));
    }

    void getItemBodyAndPerItemErrors()
    {
        const QByteArray body =
            "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
            "<GetItemResponse xmlns=\"http://schemas.microsoft.com/exchange/services/2006/messages\">"
            "<ResponseMessages><GetItemResponseMessage "
            "ResponseClass=\"Success\"><ResponseCode>NoError</ResponseCode>"
            "<Items><t:CalendarItem xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\">"
            "<t:ItemId Id=\"A1\"/><t:Subject>Weekly</t:Subject><t:Body BodyType=\"Text\">Join: "
            "https://x/y</t:Body>"
            "<t:DateTimeCreated>2026-11-20T08:00:00Z</t:DateTimeCreated></t:CalendarItem></Items>"
            "</GetItemResponseMessage><GetItemResponseMessage ResponseClass=\"Error\">"
            "<MessageText>Das Element wurde nicht "
            "gefunden.</MessageText><ResponseCode>ErrorItemNotFound</ResponseCode>"
            "</GetItemResponseMessage></ResponseMessages></GetItemResponse></s:Body></s:Envelope>";
        GetItemResult r;
        const EwsError e = parseGetItem(body, 200, &r);
        QVERIFY(e.ok());
        QCOMPARE(r.items.size(), 1);
        QVERIFY(r.items[0].bodyPresent);
        QCOMPARE(r.items[0].body, QStringLiteral("Join: https://x/y"));
        QCOMPARE(r.itemErrors.size(), 1);
        QCOMPARE(r.itemErrors[0].responseCode, QStringLiteral("ErrorItemNotFound"));
    }

    void resolveNamesWarningKeepsCandidates()
    {
        const QByteArray body =
            "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
            "<m:ResolveNamesResponse xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\""
            " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"><m:ResponseMessages>"
            "<m:ResolveNamesResponseMessage ResponseClass=\"Warning\"><m:MessageText>Multiple "
            "results</m:MessageText>"
            "<m:ResponseCode>ErrorNameResolutionMultipleResults</m:ResponseCode>"
            "<m:ResolutionSet TotalItemsInView=\"2\" IncludesLastItemInRange=\"true\">"
            "<t:Resolution><t:Mailbox><t:Name>Room "
            "1</t:Name><t:EmailAddress>room1@contoso.test</t:EmailAddress>"
            "<t:RoutingType>SMTP</t:RoutingType><t:MailboxType>Mailbox</t:MailboxType></t:Mailbox></"
            "t:Resolution>"
            "<t:Resolution><t:Mailbox><t:Name>Room "
            "10</t:Name><t:EmailAddress>room10@contoso.test</t:EmailAddress>"
            "</t:Mailbox></t:Resolution></m:ResolutionSet></m:ResolveNamesResponseMessage></"
            "m:ResponseMessages>"
            "</m:ResolveNamesResponse></s:Body></s:Envelope>";
        QList<ResolvedMailbox> out;
        QVERIFY(parseResolveNames(body, 200, &out).ok());
        QCOMPARE(out.size(), 2);
        QCOMPARE(out[1].emailAddress, QStringLiteral("room10@contoso.test"));

        QByteArray none = body;
        none.replace("ResponseClass=\"Warning\"", "ResponseClass=\"Error\"");
        none.replace("ErrorNameResolutionMultipleResults", "ErrorNameResolutionNoResults");
        out.clear();
        const EwsError e = parseResolveNames(none, 200, &out);
        QCOMPARE(toString(e.kind), toString(ErrorKind::ResponseError));
        QCOMPARE(e.category(), CodeCategory::NameResolution);
    }

    void faultWithBackOff()
    {
        const QByteArray body =
            "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><s:Fault>"
            "<faultcode "
            "xmlns:a=\"http://schemas.microsoft.com/exchange/services/2006/types\">a:ErrorServerBusy</"
            "faultcode>"
            "<faultstring xml:lang=\"en-US\">The server cannot service this request right "
            "now.</faultstring><detail>"
            "<e:ResponseCode "
            "xmlns:e=\"http://schemas.microsoft.com/exchange/services/2006/errors\">ErrorServerBusy"
            "</e:ResponseCode><e:Message "
            "xmlns:e=\"http://schemas.microsoft.com/exchange/services/2006/errors\">busy"
            "</e:Message><t:MessageXml xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\">"
            "<t:Value "
            "Name=\"BackOffMilliseconds\">297749</t:Value></t:MessageXml></detail></s:Fault></s:Body>"
            "</s:Envelope>";
        FolderInfo f;
        const EwsError e = parseGetFolder(body, 500, &f);
        QCOMPARE(toString(e.kind), toString(ErrorKind::SoapFault));
        QCOMPARE(e.responseCode, QStringLiteral("ErrorServerBusy"));
        QCOMPARE(e.backOffMs, 297749);
        QCOMPARE(e.category(), CodeCategory::ServerBusy);
        // Fault without detail: the faultcode's local part.
        QByteArray bare = body;
        bare.replace(bare.indexOf("<detail>"), bare.indexOf("</detail>") + 9 - bare.indexOf("<detail>"), "");
        const EwsError e2 = parseGetFolder(bare, 500, &f);
        QCOMPARE(e2.responseCode, QStringLiteral("ErrorServerBusy"));
    }

    void everyTableCodeIsTyped()
    {
        const QStringList codes = knownResponseCodes();
        QVERIFY(codes.size() >= 30);
        for (const QString& c : codes) {
            const CodeInfo info = classifyResponseCode(c);
            QVERIFY2(info.category != CodeCategory::Other && info.category != CodeCategory::None,
                     qPrintable(c));
        }
        QCOMPARE(classifyResponseCode(QStringLiteral("ErrorSomethingNew")).category, CodeCategory::Other);
        QVERIFY(isRetryable(classifyResponseCode(QStringLiteral("ErrorServerBusy")).category));
        QVERIFY(!isRetryable(classifyResponseCode(QStringLiteral("ErrorImpersonateUserDenied")).category));
    }

    void authSchemes()
    {
        QCOMPARE(parseAuthSchemes({"Negotiate, NTLM", "Basic realm=\"mail.contoso.test\""}),
                 (QStringList{QStringLiteral("Negotiate"), QStringLiteral("NTLM"), QStringLiteral("Basic")}));
        QCOMPARE(parseAuthSchemes({"NTLM TlRMTVNTUAACAAAA=="}), QStringList{QStringLiteral("NTLM")});
        QCOMPARE(parseAuthSchemes({"Basic realm=\"a\", charset=\"UTF-8\"\nNTLM"}),
                 (QStringList{QStringLiteral("Basic"), QStringLiteral("NTLM")}));
    }

    void autodiscoverAnswers()
    {
        AutodiscoverAnswer a;
        const QByteArray redirect =
            "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
            "<a:GetUserSettingsResponseMessage "
            "xmlns:a=\"http://schemas.microsoft.com/exchange/2010/Autodiscover\">"
            "<a:Response><a:ErrorCode>NoError</a:ErrorCode><a:UserResponses><a:UserResponse>"
            "<a:ErrorCode>RedirectAddress</a:ErrorCode><a:RedirectTarget>room1@other.test</a:RedirectTarget>"
            "</a:UserResponse></a:UserResponses></a:Response></a:GetUserSettingsResponseMessage></s:Body></"
            "s:Envelope>";
        QVERIFY(parseAutodiscoverSoap(redirect, 200, &a).ok());
        QCOMPARE(int(a.kind), int(AutodiscoverAnswer::Kind::RedirectAddress));
        QCOMPARE(a.redirectTarget, QStringLiteral("room1@other.test"));

        const QByteArray poxError =
            "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\">"
            "<Response><Error Time=\"1\" Id=\"2\"><ErrorCode>500</ErrorCode><Message>The email address can't "
            "be found."
            "</Message></Error></Response></Autodiscover>";
        a = {};
        QVERIFY(parseAutodiscoverPox(poxError, 200, &a).ok());
        QCOMPARE(int(a.kind), int(AutodiscoverAnswer::Kind::Error));
        QCOMPARE(a.errorCode, QStringLiteral("500"));
    }

    // Every request the client builds, validated against Microsoft's schema in ONE xmllint call per
    // schema file: bodies against messages.xsd, SOAP header children against types.xsd.
    void requestsValidateAgainstSchema()
    {
        const QDateTime start(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);
        const QList<QByteArray> requests{
            buildGetFolderCalendar({Access::Impersonation, QStringLiteral("room1@contoso.test")}),
            buildGetFolderCalendar({Access::ExplicitMailbox, QStringLiteral("room1@contoso.test")}),
            buildGetFolderCalendar({Access::Self, {}}),
            buildFindItemCalendarView({Access::Impersonation, QStringLiteral("room&1@contoso.test")}, start,
                                      start.addDays(7), 50),
            buildFindItemCalendarView({Access::ExplicitMailbox, QStringLiteral("room1@contoso.test")}, start,
                                      start.addDays(7), 50),
            buildGetItem(
                {Access::Impersonation, QStringLiteral("room1@contoso.test")},
                {{QStringLiteral("AAMk<1>"), QStringLiteral("DwAA")}, {QStringLiteral("AAMk2"), {}}}),
            buildResolveNames(QStringLiteral("room1@contoso.test")),
        };
        int validated = 0;
        const QString error = validateEwsRequests(requests, &validated);
        if (error.startsWith(QLatin1String("SKIP")))
            QSKIP(qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(validated, requests.size());
    }
};

QTEST_GUILESS_MAIN(TestEwsXml)
#include "tst_ews_xml.moc"
