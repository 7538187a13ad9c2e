// Unit tests of the lab's rules without sockets: scopes, RBAC delay, calendar processing,
// NTLMv2, log-on rules, fault grammar, org file format, default and generated orgs.
#include "auth/Ntlm.h"
#include "faults/Faults.h"
#include "org/LabOrg.h"
#include "server/ConcurrencyBudget.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QtTest>

using namespace otjlab;

namespace {
QString str(BookingOutcome o)
{
    return toString(o);
}
QString str(ImpersonationResult r)
{
    switch (r) {
    case ImpersonationResult::Allowed:
        return QStringLiteral("Allowed");
    case ImpersonationResult::Denied:
        return QStringLiteral("Denied");
    case ImpersonationResult::NonExistent:
        return QStringLiteral("NonExistent");
    case ImpersonationResult::RemoteMailbox:
        break;
    }
    return QStringLiteral("RemoteMailbox");
}
} // namespace

class TestLabModel : public QObject
{
    Q_OBJECT

    QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

    static MeetingRequest request(const QString& organizer, const QDateTime& start)
    {
        MeetingRequest r;
        r.uid = QStringLiteral("UID-1");
        r.organizerAddress = organizer;
        r.organizerName = QStringLiteral("Alice Archer");
        r.subject = QStringLiteral("Project sync");
        r.body = QStringLiteral("Join: https://meet.contoso.lab/vmr/1234");
        r.start = start;
        r.end = start.addSecs(1800);
        r.sent = start.addDays(-1);
        r.isPrivate = true;
        return r;
    }

private slots:
    void defaultOrgShape()
    {
        const LabOrg org = LabOrg::defaultOrg(now);
        int rooms = 0, equipment = 0, remote = 0, autoUpdate = 0, defaults = 0;
        for (const auto& r : org.recipients) {
            rooms += r.type == QLatin1String("RoomMailbox");
            equipment += r.type == QLatin1String("EquipmentMailbox");
            remote += r.type == QLatin1String("RemoteRoomMailbox");
            if (r.type == QLatin1String("RoomMailbox")) {
                autoUpdate += r.calendarProcessing.automateProcessing == QLatin1String("AutoUpdate");
                const auto& c = r.calendarProcessing;
                defaults +=
                    c.deleteComments && c.deleteSubject && c.addOrganizerToSubject && c.removePrivateProperty;
                QVERIFY2(c.lastChanged.isValid() && c.lastChanged < now, qPrintable(r.smtp));
                for (const auto& it : r.calendar)
                    QVERIFY(it.created < now);
            }
        }
        QCOMPARE(rooms, 40);
        QCOMPARE(equipment, 1);
        QCOMPARE(remote, 1);
        QVERIFY(autoUpdate >= 2);
        QVERIFY2(defaults > 30, "most rooms keep Exchange's defaults");
        QCOMPARE(org.servers.size(), 2);
        QVERIFY(org.servers[0].ewsBasicAuthentication);
        QCOMPARE(org.throttling.ewsMaxConcurrency, 27);
        QVERIFY(org.hasRoleGroup(QStringLiteral("exadmin@contoso.lab"),
                                 QStringLiteral("Organization Management")));
        QCOMPARE(org.authenticationPolicies.size(), 1);
        QVERIFY(org.authenticationPolicies[0].blockLegacyAuthWebServices);
        for (const auto& r : org.recipients)
            QVERIFY(r.authenticationPolicy.isEmpty());
        const Recipient* svc = org.find(QStringLiteral("svc-otj@contoso.lab"));
        QVERIFY(svc && !svc->hasMailbox());
        QCOMPARE(str(org.canImpersonate(svc->smtp, QStringLiteral("room-hq-03@contoso.lab"), now, 0)),
                 str(ImpersonationResult::Denied));
        QCOMPARE(str(org.canImpersonate(QStringLiteral("svc-vmr@contoso.lab"),
                                        QStringLiteral("room-hq-03@contoso.lab"), now, 0)),
                 str(ImpersonationResult::Allowed));
        const Recipient* board = org.find(QStringLiteral("room-hq-10@contoso.lab"));
        QVERIFY(!board->calendarProcessing.allBookInPolicy &&
                !board->calendarProcessing.bookInPolicy.isEmpty());
        QVERIFY(!org.find(QStringLiteral("room-hq-11@contoso.lab"))
                     ->calendarProcessing.resourceDelegates.isEmpty());
    }

