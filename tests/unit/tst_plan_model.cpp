// The desired-change model: the one compare rule (matches), values as read (fromRead), the
// PowerShell line of a planned change, and the Plan's accessors.
#include "core/plan/DesiredChange.h"

#include <QJsonArray>
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
