// HTTP-level tests against the real server on loopback (in process), with a client that trusts
// only the lab CA: TLS, SOAP in/out, schema-valid responses, Basic and NTLM (QAuthenticator),
// the one 401, impersonation, throttling, every fault, metrics, /lab/ routes, Autodiscover.
#include "LabTestClient.h"

#include "ews/SchemaValidator.h"
#include "server/LabServer.h"
#include "xml/NsXml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace otjlab;
using namespace labtest;

namespace {

void collect(const pugi::xml_node& n, const char* ns, const char* local, QList<pugi::xml_node>* out)
{
    for (auto c = n.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element)
            continue;
        if (xml::is(c, ns, local))
            out->append(c);
        collect(c, ns, local, out);
    }
}

struct Doc
{
    pugi::xml_document doc;
    bool ok = false;
    explicit Doc(const QByteArray& body)
    {
        ok = bool(doc.load_buffer(body.constData(), size_t(body.size())));
    }
    QList<pugi::xml_node> all(const char* ns, const char* local) const
    {
        QList<pugi::xml_node> out;
        collect(doc, ns, local, &out);
        return out;
    }
    QStringList texts(const char* ns, const char* local) const
    {
        QStringList out;
        for (const auto& n : all(ns, local))
            out << xml::text(n);
        return out;
    }
    QString first(const char* ns, const char* local) const { return texts(ns, local).value(0); }
};

const QByteArray kAdminPw = "Adm1n!Lab2024";
const QString kSvc = QStringLiteral("svc-otj@contoso.lab");
const QString kSvcPw = QStringLiteral("OtjService!2024");

} // namespace

class TestLabHttp : public QObject
{
    Q_OBJECT

    std::unique_ptr<LabServer> server;
    std::unique_ptr<SchemaValidator> validator;
    QDateTime now;

    QUrl ews() const { return QUrl(server->ewsUrl()); }
    QList<QPair<QByteArray, QByteArray>> as(const QString& user, const QString& pw,
                                            const QByteArray& anchor = {})
    {
        QList<QPair<QByteArray, QByteArray>> h{{"Authorization", basic(user, pw)}};
        if (!anchor.isEmpty())
            h.append({"X-AnchorMailbox", anchor});
        return h;
    }
    Resp admin(const QByteArray& method, const QString& route, const QJsonObject& body = {})
    {
        Client c(server->pki().caCertPem);
        return c.request(method, QUrl(server->adminUrl() + route),
                         body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
                         {{"Authorization", "Bearer " + server->adminToken().toLatin1()},
                          {"Content-Type", "application/json"}});
    }
    QJsonObject metrics()
    {
        return QJsonDocument::fromJson(admin("GET", QStringLiteral("metrics")).body).object();
    }
    void grantRooms(const QString& filter = QStringLiteral("RecipientTypeDetails -eq 'RoomMailbox'"))
    {
        const Resp r = admin("POST", QStringLiteral("role-assignments"),
                             {{QStringLiteral("name"), QStringLiteral("OTJ Impersonation")},
                              {QStringLiteral("user"), kSvc},
                              {QStringLiteral("recipientRestrictionFilter"), filter},
                              {QStringLiteral("effectiveNow"), true}});
        QCOMPARE(r.status, 201);
    }
    void checkSchema(const QByteArray& body)
    {
        SchemaValidator::Failure f;
        QVERIFY2(validator->validateResponse(body, &f),
                 qPrintable(QStringLiteral("line %1: %2\n%3")
                                .arg(f.line)
                                .arg(f.message, QString::fromUtf8(body.left(3000)))));
    }

private slots:
    void initTestCase()
    {
        validator = std::make_unique<SchemaValidator>(QStringLiteral(OTJ_EWS_SCHEMA_DIR));
        QVERIFY2(validator->isValid(), qPrintable(validator->loadError()));
    }

    void init()
    {
        now = QDateTime::currentDateTimeUtc();
        QString err;
        LabPki pki = LabPki::generate(&err);
        QVERIFY2(pki.isValid(), qPrintable(err));
        server = std::make_unique<LabServer>(LabOrg::defaultOrg(now), pki);
        QVERIFY2(server->listen(0, &err), qPrintable(err));
    }

    void cleanup() { server.reset(); }

    void tlsTrustsOnlyTheLabCa()
    {
        Client c(server->pki().caCertPem);
        Resp r = c.post(ews(), soap(getFolderCalendar()));
        QCOMPARE(r.status, 401);
        QVERIFY(r.sslErrors.isEmpty());
        // A client trusting the unrelated CA only must fail.
        Client other(server->pki().otherCaCertPem);
        r = other.post(ews(), soap(getFolderCalendar()));
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        QVERIFY(!r.sslErrors.isEmpty());
    }