    void seededMeetingsFollowTheRulesInEffect()
    {
        const LabOrg org = LabOrg::defaultOrg(now);
        // room-hq-01 was fixed five days ago: older items are stripped, newer ones keep body and subject.
        const Recipient* r = org.find(QStringLiteral("room-hq-01@contoso.lab"));
        int before = 0, after = 0;
        for (const auto& it : r->calendar) {
            if (it.created < r->calendarProcessing.lastChanged) {
                ++before;
                QVERIFY(it.body.isEmpty());
                QCOMPARE(it.subject, it.organizerName);
                QVERIFY(!it.isPrivate);
            } else {
                ++after;
                QVERIFY(!it.body.isEmpty());
                QVERIFY(it.subject != it.organizerName);
            }
        }
        QVERIFY(before + after > 0);
        // A default room: every accepted item is stripped; externals are never there.
        const Recipient* d = org.find(QStringLiteral("room-br-07@contoso.lab"));
        QVERIFY(!d->calendar.isEmpty());
        for (const auto& it : d->calendar) {
            QVERIFY(it.body.isEmpty());
            QVERIFY(!it.organizerAddress.endsWith(QLatin1String("fabrikam.example")));
        }
        // AutoUpdate: tentative and untransformed.
        const Recipient* u = org.find(QStringLiteral("room-hq-05@contoso.lab"));
        QVERIFY(!u->calendar.isEmpty());
        for (const auto& it : u->calendar) {
            QCOMPARE(it.myResponseType, QStringLiteral("Tentative"));
            QVERIFY(!it.body.isEmpty());
        }
    }

    void calendarProcessingTransforms_data()
    {
        QTest::addColumn<bool>("deleteComments");
        QTest::addColumn<bool>("deleteSubject");
        QTest::addColumn<bool>("addOrganizer");
        QTest::addColumn<bool>("removePrivate");
        QTest::addColumn<QString>("subject");
        QTest::newRow("defaults") << true << true << true << true << QStringLiteral("Alice Archer");
        QTest::newRow("otj") << false << false << false << false << QStringLiteral("Project sync");
        QTest::newRow("deleteSubject only") << false << true << false << false << QString();
        QTest::newRow("addOrganizer only")
            << false << false << true << false << QStringLiteral("Alice Archer Project sync");
    }

    void calendarProcessingTransforms()
    {
        QFETCH(bool, deleteComments);
        QFETCH(bool, deleteSubject);
        QFETCH(bool, addOrganizer);
        QFETCH(bool, removePrivate);
        QFETCH(QString, subject);
        LabOrg org = LabOrg::generated(2, now);
        Recipient& room = *org.find(QStringLiteral("room-hq-01@contoso.lab"));
        room.calendar.clear();
        CalendarProcessing cp;
        cp.deleteComments = deleteComments;
        cp.deleteSubject = deleteSubject;
        cp.addOrganizerToSubject = addOrganizer;
        cp.removePrivateProperty = removePrivate;
        const auto req = request(QStringLiteral("alice@contoso.lab"), now.addDays(1));
        QCOMPARE(str(org.deliverToResource(room, req, cp)), str(BookingOutcome::Accepted));
        QCOMPARE(room.calendar.size(), 1);
        const CalendarItem& it = room.calendar.first();
        QCOMPARE(it.body.isEmpty(), deleteComments);
        QCOMPARE(it.subject, subject);
        QCOMPARE(it.isPrivate, !removePrivate);
        QCOMPARE(it.created, req.sent);
        Recipient* owner = nullptr;
        QCOMPARE(org.findItem(it.id, &owner), &room.calendar.first());
        QCOMPARE(owner, &room);
    }

