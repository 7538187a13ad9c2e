// The desired-change model: the one compare rule (matches), values as read (fromRead), the
// PowerShell line of a planned change, and the Plan's accessors.
#include "core/cli/ValidateCommand.h"
#include "core/journal/RunJournal.h"
#include "core/plan/DesiredChange.h"
#include "core/plan/ExchangeInspector.h"
#include "core/steps/prerequisites/RoomDirectory.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace otj;
using namespace otj::plan;
using otj::shell::ShellValue;

Q_DECLARE_METATYPE(otj::plan::Match)
Q_DECLARE_METATYPE(otj::shell::ShellValue)

class TestPlanModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesRule_data()
    {
        QTest::addColumn<Match>("match");
        QTest::addColumn<ShellValue>("wanted");
        QTest::addColumn<QJsonValue>("actual");
        QTest::addColumn<bool>("expected");
        const auto s = [](const char* t) {
            return ShellValue(QString::fromUtf8(t));
        };
        const auto j = [](const char* t) {
            return QJsonValue(QString::fromUtf8(t));
        };
        const auto list = [](std::initializer_list<const char*> items) {
            QJsonArray a;
            for (const char* i : items)
                a.append(QString::fromUtf8(i));
            return QJsonValue(a);
        };
        QTest::newRow("bool equal") << Match::Equal << ShellValue(false) << QJsonValue(false) << true;
        QTest::newRow("bool differs") << Match::Equal << ShellValue(false) << QJsonValue(true) << false;
        QTest::newRow("bool is not the string") << Match::Equal << ShellValue(false) << j("False") << false;
        QTest::newRow("int equal") << Match::Equal << ShellValue(180) << QJsonValue(180.0) << true;
        QTest::newRow("int is not the string") << Match::Equal << ShellValue(27) << j("27") << false;
        QTest::newRow("string case-sensitive") << Match::Equal << s("AutoAccept") << j("autoaccept") << false;
        QTest::newRow("null equal null") << Match::Equal << ShellValue() << QJsonValue() << true;
        QTest::newRow("null vs missing")
            << Match::Equal << ShellValue() << QJsonValue(QJsonValue::Undefined) << true;
        QTest::newRow("null vs value") << Match::Equal << ShellValue() << j("x") << false;
        QTest::newRow("enum ignoring case")
            << Match::EqualIgnoringCase << s("AutoAccept") << j("autoaccept") << true;
        QTest::newRow("enum differs")
            << Match::EqualIgnoringCase << s("AutoAccept") << j("AutoUpdate") << false;
        QTest::newRow("ignoring case, bool exact")
            << Match::EqualIgnoringCase << ShellValue(true) << QJsonValue(true) << true;
        QTest::newRow("set: order, case, duplicates")
            << Match::SameSet << ShellValue::strings({QStringLiteral("a@x"), QStringLiteral("B@x")})
            << list({"b@X", "A@x", "a@x"}) << true;
        QTest::newRow("set: missing one")
            << Match::SameSet << ShellValue::strings({QStringLiteral("a@x"), QStringLiteral("b@x")})
            << list({"a@x"}) << false;
        QTest::newRow("set: extra one") << Match::SameSet << ShellValue::strings({QStringLiteral("a@x")})
                                        << list({"a@x", "c@x"}) << false;
        QTest::newRow("set: empty vs null")
            << Match::SameSet << ShellValue::strings({}) << QJsonValue() << true;
        QTest::newRow("set: one string read")
            << Match::SameSet << ShellValue::strings({QStringLiteral("a")}) << j("A") << true;
        QTest::newRow("opath: spaces, operator case, quotes")
            << Match::OpathEqual << s("MemberOfGroup -eq 'CN=OTJ Rooms,OU=Groups,DC=contoso,DC=lab'")
            << j("memberofgroup  -EQ \"CN=OTJ Rooms,OU=Groups,DC=contoso,DC=lab\"") << true;
        QTest::newRow("opath: doubled quote in both quoting styles")
            << Match::OpathEqual << s("Name -eq 'O''Brien'") << j("Name -eq \"O'Brien\"") << true;
        QTest::newRow("opath: backtick escape")
            << Match::OpathEqual << s("Name -eq 'a\"b'") << j("Name -eq \"a`\"b\"") << true;
        QTest::newRow("opath: parentheses spacing")
            << Match::OpathEqual << s("(Name -eq 'a') -and (Alias -ne $null)")
            << j("( Name -eq 'a' )-AND( Alias -ne $NULL )") << true;
        QTest::newRow("opath: literal case matters")
            << Match::OpathEqual << s("MemberOfGroup -eq 'CN=OTJ Rooms'")
            << j("MemberOfGroup -eq 'CN=otj rooms'") << false;
        QTest::newRow("opath: other group")
            << Match::OpathEqual << s("MemberOfGroup -eq 'CN=A'") << j("MemberOfGroup -eq 'CN=B'") << false;
        QTest::newRow("opath: none read") << Match::OpathEqual << s("Name -eq 'a'") << QJsonValue() << false;
    }
    void matchesRule()
    {
        QFETCH(Match, match);
        QFETCH(ShellValue, wanted);
        QFETCH(QJsonValue, actual);
        QFETCH(bool, expected);
        QCOMPARE(matches(match, wanted, actual), expected);
    }

    void fromReadKeepsTypes()
    {
        QCOMPARE(fromRead(QJsonValue(true)), ShellValue(true));
        QCOMPARE(fromRead(QJsonValue(180.0)).kind(), ShellValue::Kind::Integer);
        QCOMPARE(fromRead(QJsonValue(180.0)), ShellValue(qint64(180)));
        QCOMPARE(fromRead(QJsonValue(1.5)).kind(), ShellValue::Kind::Double);
        QCOMPARE(fromRead(QJsonValue(QStringLiteral("27"))), ShellValue(QStringLiteral("27")));
        QVERIFY(fromRead(QJsonValue()).isNull());
        QVERIFY(fromRead(QJsonValue(QJsonValue::Undefined)).isNull());
        const ShellValue list = fromRead(QJsonArray{QStringLiteral("a"), QStringLiteral("b")});
        QVERIFY(list.isStringList());
        QCOMPARE(list, ShellValue::strings({QStringLiteral("a"), QStringLiteral("b")}));
        const ShellValue table =
            fromRead(QJsonObject{{QStringLiteral("Add"), QJsonArray{QStringLiteral("x")}}});
        QCOMPARE(table.kind(), ShellValue::Kind::Table);
        // What was read compares equal to itself under every rule that fits its type.
        QVERIFY(matches(Match::Equal, fromRead(QJsonValue(false)), QJsonValue(false)));
        QVERIFY(matches(Match::SameSet, list, QJsonArray{QStringLiteral("b"), QStringLiteral("a")}));
    }

    void powerShellLineShowsIdentityFirstDcAndSecretPlaceholder()
    {
        PlannedChange c;
        c.command = shell::ShellCommand(QStringLiteral("Set-CalendarProcessing"));
        c.command.set(QStringLiteral("DeleteComments"), false)
            .set(QStringLiteral("AutomateProcessing"), QStringLiteral("AutoAccept"))
            .set(QStringLiteral("Identity"), QStringLiteral("room-hq-01@contoso.lab"));
        QCOMPARE(
            powerShellLine(c, QStringLiteral("dc01.contoso.lab")),
            QStringLiteral("Set-CalendarProcessing -Identity 'room-hq-01@contoso.lab' -AutomateProcessing "
                           "'AutoAccept' -DeleteComments:$false -DomainController 'dc01.contoso.lab'"));
        QCOMPARE(
            powerShellLine(c, QString()),
            QStringLiteral("Set-CalendarProcessing -Identity 'room-hq-01@contoso.lab' -AutomateProcessing "
                           "'AutoAccept' -DeleteComments:$false"));

        // No -DomainController where the cmdlet has none; the secret is a placeholder, never a value.
        PlannedChange policy;
        policy.command = shell::ShellCommand(QStringLiteral("New-AuthenticationPolicy"));
        policy.command.set(QStringLiteral("Name"), QStringLiteral("O'Brien"));
        QCOMPARE(powerShellLine(policy, QStringLiteral("dc01")),
                 QStringLiteral("New-AuthenticationPolicy -Name 'O''Brien'"));
        PlannedChange mailbox;
        mailbox.desired.secretParameter = QStringLiteral("Password");
        mailbox.command = shell::ShellCommand(QStringLiteral("New-Mailbox"));
        mailbox.command.set(QStringLiteral("Name"), QStringLiteral("svc"));
        const QString line = powerShellLine(mailbox, QString());
        QVERIFY2(line.startsWith(QStringLiteral("New-Mailbox -Name 'svc' -Password ")), qPrintable(line));
        QVERIFY(line.contains(QStringLiteral("keychain")));
    }

    void compareSendsOnlyWhatDiffers()
    {
        DesiredChange d;
        d.key = QStringLiteral("step2.scope");
        d.operation = Operation::Update;
        d.stateKey = QStringLiteral("scope");
        d.write = shell::ShellCommand(QStringLiteral("Set-ManagementScope"));
        d.write.set(QStringLiteral("Identity"), QStringLiteral("OTJ Rooms Scope"))
            .set(QStringLiteral("RecipientRestrictionFilter"), QString());
        d.fixedParameters = {QStringLiteral("Identity")};
        Expectation filter{QStringLiteral("RecipientRestrictionFilter"),
                           {},
                           {},
                           Match::OpathEqual,
                           DerivedValue{shell::ShellCommand(QStringLiteral("Get-DistributionGroup")),
                                        QStringLiteral("DistinguishedName"),
                                        QStringLiteral("MemberOfGroup -eq '%1'")}};
        filter.derived->read.set(QStringLiteral("Identity"), QStringLiteral("OTJ Rooms"));
        d.expectations = {filter, Expectation{QStringLiteral("Name"),
                                              {},
                                              QStringLiteral("OTJ Rooms Scope"),
                                              Match::EqualIgnoringCase,
                                              std::nullopt}};

        ExchangeState state;
        state.objects.insert(QStringLiteral("scope"),
                             {QJsonObject{{QStringLiteral("Name"), QStringLiteral("otj rooms scope")},
                                          {QStringLiteral("RecipientRestrictionFilter"),
                                           QStringLiteral("MemberOfGroup -eq 'CN=Old,DC=x'")}}});
        // The group is not there yet: the value is deferred, the change shown.
        std::optional<PlannedChange> p = ExchangeInspector::compare(d, state);
        QVERIFY(p);
        QVERIFY(p->deferred);
        // The group exists: its DN, quoted for OPATH, is the wanted filter; only the filter is sent.
        state.objects.insert(
            QStringLiteral("derived/") + filter.derived->read.display().toLower(),
            {QJsonObject{{QStringLiteral("DistinguishedName"), QStringLiteral("CN=O'Neil Rooms,DC=x")}}});
        p = ExchangeInspector::compare(d, state);
        QVERIFY(p);
        QVERIFY(!p->deferred);
        QCOMPARE(p->command.parameters.keys(),
                 (QStringList{QStringLiteral("Identity"), QStringLiteral("RecipientRestrictionFilter")}));
        QCOMPARE(p->command.parameters.value(QStringLiteral("RecipientRestrictionFilter")),
                 ShellValue(QStringLiteral("MemberOfGroup -eq 'CN=O''Neil Rooms,DC=x'")));
        QCOMPARE(p->diffs.size(), 1);
        // Already so (another spelling): nothing to do.
        state.objects[QStringLiteral("scope")][0].insert(
            QStringLiteral("RecipientRestrictionFilter"),
            QStringLiteral("memberofgroup -EQ \"CN=O'Neil Rooms,DC=x\""));
        QVERIFY(!ExchangeInspector::compare(d, state));
    }

    void compareCreatesOnlyWhatIsMissing()
    {
        DesiredChange d;
        d.key = QStringLiteral("step1.account");
        d.operation = Operation::Create;
        d.secretParameter = QStringLiteral("Password");
        d.write = shell::ShellCommand(QStringLiteral("New-Mailbox"));
        d.write.set(QStringLiteral("Name"), QStringLiteral("svc"))
            .set(QStringLiteral("Password"), ShellValue::secureString(QStringLiteral("x")));
        d.expectations = {
            Expectation{QStringLiteral("Name"), {}, QStringLiteral("svc"), Match::Equal, std::nullopt}};
        ExchangeState state;
        state.errors.insert(
            QStringLiteral("change/step1.account"),
            shell::ShellError{
                QStringLiteral("not found"),
                QStringLiteral("NotSpecified"),
                QStringLiteral(
                    "[Server=MBX01] [FailureCategory=Cmdlet-ManagementObjectNotFoundException] 1,X"),
                {},
                {},
                {}});
        QVERIFY(
            ExchangeInspector::isMissingObject(state.errors.value(QStringLiteral("change/step1.account"))));
        std::optional<PlannedChange> p = ExchangeInspector::compare(d, state);
        QVERIFY(p);
        QVERIFY(!p->objectExists);
        QVERIFY(!p->deferred);
        QVERIFY(!p->command.parameters.contains(QStringLiteral("Password"))); // apply adds it
        QCOMPARE(p->diffs.first().before, ShellValue());
        state.objects.insert(QStringLiteral("change/step1.account"),
                             {QJsonObject{{QStringLiteral("Name"), QStringLiteral("other")}}});
        QVERIFY(!ExchangeInspector::compare(d, state)); // exists: a Create does nothing
        // A missing cmdlet is not a missing object.
        QVERIFY(!ExchangeInspector::isMissingObject(shell::ShellError{
            {}, QStringLiteral("ObjectNotFound"), QStringLiteral("CommandNotFoundException"), {}, {}, {}}));
    }

    void roomsInSeveralDomainsAreNamed()
    {
        SetupProfile profile;
        profile.rooms.selected = {QStringLiteral("A@x.lab"), QStringLiteral("b@y.lab"),
                                  QStringLiteral("c@x.lab")};
        ExchangeState state;
        auto room = [](const char* smtp, const char* dn) {
            return QJsonObject{{QStringLiteral("PrimarySmtpAddress"), QString::fromLatin1(smtp)},
                               {QStringLiteral("RecipientTypeDetails"), QStringLiteral("RoomMailbox")},
                               {QStringLiteral("DistinguishedName"), QString::fromLatin1(dn)}};
        };
        state.objects.insert(QStringLiteral("rooms"), {room("a@x.lab", "CN=A,OU=Rooms,DC=x,DC=lab"),
                                                       room("b@y.lab", "CN=B,OU=Rooms,DC=emea,DC=y,DC=lab")});
        const PlanOptions options;
        const PlanContext context{profile, options, state};
        QCOMPARE(rooms::selectedOnPremRooms(context),
                 (QStringList{QStringLiteral("a@x.lab"), QStringLiteral("b@y.lab")}));
        QCOMPARE(rooms::selectedRoomDomains(context),
                 (QStringList{QStringLiteral("emea.y.lab"), QStringLiteral("x.lab")}));
    }

    void validateTakesCalendarChangeTimesFromTheJournal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        SetupProfile profile;
        profile.rooms.selected = {QStringLiteral("Room-A@x.lab"), QStringLiteral("room-b@x.lab")};
        journal::RunJournal j(path, profile.profileId);
        QVERIFY(j.beginRun(QStringLiteral("otjctl"), false, {}, false));
        PlannedChange c;
        c.desired.key = QStringLiteral("step4.calendar/room-a@x.lab");
        c.desired.step = StepId::CalendarProcessing;
        c.command = shell::ShellCommand(QStringLiteral("Set-CalendarProcessing"));
        j.outcome(j.started(c), c.desired.key, QStringLiteral("applied"));
        j.endRun(QStringLiteral("completed"), 1, 0, 0);
        const QHash<QString, QDateTime> times = cli::journaledCalendarChanges(path, profile);
        QCOMPARE(times.keys(), QStringList{QStringLiteral("Room-A@x.lab")}); // as the profile spells it
        QVERIFY(times.value(QStringLiteral("Room-A@x.lab")).isValid());
    }

    void planAccessors()
    {
        Plan plan;
        QCOMPARE(plan.changeCount(), 0);
        QVERIFY(plan.inspected());
        QVERIFY(!plan.step(StepId::CalendarProcessing));
        StepPlan four;
        four.step = StepId::CalendarProcessing;
        four.inspected = true;
        four.changes.append(PlannedChange{});
        four.changes.append(PlannedChange{});
        StepPlan two;
        two.step = StepId::Impersonation;
        two.inspected = false;
        two.changes.append(PlannedChange{});
        plan.steps = {two, four};
        QCOMPARE(plan.changeCount(), 3);
        QVERIFY(!plan.inspected());
        QVERIFY(plan.step(StepId::CalendarProcessing));
        QCOMPARE(plan.step(StepId::CalendarProcessing)->changes.size(), 2);
        plan.steps[0].inspected = true;
        QVERIFY(plan.inspected());
    }
};

QTEST_GUILESS_MAIN(TestPlanModel)
#include "tst_plan_model.moc"
