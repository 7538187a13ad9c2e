// apply --rollback's decision per back-out change (core/script/BackOutDecision.h): revert what still
// equals what the tool set, leave what is already back, keep (and report) what someone else changed,
// remove a created object only while it is as the tool made it. Needs plan::matches (the engine's
// core/plan/DesiredChange.cpp): skipped in a build without it.
#include <QTest>

#if __has_include("core/plan/ExchangeInspector.h")
#define OTJ_HAS_PLAN_ENGINE 1
#include "core/script/BackOutDecision.h"

using namespace otj;

namespace {

plan::DesiredChange calendarBackOut()
{
    plan::DesiredChange c;
    c.key = QStringLiteral("step4.calendar/room-1@contoso.lab");
    c.step = StepId::CalendarProcessing;
    c.operation = plan::Operation::Update;
    c.read = shell::ShellCommand(QStringLiteral("Get-CalendarProcessing"));
    c.read.set(QStringLiteral("Identity"), QStringLiteral("room-1@contoso.lab"));
    c.write = shell::ShellCommand(QStringLiteral("Set-CalendarProcessing"));
    c.write.set(QStringLiteral("Identity"), QStringLiteral("room-1@contoso.lab"))
        .set(QStringLiteral("DeleteComments"), true)
        .set(QStringLiteral("AutomateProcessing"), QStringLiteral("AutoUpdate"))
        .set(QStringLiteral("DeleteSubject"), true);
    c.fixedParameters = {QStringLiteral("Identity")};
    c.expectations = {
        {QStringLiteral("DeleteComments"), {}, false, plan::Match::Equal, std::nullopt},
        {QStringLiteral("AutomateProcessing"),
         {},
         QStringLiteral("AutoAccept"),
         plan::Match::EqualIgnoringCase,
         std::nullopt},
        {QStringLiteral("DeleteSubject"), {}, false, plan::Match::Equal, std::nullopt},
    };
    return c;
}

} // namespace
#endif

// One class whatever the build (moc does not evaluate __has_include); the bodies need the engine.
class TestBackOutDecision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void revertsKeepsAndReports()
    {
#ifdef OTJ_HAS_PLAN_ENGINE
        // DeleteComments: still the tool's → reverted; AutomateProcessing: someone else's → conflict;
        // DeleteSubject: already back → nothing.
        const QJsonObject read{{QStringLiteral("DeleteComments"), false},
                               {QStringLiteral("AutomateProcessing"), QStringLiteral("None")},
                               { QStringLiteral("DeleteSubject"),
                                 true }};
        const script::BackOutDecision d = script::decideBackOut(calendarBackOut(), read);
        QVERIFY(d.change);
        QCOMPARE(d.conflicts, QStringList{QStringLiteral("AutomateProcessing")});
        QCOMPARE(d.change->command.parameters.keys(),
                 (QList<QString>{QStringLiteral("DeleteComments"), QStringLiteral("Identity")}));
        QCOMPARE(d.change->command.parameters.value(QStringLiteral("DeleteComments")),
                 shell::ShellValue(true));
        QCOMPARE(d.change->diffs.size(), 1);

        const script::BackOutDecision none = script::decideBackOut(
            calendarBackOut(),
            QJsonObject{{QStringLiteral("DeleteComments"), true},
                        {QStringLiteral("AutomateProcessing"), QStringLiteral("AutoUpdate")},
                        { QStringLiteral("DeleteSubject"),
                          true }});
        QVERIFY(!none.change);
        QVERIFY(none.conflicts.isEmpty());

        const script::BackOutDecision gone = script::decideBackOut(calendarBackOut(), std::nullopt);
        QVERIFY(gone.objectGone && !gone.change && !gone.conflicts.isEmpty());
#else
        QSKIP("plan::matches (core/plan/DesiredChange.cpp) is not in this build");
#endif
    }

    void removesOnlyWhatIsAsTheToolMadeIt()
    {
#ifdef OTJ_HAS_PLAN_ENGINE
        plan::DesiredChange scope;
        scope.key = QStringLiteral("step2.scope");
        scope.operation = plan::Operation::Remove;
        scope.write = shell::ShellCommand(QStringLiteral("Remove-ManagementScope"));
        scope.write.set(QStringLiteral("Identity"), QStringLiteral("OTJ Scope"))
            .set(QStringLiteral("Confirm"), false);
        scope.fixedParameters = {QStringLiteral("Identity"), QStringLiteral("Confirm")};
        scope.expectations = {
            { QStringLiteral("RecipientFilter"),
              {},
              QStringLiteral("MemberOfGroup -eq 'CN=A'"),
              plan::Match::OpathEqual,
              std::nullopt }};
        const script::BackOutDecision same =
            script::decideBackOut(scope, QJsonObject{
                                             { QStringLiteral("RecipientFilter"),
                                               QStringLiteral("memberofgroup -EQ \"CN=A\"") }});
        QVERIFY(same.change);
        QCOMPARE(same.change->command.name, QStringLiteral("Remove-ManagementScope"));
        QCOMPARE(same.change->command.parameters.value(QStringLiteral("Confirm")), shell::ShellValue(false));
        const script::BackOutDecision changed =
            script::decideBackOut(scope, QJsonObject{
                                             { QStringLiteral("RecipientFilter"),
                                               QStringLiteral("MemberOfGroup -eq 'CN=B'") }});
        QVERIFY(!changed.change);
        QCOMPARE(changed.conflicts, QStringList{QStringLiteral("RecipientFilter")});
        const script::BackOutDecision gone = script::decideBackOut(scope, std::nullopt);
        QVERIFY(gone.objectGone && !gone.change && gone.conflicts.isEmpty());
#else
        QSKIP("plan::matches (core/plan/DesiredChange.cpp) is not in this build");
#endif
    }
};

QTEST_GUILESS_MAIN(TestBackOutDecision)
#include "tst_backout_decision.moc"