    void bookingPolicies()
    {
        LabOrg org = LabOrg::generated(2, now);
        Recipient& room = *org.find(QStringLiteral("room-hq-01@contoso.lab"));
        room.calendar.clear();
        const QDateTime t = now.addDays(2);
        CalendarProcessing cp;
        // External organizer: rejected unless ProcessExternalMeetingMessages.
        QCOMPARE(str(org.deliverToResource(room, request(QStringLiteral("x@fabrikam.example"), t), cp)),
                 str(BookingOutcome::Declined));
        cp.processExternalMeetingMessages = true;
        QCOMPARE(str(org.deliverToResource(room, request(QStringLiteral("x@fabrikam.example"), t), cp)),
                 str(BookingOutcome::Accepted));
        // Conflict with the accepted item.
        cp.processExternalMeetingMessages = false;
        QCOMPARE(str(org.deliverToResource(room, request(QStringLiteral("bob@contoso.lab"), t), cp)),
                 str(BookingOutcome::Declined));
        cp.allowConflicts = true;
        QCOMPARE(str(org.deliverToResource(room, request(QStringLiteral("bob@contoso.lab"), t), cp)),
                 str(BookingOutcome::Accepted));
        // BookInPolicy.
        room.calendar.clear();
        cp = CalendarProcessing{};
        cp.allBookInPolicy = false;
        cp.bookInPolicy = {QStringLiteral("dana@contoso.lab")};
        QCOMPARE(str(org.deliverToResource(room, request(QStringLiteral("bob@contoso.lab"), t), cp)),
                 str(BookingOutcome::Declined));
        QCOMPARE(str(org.deliverToResource(room, request(QStringLiteral("dana@contoso.lab"), t), cp)),
                 str(BookingOutcome::Accepted));
        // Delegates: requests in policy wait for approval (tentative).
        room.calendar.clear();
        cp = CalendarProcessing{};
        cp.allBookInPolicy = false;
        cp.allRequestInPolicy = true;
        cp.resourceDelegates = {QStringLiteral("carol@contoso.lab")};
        QCOMPARE(str(org.deliverToResource(room, request(QStringLiteral("bob@contoso.lab"), t), cp)),
                 str(BookingOutcome::Tentative));
        QCOMPARE(room.calendar.last().myResponseType, QStringLiteral("Tentative"));
        // AutoUpdate / None: tentative and untransformed.
        room.calendar.clear();
        cp = CalendarProcessing{};
        cp.automateProcessing = QStringLiteral("AutoUpdate");
        QCOMPARE(str(org.deliverToResource(room, request(QStringLiteral("bob@contoso.lab"), t), cp)),
                 str(BookingOutcome::Tentative));
        QCOMPARE(room.calendar.last().body, QStringLiteral("Join: https://meet.contoso.lab/vmr/1234"));
        QVERIFY(room.calendar.last().isPrivate);
        // Too long.
        cp = CalendarProcessing{};
        cp.maximumDurationInMinutes = 10;
        QCOMPARE(
            str(org.deliverToResource(room, request(QStringLiteral("bob@contoso.lab"), t.addDays(3)), cp)),
            str(BookingOutcome::Declined));
        // A user mailbox is not a resource.
        QCOMPARE(str(org.deliverToResource(*org.find(QStringLiteral("bob@contoso.lab")),
                                           request(QStringLiteral("alice@contoso.lab"), t), cp)),
                 str(BookingOutcome::NotProcessed));
    }

