// The room directory's parsing and classification from a hand-made state (the lab tests in
// tests/integration/tst_rooms_auth_plan.cpp read real answers): kinds from RecipientTypeDetails,
// the AD domain from a DN with an escaped comma, capacity as number or text, room lists, proxy
// addresses, read errors, and the offline answer of selectedOnPremRooms().
#include "core/steps/prerequisites/RoomsPlanner.h"

#include <QTest>

using namespace otj;
using namespace otj::rooms;

namespace {

QJsonObject recipient(const QString& smtp, const QString& type, const QString& dn,
                      const QJsonValue& capacity = {})
{
    return {{QStringLiteral("PrimarySmtpAddress"), smtp},
            {QStringLiteral("DisplayName"), smtp.section(QLatin1Char('@'), 0, 0)},
            {QStringLiteral("RecipientTypeDetails"), type},
            {QStringLiteral("DistinguishedName"), dn},
            {QStringLiteral("Office"), QStringLiteral("B1")},
            {QStringLiteral("City"), QStringLiteral("Oslo")},
            {QStringLiteral("ResourceCapacity"), capacity}};
}

shell::ShellError notFound(const QString& id)
{
    return {
        QStringLiteral("The operation couldn't be performed because object '%1' couldn't be found.").arg(id),
        QStringLiteral("NotSpecified"),
        QStringLiteral(
            "[Server=MBX01] [FailureCategory=Cmdlet-ManagementObjectNotFoundException] 1,GetRecipient"),
        QStringLiteral("System.Management.Automation.RemoteException"),
        id,
        {}};
}

} // namespace

class TestRoomDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kinds_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("kind");
        const auto row = [](const char* type, RoomKind kind) {
            QTest::newRow(type) << QString::fromLatin1(type) << int(kind);
        };
        row("RoomMailbox", RoomKind::OnPremRoom);
        row("LinkedRoomMailbox", RoomKind::OnPremRoom);
        row("RemoteRoomMailbox", RoomKind::CloudRoom);
        row("EquipmentMailbox", RoomKind::Equipment);
        row("RemoteEquipmentMailbox", RoomKind::Equipment);
        row("UserMailbox", RoomKind::User);
        row("SharedMailbox", RoomKind::User);
        row("LinkedMailbox", RoomKind::User);
        row("RemoteUserMailbox", RoomKind::User);
        row("User", RoomKind::User);
        row("MailUniversalDistributionGroup", RoomKind::Group);
        row("DynamicDistributionGroup", RoomKind::Group);
        row("RoomList", RoomKind::Group);
        row("MailContact", RoomKind::Contact);
        row("MailUser", RoomKind::Contact);
        row("GuestMailUser", RoomKind::Contact);
        row("PublicFolder", RoomKind::Unknown);
        row("", RoomKind::Unknown);
    }
    void kinds()
    {
        QFETCH(QString, type);
        QFETCH(int, kind);
        QCOMPARE(int(kindOf(type)), kind);
    }

    void directoryFromState()
    {
        plan::ExchangeState state;
        state.objects.insert(
            QStringLiteral("rooms"),
            {recipient(QStringLiteral("B@contoso.lab"), QStringLiteral("RoomMailbox"),
                       QStringLiteral("CN=Rooms\\, HQ,OU=Rooms,DC=emea,DC=contoso,DC=lab"), 12),
             recipient(QStringLiteral("a@contoso.lab"), QStringLiteral("RemoteRoomMailbox"),
                       QStringLiteral("CN=A,OU=Rooms,DC=contoso,DC=lab"), QStringLiteral("8")),
             recipient(QStringLiteral("a@contoso.lab"), QStringLiteral("RoomMailbox"),
                       QStringLiteral("CN=dup,DC=contoso,DC=lab"))});
        state.objects.insert(QStringLiteral("roomlists"),
                             {QJsonObject{{QStringLiteral("Name"), QStringLiteral("Oslo")},
                                          {QStringLiteral("DisplayName"), QStringLiteral("Oslo rooms")}}});
        state.objects.insert(
            roomListMembersKey(QStringLiteral("Oslo")),
            {QJsonObject{{QStringLiteral("PrimarySmtpAddress"), QStringLiteral("b@CONTOSO.lab")}}});
        const QList<RoomEntry> rooms = directory(state);
        QCOMPARE(rooms.size(), 2);                                   // a duplicate address is listed once
        QCOMPARE(rooms[0].address, QStringLiteral("a@contoso.lab")); // sorted by display name
        QCOMPARE(rooms[0].kind, RoomKind::CloudRoom);
        QCOMPARE(rooms[0].capacity, 8);
        QCOMPARE(rooms[1].address, QStringLiteral("b@contoso.lab"));
        QCOMPARE(rooms[1].domain, QStringLiteral("emea.contoso.lab"));
        QCOMPARE(rooms[1].capacity, 12);
        QCOMPARE(rooms[1].roomLists, QStringList{QStringLiteral("Oslo rooms")});
        QCOMPARE(rooms[1].office, QStringLiteral("B1"));
    }

    void selectedAndVerdicts()
    {
        SetupProfile profile;
        profile.rooms.selected = {QStringLiteral("b@contoso.lab"), QStringLiteral("alias@contoso.lab"),
                                  QStringLiteral("gone@contoso.lab"), QStringLiteral("slow@contoso.lab")};
        plan::ExchangeState state;
        const plan::PlanOptions options;
        const plan::PlanContext context{profile, options, state};
        // Offline: nothing read, the addresses as they are.
        QCOMPARE(selectedOnPremRooms(context).size(), 4);

        state.objects.insert(QStringLiteral("rooms"),
                             {recipient(QStringLiteral("b@contoso.lab"), QStringLiteral("RoomMailbox"), {})});
        // A proxy address answers with its room's primary address.
        state.objects.insert(recipientKey(QStringLiteral("alias@contoso.lab")),
                             {recipient(QStringLiteral("b@contoso.lab"), QStringLiteral("RoomMailbox"), {})});
        state.errors.insert(recipientKey(QStringLiteral("gone@contoso.lab")),
                            notFound(QStringLiteral("gone@contoso.lab")));
        state.errors.insert(recipientKey(QStringLiteral("slow@contoso.lab")),
                            {QStringLiteral("timed out"),
                             QStringLiteral("OperationTimeout"),
                             QStringLiteral("OtjBridge.Timeout"),
                             {},
                             {},
                             {}});
        const QList<RoomEntry> chosen = selected(context);
        QCOMPARE(chosen.size(), 4);
        QCOMPARE(selectedOnPremRooms(context), QStringList{QStringLiteral("b@contoso.lab")});
        QCOMPARE(roomVerdict(state, chosen[0], profile.rooms.selected[0]).status, CheckStatus::Passed);
        const Verdict proxy = roomVerdict(state, chosen[1], profile.rooms.selected[1]);
        QCOMPARE(QByteArray(proxy.reason), QByteArray("prereq.p1-not-primary"));
        QCOMPARE(proxy.args,
                 (QStringList{QStringLiteral("alias@contoso.lab"), QStringLiteral("b@contoso.lab")}));
        QCOMPARE(QByteArray(roomVerdict(state, chosen[2], profile.rooms.selected[2]).reason),
                 QByteArray("prereq.p1-unknown"));
        QCOMPARE(roomVerdict(state, chosen[3], profile.rooms.selected[3]).status, CheckStatus::Skipped);
        // A cmdlet missing from the session is no missing object.
        QVERIFY(!isNotFound({QStringLiteral("The term 'Get-Recipient' is not recognized"),
                             QStringLiteral("ObjectNotFound"),
                             QStringLiteral("CommandNotFoundException"),
                             {},
                             QStringLiteral("Get-Recipient"),
                             {}}));
        QVERIFY(isNotFound(notFound(QStringLiteral("x"))));

        // The rooms read failed: every P1 verdict says so rather than "unknown".
        state.objects.remove(QStringLiteral("rooms"));
        state.errors.insert(QStringLiteral("rooms"), notFound(QStringLiteral("rooms")));
        QCOMPARE(QByteArray(roomVerdict(state, chosen[2], profile.rooms.selected[2]).reason),
                 QByteArray("prereq.p1-not-read"));
    }

    void autoAccept()
    {
        plan::ExchangeState state;
        state.objects.insert(
            calendarKey(QStringLiteral("R@contoso.lab")),
            {QJsonObject{{QStringLiteral("AutomateProcessing"), QStringLiteral("AutoUpdate")}}});
        const Verdict v = autoAcceptVerdict(state, QStringLiteral("r@contoso.lab"));
        QCOMPARE(v.status, CheckStatus::Failed);
        QCOMPARE(v.fixStep, std::optional(StepId::CalendarProcessing));
        QCOMPARE(v.args.value(1), QStringLiteral("AutoUpdate"));
        QCOMPARE(autoAcceptVerdict(state, QStringLiteral("other@contoso.lab")).status, CheckStatus::Skipped);
    }
};

QTEST_GUILESS_MAIN(TestRoomDirectory)
#include "tst_room_directory.moc"