    void wrongNameCertificateFault()
    {
        // One handshake with the wrong-name certificate, then the good one again.
        QCOMPARE(admin("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"), QStringLiteral("cert=wrong-name:1")}})
                     .status,
                 200);
        Client c(server->pki().caCertPem);
        Resp r = c.post(ews(), soap(getFolderCalendar()));
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        bool mismatch = false;
        for (const auto& e : r.sslErrors)
            mismatch = mismatch || e.error() == QSslError::HostNameMismatch;
        QVERIFY(mismatch);
        QCOMPARE(admin("GET", QStringLiteral("faults")).status, 200);
        // The unrelated CA's certificate, until switched back.
        QCOMPARE(admin("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"), QStringLiteral("cert=other-ca")}})
                     .status,
                 200);
        Client c2(server->pki().caCertPem);
        r = c2.post(ews(), soap(getFolderCalendar()));
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        QVERIFY(!r.sslErrors.isEmpty());
        // A client trusting the other CA still reaches /lab/ to switch it back.
        Client other(server->pki().otherCaCertPem);
        QCOMPARE(other
                     .request("DELETE", QUrl(server->adminUrl() + QStringLiteral("faults")), {},
                              {{"Authorization", "Bearer " + server->adminToken().toLatin1()}})
                     .status,
                 200);
        Client c3(server->pki().caCertPem);
        QCOMPARE(c3.post(ews(), soap(getFolderCalendar())).status, 401);
    }

    RawResp rawEws(const QList<QPair<QByteArray, QByteArray>>& headers = {},
                   const QByteArray& body = soap(getFolderCalendar()))
    {
        return raw(server->port(), server->pki().caCertPem, "POST", "/EWS/Exchange.asmx",
                   QList<QPair<QByteArray, QByteArray>>{{"Content-Type", "text/xml; charset=utf-8"}} +
                       headers,
                   body);
    }

    void challengeListsWhatTheVdirAllows()
    {
        RawResp r = rawEws();
        QCOMPARE(r.status, 401);
        QCOMPARE(r.headerValues("WWW-Authenticate"),
                 QList<QByteArray>({"Negotiate", "NTLM", "Basic realm=\"127.0.0.1\""}));
        QCOMPARE(admin("POST", QStringLiteral("virtual-directories"),
                       {{QStringLiteral("ewsBasicAuthentication"), false}})
                     .status,
                 200);
        r = rawEws(as(QStringLiteral("alice@contoso.lab"), QStringLiteral("Alice!2024")));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.headerValues("WWW-Authenticate"), QList<QByteArray>({"Negotiate", "NTLM"}));
        QCOMPARE(admin("POST", QStringLiteral("virtual-directories"),
                       {{QStringLiteral("ewsBasicAuthentication"), true},
                        {QStringLiteral("ewsWindowsAuthentication"), false}})
                     .status,
                 200);
        r = rawEws();
        QCOMPARE(r.headerValues("WWW-Authenticate"), QList<QByteArray>({"Basic realm=\"127.0.0.1\""}));
    }

    void sameUnauthorizedForEveryCause()
    {
        QCOMPARE(admin("POST", QStringLiteral("accounts/bob@contoso.lab/authentication-policy"),
                       {{QStringLiteral("policy"), QStringLiteral("Block Legacy Auth")}})
                     .status,
                 200);
        const QList<QPair<QString, QString>> attempts = {
            {QStringLiteral("alice@contoso.lab"), QStringLiteral("wrong")},      // wrong password
            {QStringLiteral("eve@contoso.lab"), QStringLiteral("Eve!2024")},     // disabled
            {QStringLiteral("frank@contoso.lab"), QStringLiteral("Frank!2024")}, // expired
            {QStringLiteral("bob@contoso.lab"), QStringLiteral("Bob!2024")},     // policy blocks legacy auth
            {QStringLiteral("nobody@contoso.lab"), QStringLiteral("x")},         // unknown
        };
        const RawResp none = rawEws();
        QCOMPARE(none.status, 401);
        for (const auto& a : attempts) {
            const RawResp r = rawEws(as(a.first, a.second));
            QCOMPARE(r.status, 401);
            QCOMPARE(r.body, none.body);
            QCOMPARE(r.headerValues("WWW-Authenticate"), none.headerValues("WWW-Authenticate"));
            QCOMPARE(r.headerValues("Content-Type"), none.headerValues("Content-Type"));
        }
        // The same causes through NTLM end in the same 401 as well.
        for (const auto& a : attempts) {
            Client c(server->pki().caCertPem);
            int asked = 0;
            c.onAuth = [&](QNetworkReply*, QAuthenticator* au) {
                if (asked++ == 0) {
                    au->setUser(a.first);
                    au->setPassword(a.second);
                }
            };
            QCOMPARE(admin("POST", QStringLiteral("virtual-directories"),
                           {{QStringLiteral("ewsBasicAuthentication"), false}})
                         .status,
                     200);
            const Resp r = c.post(ews(), soap(getFolderCalendar()));
            QCOMPARE(r.status, 401);
            QCOMPARE(r.body, none.body);
        }
        // And the right password of a good account works.
        QCOMPARE(admin("POST", QStringLiteral("virtual-directories"),
                       {{QStringLiteral("ewsBasicAuthentication"), true}})
                     .status,
                 200);
        QCOMPARE(rawEws(as(QStringLiteral("alice@contoso.lab"), QStringLiteral("Alice!2024"))).status, 200);
    }

    void ntlmWithQAuthenticator()
    {
        // Only Windows authentication on the vdir: QAuthenticator has to do NTLMv2.
        QCOMPARE(admin("POST", QStringLiteral("virtual-directories"),
                       {{QStringLiteral("ewsBasicAuthentication"), false}})
                     .status,
                 200);
        Client c(server->pki().caCertPem);
        int asked = 0;
        c.onAuth = [&](QNetworkReply*, QAuthenticator* a) {
            if (asked++ == 0) {
                a->setUser(QStringLiteral("CONTOSO\\alice"));
                a->setPassword(QStringLiteral("Alice!2024"));
            }
        };
        Resp r = c.post(ews(), soap(getFolderCalendar()));
        QCOMPARE(r.status, 200);
        QCOMPARE(asked, 1);
        Doc d(r.body);
        QCOMPARE(d.first(xml::kMessages, "ResponseCode"), QStringLiteral("NoError"));
        // The connection stays authenticated: a second request needs no new credentials.
        r = c.post(ews(), soap(getFolderCalendar()));
        QCOMPARE(r.status, 200);
        QCOMPARE(asked, 1);

        // UPN form and a wrong password.
        Client c2(server->pki().caCertPem);
        int asked2 = 0;
        c2.onAuth = [&](QNetworkReply*, QAuthenticator* a) {
            if (asked2++ == 0) {
                a->setUser(QStringLiteral("alice@contoso.lab"));
                a->setPassword(QStringLiteral("not-the-password"));
            }
        };
        r = c2.post(ews(), soap(getFolderCalendar()));
        QCOMPARE(r.status, 401);
        QVERIFY(asked2 >= 1);

        Client c3(server->pki().caCertPem);
        int asked3 = 0;
        c3.onAuth = [&](QNetworkReply*, QAuthenticator* a) {
            if (asked3++ == 0) {
                a->setUser(QStringLiteral("alice@contoso.lab"));
                a->setPassword(QStringLiteral("Alice!2024"));
            }
        };
        QCOMPARE(c3.post(ews(), soap(getFolderCalendar())).status, 200);
    }

    void impersonationRules()
    {
        Client c(server->pki().caCertPem);
        // No assignment: denied, as a SOAP fault on HTTP 500.
        Resp r = c.post(ews(), soap(getFolderCalendar(), "room-hq-03@contoso.lab"),
                        as(kSvc, kSvcPw, "room-hq-03@contoso.lab"));
        QCOMPARE(r.status, 500);
        Doc d(r.body);
        QCOMPARE(d.first(xml::kErrors, "ResponseCode"), QStringLiteral("ErrorImpersonateUserDenied"));
        QVERIFY(d.texts("", "faultcode").value(0).endsWith(QLatin1String("ErrorImpersonateUserDenied")));

        // Scoped to the HQ Rooms group: members only.
        grantRooms(QStringLiteral("MemberOfGroup -eq 'CN=HQ Rooms,OU=Groups,DC=contoso,DC=lab'"));
        r = c.post(ews(), soap(getFolderCalendar(), "room-hq-03@contoso.lab"),
                   as(kSvc, kSvcPw, "room-hq-03@contoso.lab"));
        QCOMPARE(r.status, 200);
        checkSchema(r.body);
        r = c.post(ews(), soap(getFolderCalendar(), "room-br-03@contoso.lab"), as(kSvc, kSvcPw));
        QCOMPARE(r.status, 500);
        QCOMPARE(Doc(r.body).first(xml::kErrors, "ResponseCode"),
                 QStringLiteral("ErrorImpersonateUserDenied"));
        // Adding the room to the group brings it into scope.
        QCOMPARE(admin("POST", QStringLiteral("groups/HQ Rooms/members"),
                       {{QStringLiteral("member"), QStringLiteral("room-br-03@contoso.lab")}})
                     .status,
                 200);
        QCOMPARE(c.post(ews(), soap(getFolderCalendar(), "room-br-03@contoso.lab"), as(kSvc, kSvcPw)).status,
                 200);

        // Unknown and remote (Exchange Online) mailboxes.
        r = c.post(ews(), soap(getFolderCalendar(), "ghost@contoso.lab"), as(kSvc, kSvcPw));
        QCOMPARE(r.status, 500);
        QCOMPARE(Doc(r.body).first(xml::kErrors, "ResponseCode"), QStringLiteral("ErrorNonExistentMailbox"));
        grantRooms();
        r = c.post(ews(), soap(getFolderCalendar(), "room-cloud-01@contoso.lab"), as(kSvc, kSvcPw));
        QCOMPARE(r.status, 500);
        QCOMPARE(Doc(r.body).first(xml::kErrors, "ResponseCode"), QStringLiteral("ErrorNonExistentMailbox"));

        // A user mailbox is outside RecipientTypeDetails -eq 'RoomMailbox'.
        r = c.post(ews(), soap(getFolderCalendar(), "alice@contoso.lab"), as(kSvc, kSvcPw));
        QCOMPARE(Doc(r.body).first(xml::kErrors, "ResponseCode"),
                 QStringLiteral("ErrorImpersonateUserDenied"));

        // Without impersonation the mailbox-less service account must name the mailbox...
        r = c.post(ews(), soap(getFolderCalendar()), as(kSvc, kSvcPw));
        QCOMPARE(Doc(r.body).first(xml::kMessages, "ResponseCode"),
                 QStringLiteral("ErrorMissingEmailAddress"));
        // ... and has no folder rights on it.
        r = c.post(ews(), soap(getFolderCalendar("room-hq-03@contoso.lab")), as(kSvc, kSvcPw));
        QCOMPARE(r.status, 200);
        QCOMPARE(Doc(r.body).first(xml::kMessages, "ResponseCode"), QStringLiteral("ErrorAccessDenied"));
        checkSchema(r.body);
    }

    void rbacDelay()
    {
        QCOMPARE(admin("POST", QStringLiteral("rbac-delay"), {{QStringLiteral("seconds"), 2}}).status, 200);
        QCOMPARE(admin("POST", QStringLiteral("role-assignments"),
                       {{QStringLiteral("name"), QStringLiteral("Fresh")},
                        {QStringLiteral("user"), kSvc},
                        {QStringLiteral("recipientRestrictionFilter"),
                         QStringLiteral("RecipientTypeDetails -eq 'RoomMailbox'")}})
                     .status,
                 201);
        Client c(server->pki().caCertPem);
        Resp r = c.post(ews(), soap(getFolderCalendar(), "room-hq-03@contoso.lab"), as(kSvc, kSvcPw));
        QCOMPARE(Doc(r.body).first(xml::kErrors, "ResponseCode"),
                 QStringLiteral("ErrorImpersonateUserDenied"));
        QTest::qWait(2100);
        r = c.post(ews(), soap(getFolderCalendar(), "room-hq-03@contoso.lab"), as(kSvc, kSvcPw));
        QCOMPARE(r.status, 200);
    }

    void findItemGetItemShowWhatOtjWouldSee()
    {
        grantRooms();
        Client c(server->pki().caCertPem);
        const QByteArray room = "room-br-07@contoso.lab";
        Resp r =
            c.post(ews(), soap(findItem(now.addDays(-30), now.addDays(30)), room), as(kSvc, kSvcPw, room));
        QCOMPARE(r.status, 200);
        checkSchema(r.body);
        Doc d(r.body);
        const auto items = d.all(xml::kTypes, "ItemId");
        QVERIFY(!items.isEmpty());
        QList<QByteArray> ids;
        for (const auto& i : items)
            ids << QByteArray(xml::attr(i, "Id").value());
        for (const QString& created : d.texts(xml::kTypes, "DateTimeCreated"))
            QVERIFY(QDateTime::fromString(created, Qt::ISODate) < now);
        // Default room: bodies stripped, subject replaced by the organizer.
        r = c.post(ews(), soap(getItem(ids)), as(kSvc, kSvcPw, room));
        QCOMPARE(r.status, 200);
        checkSchema(r.body);
        Doc g(r.body);
        QCOMPARE(g.all(xml::kMessages, "GetItemResponseMessage").size(), ids.size());
        for (const QString& b : g.texts(xml::kTypes, "Body"))
            QVERIFY(b.isEmpty());
        // MaxEntriesReturned truncates and says so.
        r = c.post(ews(), soap(findItem(now.addDays(-30), now.addDays(30), 1), room), as(kSvc, kSvcPw, room));
        const Doc truncated(r.body); // nodes live as long as their document
        const auto root = truncated.all(xml::kMessages, "RootFolder");
        QCOMPARE(root.size(), 1);
        QCOMPARE(QString::fromUtf8(xml::attr(root[0], "IncludesLastItemInRange").value()),
                 QStringLiteral("false"));
        // FindItem refuses Body; range checks.
        r = c.post(ews(),
                   soap(findItem(now, now.addDays(1), 0, "<t:FieldURI FieldURI=\"item:Body\"/>"), room),
                   as(kSvc, kSvcPw));
        QCOMPARE(Doc(r.body).first(xml::kMessages, "ResponseCode"),
                 QStringLiteral("ErrorInvalidPropertyRequest"));
        r = c.post(ews(), soap(findItem(now, now.addDays(800)), room), as(kSvc, kSvcPw));
        QCOMPARE(Doc(r.body).first(xml::kMessages, "ResponseCode"),
                 QStringLiteral("ErrorCalendarViewRangeTooBig"));
        r = c.post(ews(), soap(findItem(now, now.addDays(-1)), room), as(kSvc, kSvcPw));
        QCOMPARE(Doc(r.body).first(xml::kMessages, "ResponseCode"),
                 QStringLiteral("ErrorCalendarEndDateIsEarlierThanStartDate"));
        // An item of another mailbox, and a malformed id.
        r = c.post(ews(), soap(getItem({ids.first(), "bogus"}), "room-hq-04@contoso.lab"), as(kSvc, kSvcPw));
        QCOMPARE(
            Doc(r.body).texts(xml::kMessages, "ResponseCode"),
            QStringList({QStringLiteral("ErrorAccessDenied"), QStringLiteral("ErrorInvalidIdMalformed")}));
    }

    void calendarProcessingChangeAndCreateItem()
    {
        grantRooms();
        Client c(server->pki().caCertPem);
        const QByteArray room = "room-br-08@contoso.lab";
        // Fix the room, then Alice books it: the new item keeps body and subject.
        Resp a = admin("PATCH", QStringLiteral("rooms/%1/calendar-processing").arg(QString::fromLatin1(room)),
                       {{QStringLiteral("DeleteComments"), false},
                        {QStringLiteral("DeleteSubject"), false},
                        {QStringLiteral("AddOrganizerToSubject"), false}});
        QCOMPARE(a.status, 200);
        const QDateTime changed = QDateTime::fromString(
            QJsonDocument::fromJson(a.body).object().value(QLatin1String("lastChanged")).toString(),
            Qt::ISODate);
        QVERIFY(changed.isValid() && qAbs(changed.secsTo(QDateTime::currentDateTimeUtc())) < 5);
        const QDateTime start = QDateTime(now.date().addDays(40), QTime(23, 0), Qt::UTC);
        const QByteArray create =
            "<m:CreateItem SendMeetingInvitations=\"SendToAllAndSaveCopy\"><m:Items><t:CalendarItem>"
            "<t:Subject>OTJ test</t:Subject><t:Body BodyType=\"HTML\">&lt;p&gt;Join "
            "https://meet.contoso.lab/vmr/42&lt;/p&gt;</t:Body>"
            "<t:Start>" +
            start.toString(Qt::ISODate).toLatin1() + "</t:Start><t:End>" +
            start.addSecs(1800).toString(Qt::ISODate).toLatin1() +
            "</t:End><t:Location>Branch Room "
            "08</t:Location><t:RequiredAttendees><t:Attendee><t:Mailbox><t:EmailAddress>bob@contoso.lab</"
            "t:EmailAddress></t:Mailbox></t:Attendee></t:RequiredAttendees>"
            "<t:Resources><t:Attendee><t:Mailbox><t:EmailAddress>" +
            room +
            "</t:EmailAddress></t:Mailbox></t:Attendee>"
            "<t:Attendee><t:Mailbox><t:EmailAddress>room-br-09@contoso.lab</t:EmailAddress></t:Mailbox></"
            "t:Attendee></t:Resources>"
            "</t:CalendarItem></m:Items></m:CreateItem>";
        Resp r = c.post(ews(), soap(create),
                        as(QStringLiteral("alice@contoso.lab"), QStringLiteral("Alice!2024")));
        QCOMPARE(r.status, 200);
        checkSchema(r.body);
        const QByteArray organizerId =
            xml::attr(Doc(r.body).all(xml::kTypes, "ItemId").value(0), "Id").value();
        QVERIFY(!organizerId.isEmpty());
        const auto roomItems = [&](const QByteArray& mailbox) {
            const Resp f = c.post(ews(), soap(findItem(start.addSecs(-60), start.addSecs(3600)), mailbox),
                                  as(kSvc, kSvcPw, mailbox));
            QList<QByteArray> ids;
            const Doc d(f.body);
            for (const auto& i : d.all(xml::kTypes, "ItemId"))
                ids << QByteArray(xml::attr(i, "Id").value());
            return ids;
        };
        const auto ids = roomItems(room);
        QCOMPARE(ids.size(), 1);
        r = c.post(ews(), soap(getItem(ids), room), as(kSvc, kSvcPw, room));
        Doc g(r.body);
        QCOMPARE(g.first(xml::kTypes, "Subject"), QStringLiteral("OTJ test"));
        QVERIFY(g.first(xml::kTypes, "Body").contains(QLatin1String("https://meet.contoso.lab/vmr/42")));
        QVERIFY(QDateTime::fromString(g.first(xml::kTypes, "DateTimeCreated"), Qt::ISODate) >= changed);
        // The room with Exchange's defaults strips the same request.
        const auto ids9 = roomItems("room-br-09@contoso.lab");
        QCOMPARE(ids9.size(), 1);
        r = c.post(ews(), soap(getItem(ids9), "room-br-09@contoso.lab"), as(kSvc, kSvcPw));
        Doc g9b(r.body);
        QCOMPARE(g9b.first(xml::kTypes, "Subject"), QStringLiteral("Alice Archer"));
        QVERIFY(g9b.first(xml::kTypes, "Body").isEmpty());

        // Availability shows the meeting; schema-valid.
        const QByteArray avail =
            "<m:GetUserAvailabilityRequest><t:TimeZone><t:Bias>0</t:Bias><t:StandardTime><t:Bias>0</"
            "t:Bias><t:Time>02:00:00</t:Time>"
            "<t:DayOrder>5</t:DayOrder><t:Month>10</t:Month><t:DayOfWeek>Sunday</t:DayOfWeek></"
            "t:StandardTime><t:DaylightTime>"
            "<t:Bias>0</t:Bias><t:Time>02:00:00</t:Time><t:DayOrder>1</t:DayOrder><t:Month>4</"
            "t:Month><t:DayOfWeek>Sunday</t:DayOfWeek>"
            "</t:DaylightTime></t:TimeZone><m:MailboxDataArray><t:MailboxData><t:Email><t:Address>" +
            room +
            "</t:Address></t:Email><t:AttendeeType>Room</t:AttendeeType><t:ExcludeConflicts>false</"
            "t:ExcludeConflicts></t:MailboxData>"
            "<t:MailboxData><t:Email><t:Address>room-cloud-01@contoso.lab</t:Address></"
            "t:Email><t:AttendeeType>Room</t:AttendeeType></t:MailboxData>"
            "</m:MailboxDataArray><t:FreeBusyViewOptions><t:TimeWindow><t:StartTime>" +
            start.addDays(-1).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1() +
            "</t:StartTime><t:EndTime>" +
            start.addDays(1).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1() +
            "</t:EndTime></t:TimeWindow><t:MergedFreeBusyIntervalInMinutes>30</"
            "t:MergedFreeBusyIntervalInMinutes>"
            "<t:RequestedView>Detailed</t:RequestedView></t:FreeBusyViewOptions></"
            "m:GetUserAvailabilityRequest>";
        r = c.post(ews(), soap(avail), as(QStringLiteral("bob@contoso.lab"), QStringLiteral("Bob!2024")));
        QCOMPARE(r.status, 200);
        checkSchema(r.body);
        Doc av(r.body);
        QCOMPARE(av.texts(xml::kMessages, "ResponseCode"),
                 QStringList({QStringLiteral("NoError"), QStringLiteral("ErrorAvailabilityConfigNotFound")}));
        QVERIFY(av.texts(xml::kTypes, "Subject").contains(QStringLiteral("OTJ test")));
        QByteArray tooLong = avail;
        tooLong.replace(start.addDays(1).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1(),
                        start.addDays(60).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1());
        r = c.post(ews(), soap(tooLong), as(QStringLiteral("bob@contoso.lab"), QStringLiteral("Bob!2024")));
        checkSchema(r.body);
        QCOMPARE(Doc(r.body).texts(xml::kMessages, "ResponseCode").value(0),
                 QStringLiteral("ErrorTimeIntervalTooBig"));

        // Cancelling from the organizer removes it from the AutoAccept room.
        const QByteArray cancel = "<m:DeleteItem DeleteType=\"MoveToDeletedItems\" "
                                  "SendMeetingCancellations=\"SendToAllAndSaveCopy\">"
                                  "<m:ItemIds><t:ItemId Id=\"" +
                                  organizerId + "\"/></m:ItemIds></m:DeleteItem>";
        r = c.post(ews(), soap(cancel),
                   as(QStringLiteral("alice@contoso.lab"), QStringLiteral("Alice!2024")));
        QCOMPARE(Doc(r.body).first(xml::kMessages, "ResponseCode"), QStringLiteral("NoError"));
        checkSchema(r.body);
        QCOMPARE(roomItems(room).size(), 0);
    }

    void requestsAreParsedByNamespaceNotPrefix()
    {
        grantRooms();
        Client c(server->pki().caCertPem);
        // Other prefixes, a default namespace for messages, types declared on an inner element.
        const QByteArray odd =
            "<?xml version=\"1.0\"?><x:Envelope xmlns:x=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            "<x:Header><q:RequestServerVersion "
            "xmlns:q=\"http://schemas.microsoft.com/exchange/services/2006/types\" Version=\"Exchange2016\"/>"
            "<ExchangeImpersonation "
            "xmlns=\"http://schemas.microsoft.com/exchange/services/2006/types\"><ConnectingSID>"
            "<PrimarySmtpAddress>room-hq-02@contoso.lab</PrimarySmtpAddress></ConnectingSID></"
            "ExchangeImpersonation></x:Header>"
            "<x:Body><GetFolder xmlns=\"http://schemas.microsoft.com/exchange/services/2006/messages\" "
            "xmlns:z=\"http://schemas.microsoft.com/exchange/services/2006/"
            "types\"><FolderShape><z:BaseShape>IdOnly</z:BaseShape>"
            "</FolderShape><FolderIds><z:DistinguishedFolderId "
            "Id=\"calendar\"/></FolderIds></GetFolder></x:Body></x:Envelope>";
        Resp r = c.post(ews(), odd, as(kSvc, kSvcPw, "room-hq-02@contoso.lab"));
        QCOMPARE(r.status, 200);
        Doc d(r.body);
        QCOMPARE(d.first(xml::kMessages, "ResponseCode"), QStringLiteral("NoError"));
        // The usual prefixes bound to the wrong namespaces are not EWS.
        QByteArray wrong = soap(getFolderCalendar());
        wrong.replace("http://schemas.microsoft.com/exchange/services/2006/messages", "urn:not-ews");
        r = c.post(ews(), wrong, as(kSvc, kSvcPw));
        QCOMPARE(r.status, 500);
        QCOMPARE(Doc(r.body).first(xml::kErrors, "ResponseCode"), QStringLiteral("ErrorSchemaValidation"));
        // An impersonation header in the wrong namespace is not an impersonation header.
        QByteArray fakeImp = soap(getFolderCalendar(), "room-hq-02@contoso.lab");
        fakeImp.replace("<t:ExchangeImpersonation>", "<t2:ExchangeImpersonation xmlns:t2=\"urn:x\">")
            .replace("</t:ExchangeImpersonation>", "</t2:ExchangeImpersonation>");
        r = c.post(ews(), fakeImp, as(kSvc, kSvcPw));
        QCOMPARE(Doc(r.body).first(xml::kMessages, "ResponseCode"),
                 QStringLiteral("ErrorMissingEmailAddress"));
    }

    void resolveNames()
    {
        Client c(server->pki().caCertPem);
        auto resolve = [&](const QByteArray& entry) {
            const Resp r = c.post(ews(),
                                  soap("<m:ResolveNames ReturnFullContactData=\"false\"><m:UnresolvedEntry>" +
                                       entry + "</m:UnresolvedEntry></m:ResolveNames>"),
                                  as(QStringLiteral("alice@contoso.lab"), QStringLiteral("Alice!2024")));
            [&] {
                checkSchema(r.body);
            }();
            return r;
        };
        Resp r = resolve("room-hq-02@contoso.lab");
        Doc one(r.body);
        QCOMPARE(QString::fromUtf8(xml::attr(one.all(xml::kMessages, "ResolveNamesResponseMessage").value(0),
                                             "ResponseClass")
                                       .value()),
                 QStringLiteral("Success"));
        QCOMPARE(one.first(xml::kTypes, "EmailAddress"), QStringLiteral("room-hq-02@contoso.lab"));
        Doc many(resolve("room-hq").body);
        QCOMPARE(QString::fromUtf8(xml::attr(many.all(xml::kMessages, "ResolveNamesResponseMessage").value(0),
                                             "ResponseClass")
                                       .value()),
                 QStringLiteral("Warning"));
        QCOMPARE(many.first(xml::kMessages, "ResponseCode"),
                 QStringLiteral("ErrorNameResolutionMultipleResults"));
        QVERIFY(many.all(xml::kTypes, "Resolution").size() > 10);
        Doc none(resolve("nobody-here").body);
        QCOMPARE(none.first(xml::kMessages, "ResponseCode"), QStringLiteral("ErrorNameResolutionNoResults"));
    }

    void everyResponseTypeIsSchemaValidInEveryStyle()
    {
        grantRooms();
        Recipient* caller = server->org().find(kSvc);
        const QByteArray room = "room-hq-01@contoso.lab";
        QList<QByteArray> ids;
        for (const auto& it : server->org().find(QString::fromLatin1(room))->calendar)
            ids << it.id.toLatin1();
        const QList<QByteArray> bodies = {
            soap(getFolderCalendar(), room),
            soap("<m:GetFolder><m:FolderShape><t:BaseShape>AllProperties</t:BaseShape></"
                 "m:FolderShape><m:FolderIds>"
                 "<t:DistinguishedFolderId Id=\"inbox\"/><t:DistinguishedFolderId "
                 "Id=\"calendar\"><t:Mailbox><t:EmailAddress>x@y.z</t:EmailAddress></t:Mailbox></"
                 "t:DistinguishedFolderId></m:FolderIds></m:GetFolder>",
                 room),
            soap(findItem(now.addDays(-10), now.addDays(20)), room),
            soap("<m:FindItem "
                 "Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>AllProperties</t:BaseShape></m:ItemShape>"
                 "<m:CalendarView StartDate=\"" +
                     now.addDays(-10).toString(Qt::ISODate).toLatin1() + "\" EndDate=\"" +
                     now.addDays(20).toString(Qt::ISODate).toLatin1() +
                     "\"/><m:ParentFolderIds><t:DistinguishedFolderId "
                     "Id=\"calendar\"/></m:ParentFolderIds></m:FindItem>",
                 room),
            soap(getItem(ids, "HTML"), room),
            soap("<m:GetItem><m:ItemShape><t:BaseShape>AllProperties</t:BaseShape></"
                 "m:ItemShape><m:ItemIds><t:ItemId Id=\"" +
                     ids.value(0) + "\"/><t:ItemId Id=\"AAMkAbm9wZQ\"/></m:ItemIds></m:GetItem>",
                 room),
            soap("<m:ResolveNames "
                 "ReturnFullContactData=\"false\"><m:UnresolvedEntry>room</m:UnresolvedEntry></"
                 "m:ResolveNames>"),
            // Error variants of each operation.
            soap("<m:ResolveNames "
                 "ReturnFullContactData=\"false\"><m:UnresolvedEntry>zzz</m:UnresolvedEntry></"
                 "m:ResolveNames>"),
            soap(findItem(now, now.addDays(1), 0, "<t:FieldURI FieldURI=\"item:Body\"/>"), room),
            soap(findItem(now, now.addDays(900)), room),
            soap("<m:CreateItem "
                 "SendMeetingInvitations=\"SendToNone\"><m:Items><t:CalendarItem><t:Subject>x</t:Subject>"
                 "<t:Start>2030-01-02T10:00:00Z</t:Start><t:End>2030-01-02T09:00:00Z</t:End></"
                 "t:CalendarItem></m:Items></m:CreateItem>",
                 room),
            soap("<m:CreateItem "
                 "SendMeetingInvitations=\"SendToAllAndSaveCopy\"><m:Items><t:CalendarItem><t:Subject>x</"
                 "t:Subject>"
                 "<t:Start>2030-01-02T10:00:00Z</t:Start><t:End>2030-01-02T11:00:00Z</t:End></"
                 "t:CalendarItem></m:Items></m:CreateItem>",
                 room),
            soap("<m:DeleteItem DeleteType=\"HardDelete\" SendMeetingCancellations=\"SendToNone\"><m:ItemIds>"
                 "<t:ItemId Id=\"AAMkAbm9wZQ\"/></m:ItemIds></m:DeleteItem>",
                 room),
            soap("<m:GetUserAvailabilityRequest><t:TimeZone><t:Bias>0</t:Bias><t:StandardTime><t:Bias>0</"
                 "t:Bias><t:Time>02:00:00</t:Time>"
                 "<t:DayOrder>5</t:DayOrder><t:Month>10</t:Month><t:DayOfWeek>Sunday</t:DayOfWeek></"
                 "t:StandardTime><t:DaylightTime>"
                 "<t:Bias>0</t:Bias><t:Time>02:00:00</t:Time><t:DayOrder>1</t:DayOrder><t:Month>4</"
                 "t:Month><t:DayOfWeek>Sunday</t:DayOfWeek>"
                 "</t:DaylightTime></"
                 "t:TimeZone><m:MailboxDataArray><t:MailboxData><t:Email><t:Address>ghost@contoso.lab</"
                 "t:Address></t:Email>"
                 "<t:AttendeeType>Room</t:AttendeeType></"
                 "t:MailboxData><t:MailboxData><t:Email><t:Address>room-hq-01@contoso.lab</t:Address></"
                 "t:Email>"
                 "<t:AttendeeType>Room</t:AttendeeType></t:MailboxData></"
                 "m:MailboxDataArray><t:FreeBusyViewOptions><t:TimeWindow>"
                 "<t:StartTime>" +
                 now.addDays(-2).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1() +
                 "</t:StartTime><t:EndTime>" +
                 now.addDays(5).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1() +
                 "</t:EndTime></t:TimeWindow><t:RequestedView>FreeBusy</t:RequestedView></"
                 "t:FreeBusyViewOptions></m:GetUserAvailabilityRequest>"),
        };
        for (int style = 0; style < 3; ++style) {
            server->ews().setStyle(EwsStyle(style));
            for (const QByteArray& b : bodies) {
                const EwsOutcome out = server->ews().handle(b, *caller, QDateTime::currentDateTimeUtc());
                QVERIFY2(!out.fault, qPrintable(out.faultCode));
                checkSchema(out.response.body);
                Doc d(out.response.body);
                QVERIFY(d.ok);
                QVERIFY(!d.all(xml::kTypes, "ServerVersionInfo").isEmpty());
            }
            checkSchema(server->ews()
                            .errorResponse(QStringLiteral("FindItem"),
                                           QStringLiteral("ErrorExceededConnectionCount"),
                                           QStringLiteral("x"))
                            .body);
            checkSchema(server->ews()
                            .errorResponse(QStringLiteral("GetUserAvailability"),
                                           QStringLiteral("ErrorServerBusy"), QStringLiteral("x"),
                                           {{QStringLiteral("BackOffMilliseconds"), QStringLiteral("0")}})
                            .body);
        }
        // Styles differ in prefixes: a prefix-matching client would break.
        // (At the current time: `now` precedes the PKI generation in init(), so under load it can
        // precede the assignment grantRooms() made "effective now" as well.)
        server->ews().setStyle(EwsStyle::DefaultNamespace);
        const QByteArray b1 =
            server->ews().handle(bodies[0], *caller, QDateTime::currentDateTimeUtc()).response.body;
        server->ews().setStyle(EwsStyle::OddPrefixes);
        const QByteArray b2 =
            server->ews().handle(bodies[0], *caller, QDateTime::currentDateTimeUtc()).response.body;
        QVERIFY(b1.contains("<GetFolderResponse xmlns="));
        QVERIFY(b2.contains("<ews:GetFolderResponse"));
        QVERIFY(!b1.contains("<m:") && !b2.contains("<m:"));
    }

    void requestCheckingAndSchemaFaults()
    {
        QString err;
        QVERIFY2(server->setSchemaDir(QStringLiteral(OTJ_EWS_SCHEMA_DIR), &err), qPrintable(err));
        Client c(server->pki().caCertPem);
        const auto alice = as(QStringLiteral("alice@contoso.lab"), QStringLiteral("Alice!2024"));
        QCOMPARE(c.post(ews(), soap(getFolderCalendar()), alice).status, 200);
        // Children of FindItem in the wrong order.
        const QByteArray wrongOrder =
            "<m:FindItem Traversal=\"Shallow\"><m:ParentFolderIds><t:DistinguishedFolderId "
            "Id=\"calendar\"/></m:ParentFolderIds>"
            "<m:ItemShape><t:BaseShape>IdOnly</t:BaseShape></m:ItemShape></m:FindItem>";
        Resp r = c.post(ews(), soap(wrongOrder), alice);
        QCOMPARE(r.status, 500);
        Doc d(r.body);
        QCOMPARE(d.first(xml::kErrors, "ResponseCode"), QStringLiteral("ErrorSchemaValidation"));
        QVERIFY(!d.first(xml::kTypes, "Violation").isEmpty());
        // Not XML at all.
        r = c.post(ews(), "<<<", alice);
        QCOMPARE(Doc(r.body).first(xml::kErrors, "ResponseCode"), QStringLiteral("ErrorSchemaValidation"));
        // Bad RequestServerVersion: schema first (enum), then without the schema the explicit check.
        r = c.post(ews(), soap(getFolderCalendar(), {}, "Exchange2019"), alice);
        QCOMPARE(Doc(r.body).first(xml::kErrors, "ResponseCode"), QStringLiteral("ErrorSchemaValidation"));
        server->ews().setSchemaValidator(nullptr);
        r = c.post(ews(), soap(getFolderCalendar(), {}, "Exchange2019"), alice);
        QCOMPARE(r.status, 500);
        QCOMPARE(Doc(r.body).first(xml::kErrors, "ResponseCode"),
                 QStringLiteral("ErrorInvalidServerVersion"));
        QCOMPARE(metrics().value(QLatin1String("schemaInvalid")).toInt(), 3);
    }

    void throttling_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("default (exceeded)") << QString();
        QTest::newRow("exceeded") << QStringLiteral("exceeded");
        QTest::newRow("busy") << QStringLiteral("busy");
        QTest::newRow("busy0") << QStringLiteral("busy0");
        QTest::newRow("connections") << QStringLiteral("connections");
        QTest::newRow("503") << QStringLiteral("503");
    }

    void throttling()
    {
        QFETCH(QString, mode);
        QCOMPARE(admin("POST", QStringLiteral("faults"),
                       {{QStringLiteral("spec"),
                         QStringLiteral("latency=400,throttle=2") +
                             (mode.isEmpty() ? QString() : QStringLiteral(",throttle-mode=") + mode)}})
                     .status,
                 200);
        Client c(server->pki().caCertPem);
        const auto alice = as(QStringLiteral("alice@contoso.lab"), QStringLiteral("Alice!2024"));
        QList<QNetworkReply*> replies;
        for (int i = 0; i < 6; ++i) {
            QNetworkRequest req(ews());
            req.setSslConfiguration(c.conf);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/xml"));
            req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            for (const auto& h : alice)
                req.setRawHeader(h.first, h.second);
            replies << c.nam.post(req, soap(getFolderCalendar()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.begin(), replies.end(), [](auto* r) { return r->isFinished(); }), 15000);
        int ok = 0, throttled = 0;
        QStringList codes;
        for (auto* r : replies) {
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = r->readAll();
            Doc d(body);
            const QString code = d.first(xml::kMessages, "ResponseCode").isEmpty()
                                     ? d.first(xml::kErrors, "ResponseCode")
                                     : d.first(xml::kMessages, "ResponseCode");
            if (code == QLatin1String("NoError"))
                ++ok;
            else {
                ++throttled;
                codes << code;
                if (mode.isEmpty() || mode == QLatin1String("exceeded")) {
                    // Exchange over EWSMaxConcurrency: a SOAP fault naming the policy part.
                    QCOMPARE(status, 500);
                    QCOMPARE(code, QStringLiteral("ErrorExceededConnectionCount"));
                    QVERIFY(d.texts("", "faultcode")
                                .value(0)
                                .endsWith(QLatin1String("ErrorExceededConnectionCount")));
                    QStringList values;
                    for (const auto& v : d.all(xml::kTypes, "Value"))
                        values << QString::fromUtf8(v.attribute("Name").value()) + QLatin1Char('=') +
                                      xml::text(v);
                    QVERIFY2(values.contains(QStringLiteral("Policy=MaxConcurrency")),
                             qPrintable(values.join(u' ')));
                    QVERIFY2(values.contains(QStringLiteral("MaxConcurrencyLimit=2")),
                             qPrintable(values.join(u' ')));
                } else if (mode == QLatin1String("503"))
                    QCOMPARE(status, 503);
                else if (mode == QLatin1String("connections")) {
                    QCOMPARE(status, 200);
                    QCOMPARE(code, QStringLiteral("ErrorExceededConnectionCount"));
                    checkSchema(body);
                } else {
                    QCOMPARE(status, 500);
                    QCOMPARE(code, QStringLiteral("ErrorServerBusy"));
                    const QString backoff = d.first(xml::kTypes, "Value");
                    QVERIFY(!backoff.isEmpty());
                    if (mode == QLatin1String("busy0"))
                        QCOMPARE(backoff, QStringLiteral("0"));
                }
            }
            r->deleteLater();
        }
        QCOMPARE(ok, 2);
        QCOMPARE(throttled, 4);
        const QJsonObject m = metrics();
        QCOMPARE(m.value(QLatin1String("throttled")).toInt(), 4);
        QCOMPARE(m.value(QLatin1String("peakConcurrentPerAccount"))
                     .toObject()
                     .value(QLatin1String("alice@contoso.lab"))
                     .toInt(),
                 2);
    }

    void faults()
    {
        Client c(server->pki().caCertPem);
        const auto alice = as(QStringLiteral("alice@contoso.lab"), QStringLiteral("Alice!2024"));
        auto setFaults = [&](const QString& spec) {
            QCOMPARE(admin("POST", QStringLiteral("faults"),
                           {{QStringLiteral("spec"), QStringLiteral("none,") + spec}})
                         .status,
                     200);
        };
        setFaults(QStringLiteral("latency=300:100"));
        Resp r = c.post(ews(), soap(getFolderCalendar()), alice);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 290, qPrintable(QString::number(r.elapsedMs)));
        setFaults(QStringLiteral("500=100"));
        r = c.post(ews(), soap(getFolderCalendar()), alice);
        QCOMPARE(r.status, 500);
        QVERIFY(r.body.contains("Server Error in '/EWS' Application"));
        setFaults(QStringLiteral("503=100"));
        QCOMPARE(c.post(ews(), soap(getFolderCalendar()), alice).status, 503);
        setFaults(QStringLiteral("401storm=2"));
        QCOMPARE(rawEws(alice).status, 401);
        QCOMPARE(rawEws(alice).status, 401);
        QCOMPARE(rawEws(alice).status, 200);
        setFaults(QStringLiteral("drop=100"));
        r = c.post(ews(), soap(getFolderCalendar()), alice);
        QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(QString::number(r.error)));
        setFaults(QStringLiteral("slow=4000"));
        r = c.post(ews(), soap(getFolderCalendar()), alice);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 150, qPrintable(QString::number(r.elapsedMs)));
        QCOMPARE(Doc(r.body).first(xml::kMessages, "ResponseCode"), QStringLiteral("NoError"));
        setFaults(QString());
        // Bad specs are refused and leave the faults alone.
        QCOMPARE(
            admin("POST", QStringLiteral("faults"), {{QStringLiteral("spec"), QStringLiteral("drop=200")}})
                .status,
            400);
        const QJsonObject m = metrics();
        QCOMPARE(m.value(QLatin1String("injected500")).toInt(), 1);
        QCOMPARE(m.value(QLatin1String("injected503")).toInt(), 1);
        QCOMPARE(m.value(QLatin1String("dropped")).toInt(), 1);
    }

    void metricsAndAnchorMailbox()
    {
        grantRooms();
        Client c(server->pki().caCertPem);
        QCOMPARE(admin("POST", QStringLiteral("metrics/reset")).status, 200);
        c.post(ews(), soap(getFolderCalendar(), "room-hq-01@contoso.lab"),
               as(kSvc, kSvcPw, "room-hq-01@contoso.lab"));
        c.post(ews(), soap(getFolderCalendar(), "room-hq-01@contoso.lab"), as(kSvc, kSvcPw));
        c.post(ews(), soap(findItem(now, now.addDays(1)), "room-hq-01@contoso.lab"), as(kSvc, kSvcPw));
        c.post(ews(), soap(getFolderCalendar()),
               as(QStringLiteral("alice@contoso.lab"), QStringLiteral("Alice!2024")));
        const QJsonObject m = metrics();
        QCOMPARE(m.value(QLatin1String("requestsPerOperation"))
                     .toObject()
                     .value(QLatin1String("GetFolder"))
                     .toInt(),
                 3);
        QCOMPARE(m.value(QLatin1String("requestsPerOperation"))
                     .toObject()
                     .value(QLatin1String("FindItem"))
                     .toInt(),
                 1);
        QCOMPARE(m.value(QLatin1String("requestsWithoutAnchorMailbox")).toInt(), 3);
        QCOMPARE(m.value(QLatin1String("impersonatedWithoutAnchorMailbox")).toInt(), 2);
        QCOMPARE(m.value(QLatin1String("peakConcurrentPerAccount")).toObject().value(kSvc).toInt(), 1);
        QVERIFY(m.contains(QLatin1String("throttled")));
        QVERIFY(m.contains(QLatin1String("schemaInvalid")));
        // Captured request bodies, for one batched schema check of everything a client sent.
        const QJsonObject cap =
            QJsonDocument::fromJson(admin("GET", QStringLiteral("requests")).body).object();
        const QJsonArray reqs = cap.value(QLatin1String("requests")).toArray();
        QCOMPARE(reqs.size(), 4);
        QCOMPARE(reqs[2].toObject().value(QLatin1String("operation")).toString(), QStringLiteral("FindItem"));
        for (const auto& v : reqs) {
            SchemaValidator::Failure f;
            QVERIFY2(
                validator->validateRequest(v.toObject().value(QLatin1String("body")).toString().toUtf8(), &f),
                qPrintable(f.message));
        }
        QCOMPARE(admin("DELETE", QStringLiteral("requests")).status, 200);
        QCOMPARE(QJsonDocument::fromJson(admin("GET", QStringLiteral("requests")).body)
                     .object()
                     .value(QLatin1String("requests"))
                     .toArray()
                     .size(),
                 0);
    }

    void labRoutes()
    {
        Client c(server->pki().caCertPem);
        // Token required.
        QCOMPARE(c.request("GET", QUrl(server->adminUrl() + QStringLiteral("metrics"))).status, 401);
        QCOMPARE(c.request("GET", QUrl(server->adminUrl() + QStringLiteral("metrics")), {},
                           {{"Authorization", "Bearer nope"}})
                     .status,
                 401);
        // Add a room; it is AutoUpdate like a room created in PowerShell.
        Resp r = admin("POST", QStringLiteral("rooms"),
                       {{QStringLiteral("smtp"), QStringLiteral("room-new@contoso.lab")},
                        {QStringLiteral("name"), QStringLiteral("New Room")}});
        QCOMPARE(r.status, 201);
        QCOMPARE(
            server->org().find(QStringLiteral("room-new@contoso.lab"))->calendarProcessing.automateProcessing,
            QStringLiteral("AutoUpdate"));
        QCOMPARE(admin("POST", QStringLiteral("rooms"),
                       {{QStringLiteral("smtp"), QStringLiteral("room-new@contoso.lab")}})
                     .status,
                 400);
        // Calendar-processing keys match case-insensitively; unknown keys and wrong types are refused.
        QCOMPARE(admin("PATCH", QStringLiteral("rooms/room-new@contoso.lab/calendar-processing"),
                       {{QStringLiteral("automateProcessing"), QStringLiteral("AutoAccept")},
                        {QStringLiteral("deleteComments"), false}})
                     .status,
                 200);
        QCOMPARE(
            server->org().find(QStringLiteral("room-new@contoso.lab"))->calendarProcessing.automateProcessing,
            QStringLiteral("AutoAccept"));
        QCOMPARE(
            server->org().find(QStringLiteral("room-new@contoso.lab"))->calendarProcessing.deleteComments,
            false);
        QCOMPARE(admin("PATCH", QStringLiteral("rooms/room-new@contoso.lab/calendar-processing"),
                       {{QStringLiteral("DeleteComent"), false}})
                     .status,
                 400);
        QCOMPARE(admin("PATCH", QStringLiteral("rooms/room-new@contoso.lab/calendar-processing"),
                       {{QStringLiteral("DeleteComments"), QStringLiteral("no")}})
                     .status,
                 400);
        QCOMPARE(admin("PATCH", QStringLiteral("rooms/alice@contoso.lab/calendar-processing"),
                       {{QStringLiteral("DeleteComments"), false}})
                     .status,
                 404);
        // Disable / expire accounts → 401.
        const auto bob = as(QStringLiteral("bob@contoso.lab"), QStringLiteral("Bob!2024"));
        QCOMPARE(c.post(ews(), soap(getFolderCalendar()), bob).status, 200);
        QCOMPARE(admin("POST", QStringLiteral("accounts/bob@contoso.lab/disable")).status, 200);
        QCOMPARE(c.post(ews(), soap(getFolderCalendar()), bob).status, 401);
        QCOMPARE(admin("POST", QStringLiteral("accounts/bob@contoso.lab/enable")).status, 200);
        QCOMPARE(c.post(ews(), soap(getFolderCalendar()), bob).status, 200);
        QCOMPARE(admin("POST", QStringLiteral("accounts/bob@contoso.lab/expire-password")).status, 200);
        QCOMPARE(c.post(ews(), soap(getFolderCalendar()), bob).status, 401);
        // Role assignment removal.
        grantRooms();
        QCOMPARE(admin("DELETE", QStringLiteral("role-assignments/OTJ Impersonation")).status, 200);
        QCOMPARE(admin("DELETE", QStringLiteral("role-assignments/OTJ Impersonation")).status, 404);
        QCOMPARE(admin("GET", QStringLiteral("nope")).status, 404);
        QVERIFY(QJsonDocument::fromJson(admin("GET", QStringLiteral("org")).body)
                    .object()
                    .contains(QLatin1String("recipients")));
    }

    void autodiscover()
    {
        Client c(server->pki().caCertPem);
        const auto alice = as(QStringLiteral("alice@contoso.lab"), QStringLiteral("Alice!2024"));
        const QUrl pox(server->baseUrl() + QStringLiteral("/autodiscover/autodiscover.xml"));
        auto poxReq = [](const QByteArray& email) {
            return "<Autodiscover "
                   "xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/"
                   "2006\"><Request><EMailAddress>" +
                   email +
                   "</EMailAddress><AcceptableResponseSchema>http://schemas.microsoft.com/exchange/"
                   "autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema></Request></"
                   "Autodiscover>";
        };
        QCOMPARE(c.post(pox, poxReq("room-hq-01@contoso.lab")).status, 401);
        Resp r = c.post(pox, poxReq("room-hq-01@contoso.lab"), alice);
        QCOMPARE(r.status, 200);
        Doc d(r.body);
        QCOMPARE(d.first(xml::kPoxOutlook, "Action"), QStringLiteral("settings"));
        QCOMPARE(d.first(xml::kPoxOutlook, "EwsUrl"), server->ewsUrl());
        Doc remote(c.post(pox, poxReq("room-cloud-01@contoso.lab"), alice).body);
        QCOMPARE(remote.first(xml::kPoxOutlook, "Action"), QStringLiteral("redirectAddr"));
        QCOMPARE(remote.first(xml::kPoxOutlook, "RedirectAddr"),
                 QStringLiteral("room-cloud-01@contoso.mail.onmicrosoft.com"));
        Doc redirect(c.post(pox, poxReq("someone@redirect.contoso.lab"), alice).body);
        QCOMPARE(redirect.first(xml::kPoxOutlook, "Action"), QStringLiteral("redirectUrl"));
        Doc unknown(c.post(pox, poxReq("ghost@contoso.lab"), alice).body);
        QCOMPARE(unknown.first(xml::kPoxResponse, "ErrorCode"), QStringLiteral("500"));

        const QUrl svc(server->autodiscoverUrl());
        const QByteArray soapReq =
            "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" "
            "xmlns:a=\"http://schemas.microsoft.com/exchange/2010/Autodiscover\" "
            "xmlns:wsa=\"http://www.w3.org/2005/08/"
            "addressing\"><soap:Header><a:RequestedServerVersion>Exchange2013</a:RequestedServerVersion>"
            "<wsa:Action>http://schemas.microsoft.com/exchange/2010/Autodiscover/Autodiscover/"
            "GetUserSettings</wsa:Action></soap:Header>"
            "<soap:Body><a:GetUserSettingsRequestMessage><a:Request><a:Users><a:User><a:Mailbox>room-hq-01@"
            "contoso.lab</a:Mailbox></a:User>"
            "<a:User><a:Mailbox>room-cloud-01@contoso.lab</a:Mailbox></"
            "a:User><a:User><a:Mailbox>ghost@contoso.lab</a:Mailbox></a:User></a:Users>"
            "<a:RequestedSettings><a:Setting>InternalEwsUrl</a:Setting><a:Setting>ExternalEwsUrl</"
            "a:Setting><a:Setting>CasVersion</a:Setting>"
            "<a:Setting>NoSuchSetting</a:Setting></a:RequestedSettings></a:Request></"
            "a:GetUserSettingsRequestMessage></soap:Body></soap:Envelope>";
        r = c.post(svc, soapReq, alice);
        QCOMPARE(r.status, 200);
        Doc s(r.body);
        QCOMPARE(s.texts(xml::kAutodiscover, "ErrorCode"),
                 QStringList({QStringLiteral("NoError"), QStringLiteral("NoError"),
                              QStringLiteral("InvalidSetting"), QStringLiteral("RedirectAddress"),
                              QStringLiteral("InvalidUser")}));
        QVERIFY(s.texts(xml::kAutodiscover, "Value").contains(server->ewsUrl()));
        QVERIFY(s.texts(xml::kAutodiscover, "RedirectTarget")
                    .contains(QStringLiteral("room-cloud-01@contoso.mail.onmicrosoft.com")));
        QVERIFY(metrics()
                    .value(QLatin1String("requestsPerOperation"))
                    .toObject()
                    .value(QLatin1String("Autodiscover.SOAP"))
                    .toInt() == 1);
    }

    void pexipIsRoutedWithItsOwnAccount()
    {
        Client c(server->pki().caCertPem);
        const QUrl url(server->pexipUrl() + QStringLiteral("configuration/v1/ms_exchange_connector/"));
        QCOMPARE(c.request("GET", url).status, 401);
        const Resp r = c.request(
            "GET", url, {},
            {{"Authorization", basic(server->org().pexipAdminUser, server->org().pexipAdminPassword)}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("svc-vmr@contoso.lab"));
    }

    void keepAliveAndLimits()
    {
        // Two requests on one TLS connection with a raw socket, then an oversized header.
        QSslSocket s;
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setCaCertificates(QSslCertificate::fromData(server->pki().caCertPem));
        s.setSslConfiguration(conf);
        s.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server->port());
        QTRY_VERIFY_WITH_TIMEOUT(s.isEncrypted(), 5000);
        const QByteArray req = "GET /EWS/Exchange.asmx HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        s.write(req + req);
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += s.readAll()).count("HTTP/1.1 401") == 2, 5000);
        // A chunked body announced with Expect: 100-continue.
        const QByteArray body = soap(getFolderCalendar());
        s.write("POST /EWS/Exchange.asmx HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\n"
                "Transfer-Encoding: chunked\r\nAuthorization: " +
                basic(QStringLiteral("alice@contoso.lab"), QStringLiteral("Alice!2024")) + "\r\n\r\n");
        got.clear();
        QTRY_VERIFY_WITH_TIMEOUT((got += s.readAll()).contains("HTTP/1.1 100 Continue"), 5000);
        const qsizetype half = body.size() / 2;
        s.write(QByteArray::number(half, 16) + "\r\n" + body.left(half) + "\r\n");
        s.write(QByteArray::number(body.size() - half, 16) + "\r\n" + body.mid(half) + "\r\n0\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT((got += s.readAll()).contains("NoError</"), 5000);
        QVERIFY(got.contains("HTTP/1.1 200 OK"));
        // An idle keep-alive connection is closed by the server.
        server->idleTimeoutMs = 100;
        QTRY_VERIFY_WITH_TIMEOUT(s.state() == QAbstractSocket::UnconnectedState, 12000);
        server->idleTimeoutMs = 120000;
        s.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server->port());
        QTRY_VERIFY_WITH_TIMEOUT(s.isEncrypted(), 5000);
        s.write("GET / HTTP/1.1\r\nX: " + QByteArray(70000, 'a') + "\r\n\r\n");
        got.clear();
        QTRY_VERIFY_WITH_TIMEOUT((got += s.readAll()).contains("431"), 5000);
    }
};

QTEST_GUILESS_MAIN(TestLabHttp)
#include "tst_lab_http.moc"