    void scopes()
    {
        LabOrg org = LabOrg::generated(4, now);
        const Recipient& hq1 = *org.find(QStringLiteral("room-hq-01@contoso.lab"));
        const Recipient& br1 = *org.find(QStringLiteral("room-br-01@contoso.lab"));
        const Recipient& alice = *org.find(QStringLiteral("alice@contoso.lab"));
        QVERIFY(org.scopeMatches(QStringLiteral("RecipientTypeDetails -eq 'RoomMailbox'"), hq1));
        QVERIFY(org.scopeMatches(QStringLiteral("(RecipientTypeDetails -eq \"RoomMailbox\")"), br1));
        QVERIFY(!org.scopeMatches(QStringLiteral("RecipientTypeDetails -eq 'RoomMailbox'"), alice));
        const QString dn = org.findGroup(QStringLiteral("HQ Rooms"))->distinguishedName(org.domain);
        QCOMPARE(dn, QStringLiteral("CN=HQ Rooms,OU=Groups,DC=contoso,DC=lab"));
        const QString byGroup = QStringLiteral("MemberOfGroup -eq '%1'").arg(dn);
        QVERIFY(org.scopeMatches(byGroup, hq1));
        QVERIFY(!org.scopeMatches(byGroup, br1));
        // Membership is direct only: a nested group does not count.
        org.groups.append({QStringLiteral("Outer"),
                           QStringLiteral("outer@contoso.lab"),
                           {QStringLiteral("hq-rooms@contoso.lab")},
                           {},
                           false});
        QVERIFY(!org.scopeMatches(QStringLiteral("MemberOfGroup -eq 'CN=Outer,OU=Groups,DC=contoso,DC=lab'"),
                                  hq1));
        QVERIFY(!org.scopeMatches(QStringLiteral("Name -like 'room*'"), hq1));
        QVERIFY(!org.scopeMatches(QStringLiteral("garbage"), hq1));
    }

    void impersonationAndRbacDelay()
    {
        LabOrg org = LabOrg::generated(4, now);
        const QString svc = QStringLiteral("svc-otj@contoso.lab");
        const QString hq1 = QStringLiteral("room-hq-01@contoso.lab");
        const QString br1 = QStringLiteral("room-br-01@contoso.lab");
        QCOMPARE(str(org.canImpersonate(svc, hq1, now, 0)), str(ImpersonationResult::Denied));
        org.scopes.append({QStringLiteral("S"),
                           QStringLiteral("MemberOfGroup -eq 'CN=HQ Rooms,OU=Groups,DC=contoso,DC=lab'")});
        org.assignments.append({QStringLiteral("A"), QStringLiteral("ApplicationImpersonation"), svc,
                                QStringLiteral("S"), now, true});
        QCOMPARE(str(org.canImpersonate(svc, hq1, now, 0)), str(ImpersonationResult::Allowed));
        QCOMPARE(str(org.canImpersonate(svc, br1, now, 0)), str(ImpersonationResult::Denied));
        // Not replicated yet.
        QCOMPARE(str(org.canImpersonate(svc, hq1, now.addSecs(59), 60)), str(ImpersonationResult::Denied));
        QCOMPARE(str(org.canImpersonate(svc, hq1, now.addSecs(60), 60)), str(ImpersonationResult::Allowed));
        // A room added to the group counts only after replication too.
        org.addGroupMember(*org.findGroup(QStringLiteral("HQ Rooms")), br1, now.addSecs(10));
        QCOMPARE(str(org.canImpersonate(svc, br1, now.addSecs(69), 60)), str(ImpersonationResult::Denied));
        QCOMPARE(str(org.canImpersonate(svc, br1, now.addSecs(70), 60)), str(ImpersonationResult::Allowed));
        QVERIFY(org.scopeMatches(
            QStringLiteral("MemberOfGroup -eq 'CN=HQ Rooms,OU=Groups,DC=contoso,DC=lab'"), *org.find(br1)));
        // Other roles do not grant impersonation; disabled assignments neither.
        org.assignments.last().role = QStringLiteral("Mail Recipients");
        QCOMPARE(str(org.canImpersonate(svc, hq1, now, 0)), str(ImpersonationResult::Denied));
        org.assignments.last().role = QStringLiteral("ApplicationImpersonation");
        org.assignments.last().enabled = false;
        QCOMPARE(str(org.canImpersonate(svc, hq1, now, 0)), str(ImpersonationResult::Denied));
        // Unscoped: everyone with a mailbox.
        org.assignments.append(
            {QStringLiteral("B"), QStringLiteral("ApplicationImpersonation"), svc, QString(), now, true});
        QCOMPARE(str(org.canImpersonate(svc, QStringLiteral("alice@contoso.lab"), now, 0)),
                 str(ImpersonationResult::Allowed));
        QCOMPARE(str(org.canImpersonate(svc, QStringLiteral("nobody@contoso.lab"), now, 0)),
                 str(ImpersonationResult::NonExistent));
        QCOMPARE(str(org.canImpersonate(svc, svc, now, 0)),
                 str(ImpersonationResult::NonExistent)); // no mailbox
        Recipient cloud;
        cloud.smtp = QStringLiteral("cloud@contoso.lab");
        cloud.type = QStringLiteral("RemoteRoomMailbox");
        org.recipients.append(cloud);
        QCOMPARE(str(org.canImpersonate(svc, cloud.smtp, now, 0)), str(ImpersonationResult::RemoteMailbox));
    }

    void logOnRules()
    {
        LabOrg org = LabOrg::defaultOrg(now);
        const Recipient* a = nullptr;
        QVERIFY(org.checkPassword(QStringLiteral("alice@contoso.lab"), QStringLiteral("Alice!2024"), &a));
        QVERIFY(org.checkPassword(QStringLiteral("CONTOSO\\alice"), QStringLiteral("Alice!2024")));
        QVERIFY(!org.checkPassword(QStringLiteral("OTHER\\alice"), QStringLiteral("Alice!2024")));
        QVERIFY(!org.checkPassword(QStringLiteral("alice@contoso.lab"), QStringLiteral("alice!2024")));
        QVERIFY(org.mayLogOn(*a));
        QVERIFY(!org.mayLogOn(*org.find(QStringLiteral("eve@contoso.lab"))));   // disabled
        QVERIFY(!org.mayLogOn(*org.find(QStringLiteral("frank@contoso.lab")))); // expired
        QVERIFY(!org.mayLogOn(
            *org.find(QStringLiteral("room-hq-01@contoso.lab")))); // resource: disabled, no password
        org.find(QStringLiteral("alice@contoso.lab"))->authenticationPolicy =
            QStringLiteral("Block Legacy Auth");
        QVERIFY(!org.mayLogOn(*org.find(QStringLiteral("alice@contoso.lab"))));
    }

    void ntlmV2KnownVector()
    {
        // MS-NLMP 4.2.4.1.1: NTOWFv2("Password", "User", "Domain").
        QCOMPARE(ntlm::ntowfV2(QStringLiteral("Password"), QStringLiteral("User"), QStringLiteral("Domain"))
                     .toHex(),
                 QByteArray("0c868a403bfd7a93a3001ef22ef02e3f"));
    }

    void ntlmHandshake()
    {
        const QByteArray challenge = QByteArray::fromHex("0123456789abcdef");
        const QByteArray type2 =
            ntlm::makeChallenge(challenge,
                                {QStringLiteral("CONTOSO"), QStringLiteral("MBX01"),
                                 QStringLiteral("contoso.lab"), QStringLiteral("mbx01.contoso.lab")},
                                133000000000000000ULL);
        QCOMPARE(ntlm::messageType(ntlm::makeNegotiate()), 1);
        QCOMPARE(ntlm::messageType(type2), 2);
        QCOMPARE(ntlm::messageType("garbage"), 0);
        const QByteArray type3 = ntlm::makeAuthenticate(
            type2, QStringLiteral("alice"), QStringLiteral("CONTOSO"), QStringLiteral("Alice!2024"));
        const ntlm::Authenticate a = ntlm::parseAuthenticate(type3);
        QVERIFY(a.valid);
        QCOMPARE(a.user, QStringLiteral("alice"));
        QCOMPARE(a.domain, QStringLiteral("CONTOSO"));
        QVERIFY(ntlm::verifyV2(a, QStringLiteral("Alice!2024"), challenge));
        QVERIFY(!ntlm::verifyV2(a, QStringLiteral("alice!2024"), challenge));
        QVERIFY(!ntlm::verifyV2(a, QStringLiteral("Alice!2024"), QByteArray::fromHex("0000000000000000")));
        // NTLMv1 (24-byte response) is refused.
        ntlm::Authenticate v1 = a;
        v1.ntResponse = a.ntResponse.left(24);
        QVERIFY(!ntlm::verifyV2(v1, QStringLiteral("Alice!2024"), challenge));
        // Truncated message.
        QVERIFY(!ntlm::parseAuthenticate(type3.left(40)).valid);
    }

    void throttlingBudget()
    {
        ConcurrencyBudget b;
        const QString svc = QStringLiteral("svc-otj@contoso.lab");
        for (int i = 0; i < 27; ++i)
            QVERIFY(b.tryAcquire(svc, 27));
        QVERIFY(!b.tryAcquire(svc, 27)); // the 28th concurrent request is over EwsMaxConcurrency
        QVERIFY(b.tryAcquire(QStringLiteral("alice@contoso.lab"), 27)); // budgets are per account
        QCOMPARE(b.current(svc), 27);
        b.release(svc);
        QVERIFY(b.tryAcquire(svc, 27));
        for (int i = 0; i < 27; ++i)
            b.release(svc);
        QCOMPARE(b.current(svc), 0);
        QCOMPARE(b.peak(svc), 27);
        b.release(svc); // never negative
        QCOMPARE(b.current(svc), 0);
        b.resetPeaks();
        QCOMPARE(b.peak(svc), 0);
        QVERIFY(!b.tryAcquire(svc, 0));
    }

    void itemIdsStayUniqueAfterLoading()
    {
        const LabOrg org = LabOrg::defaultOrg(now);
        QJsonObject j = org.toJson();
        j.remove(QStringLiteral("nextItem"));
        QString err;
        auto back = LabOrg::fromJson(j, &err);
        QVERIFY(back);
        QSet<QString> ids;
        for (const auto& r : back->recipients)
            for (const auto& it : r.calendar)
                ids.insert(it.id);
        const QString fresh = back->newItemId(QStringLiteral("room-hq-01@contoso.lab"));
        QVERIFY(!ids.contains(fresh));
        QCOMPARE(LabOrg::mailboxOfItemId(fresh), QStringLiteral("room-hq-01@contoso.lab"));
    }

    void faultGrammar()
    {
        FaultConfig f;
        QString err;
        QVERIFY(
            f.apply(QStringLiteral(
                        "latency=200:50, 500=10;drop=5,cert=wrong-name,throttle=3,throttle-mode=connections"),
                    &err));
        QCOMPARE(f.latencyMs, 200);
        QCOMPARE(f.jitterMs, 50);
        QCOMPARE(f.status500Percent, 10);
        QCOMPARE(f.dropPercent, 5);
        QCOMPARE(f.certificate, QStringLiteral("wrong-name"));
        QCOMPARE(f.maxConcurrency.value_or(0), 3);
        QCOMPARE(FaultConfig{}.throttleMode, QStringLiteral("exceeded")); // Exchange's answer is the default
        QCOMPARE(f.throttleMode, QStringLiteral("connections"));
        const FaultConfig before = f;
        QVERIFY(!f.apply(QStringLiteral("500=101"), &err));
        QVERIFY(!f.apply(QStringLiteral("bogus=1"), &err));
        QVERIFY(err.contains(QLatin1String("bogus")));
        QVERIFY(!f.apply(QStringLiteral("cert=expired"), &err));
        QCOMPARE(f.latencyMs, before.latencyMs); // unchanged after an error
        QVERIFY(f.apply(QStringLiteral("none,401storm=3"), &err));
        QCOMPARE(f.latencyMs, 0);
        QCOMPARE(f.authStorm, 3);
    }

    void orgFileRoundTrip()
    {
        LabOrg org = LabOrg::defaultOrg(now);
        // The settings only steps 1 and 2 read survive a round trip too.
        org.groups.first().hiddenFromAddressLists = true;
        org.scopes.first().exclusive = true;
        org.ewsAccess =
            QJsonObject{{QStringLiteral("EwsApplicationAccessPolicy"), QStringLiteral("EnforceAllowList")}};
        org.find(QStringLiteral("svc-vmr@contoso.lab"))->ewsAccess =
            QJsonObject{{QStringLiteral("EwsEnabled"), false}};
        const QJsonObject j = org.toJson();
        QCOMPARE(j.value(QLatin1String("formatVersion")).toInt(), LabOrg::FormatVersion);
        QString err;
        auto back = LabOrg::fromJson(QJsonDocument::fromJson(QJsonDocument(j).toJson()).object(), &err);
        QVERIFY2(back, qPrintable(err));
        QCOMPARE(back->toJson(), j);
        QVERIFY(back->groups.first().hiddenFromAddressLists && back->scopes.first().exclusive);
        QCOMPARE(back->find(QStringLiteral("svc-vmr@contoso.lab"))->ewsAccess,
                 org.find(QStringLiteral("svc-vmr@contoso.lab"))->ewsAccess);
        QCOMPARE(back->ewsAccess, org.ewsAccess);
        QJsonObject bad = j;
        bad.insert(QStringLiteral("formatVersion"), 99);
        QVERIFY(!LabOrg::fromJson(bad, &err));
        QVERIFY(err.contains(QLatin1String("formatVersion")));
        // A minimal hand-written org.
        const auto minimal = QJsonDocument::fromJson(R"({"formatVersion": 1, "domain": "fabrikam.test",
            "recipients": [{"smtp": "Room1@fabrikam.test", "type": "RoomMailbox"},
                           {"smtp": "svc@fabrikam.test", "type": "User", "password": "pw"}]})")
                                 .object();
        auto m = LabOrg::fromJson(minimal, &err);
        QVERIFY2(m, qPrintable(err));
        QCOMPARE(m->netbiosDomain, QStringLiteral("FABRIKAM"));
        QVERIFY(m->find(QStringLiteral("room1@fabrikam.test")));
        QCOMPARE(m->find(QStringLiteral("room1@fabrikam.test"))->calendarProcessing.automateProcessing,
                 QStringLiteral("AutoAccept"));
        QVERIFY(m->checkPassword(QStringLiteral("FABRIKAM\\svc"), QStringLiteral("pw")));
    }

    void generatedScale()
    {
        QElapsedTimer t;
        t.start();
        const LabOrg org = LabOrg::generated(5000, now);
        const qint64 ms = t.elapsed();
        qInfo("generated 5000 rooms in %lld ms", ms);
        QCOMPARE(org.rooms().size(), 5000);
        QVERIFY(org.find(QStringLiteral("room-hq-2500@contoso.lab")));
        QVERIFY(org.find(QStringLiteral("room-br-2500@contoso.lab")));
        QVERIFY2(ms < 1000, "generating 5000 rooms must be fast enough for a < 1 s start");
    }
};

QTEST_GUILESS_MAIN(TestLabModel)
#include "tst_lab_model.moc"
