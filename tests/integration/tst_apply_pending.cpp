// ApplyRunner against the lab: a change that needs a secret it does not have changes nothing; and
// apply's verification of impersonation (ApplyRunner against the lab): a new ApplicationImpersonation
// assignment reaches EWS only after AD replication (the lab's --rbac-delay), so right after the
// apply the rooms are denied; they are Pending and re-checked with a back-off until they pass, or
// reported Pending when the wait ends first. The step 2 change here is mostly a test planner's:
// one assignment, unscoped, for the service account; with every planner and a cloud room selected,
// only the on-prem rooms are Pending.
#include "core/plan/ApplyRunner.h"
#include "core/plan/Planners.h"
#include "tests/support/LabApplyRun.h"
#include "tests/support/LabShell.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace otj;
using namespace otj::plan;

namespace {

const QString kAssignment = QStringLiteral("OTJ Test Impersonation");

class AssignmentPlanner final : public StepPlanner
{
public:
    StepId step() const override { return StepId::Impersonation; }
    QList<shell::ShellCommand> reads(const PlanContext&, int, QStringList*) const override { return {}; }
    QList<DesiredChange> desiredChanges(const PlanContext& context) const override
    {
        DesiredChange c;
        c.key = QStringLiteral("step2.assignment");
        c.step = StepId::Impersonation;
        c.operation = Operation::Create;
        c.target = kAssignment;
        c.summary = QStringLiteral("ApplicationImpersonation for the service account");
        c.read = shell::ShellCommand(QStringLiteral("Get-ManagementRoleAssignment"));
        c.read.set(QStringLiteral("Identity"), kAssignment);
        c.write = shell::ShellCommand(QStringLiteral("New-ManagementRoleAssignment"));
        c.write.set(QStringLiteral("Name"), kAssignment)
            .set(QStringLiteral("Role"), QStringLiteral("ApplicationImpersonation"))
            .set(QStringLiteral("User"), context.profile.serviceAccount.upn);
        c.expectations = {Expectation{QStringLiteral("Role"),
                                      {},
                                      QStringLiteral("ApplicationImpersonation"),
                                      Match::EqualIgnoringCase,
                                      std::nullopt}};
        return {c};
    }
};

// A change that needs the service account's password (as step 1's New-Mailbox does).
class SecretPlanner final : public StepPlanner
{
public:
    StepId step() const override { return StepId::ServiceAccount; }
    QList<shell::ShellCommand> reads(const PlanContext&, int, QStringList*) const override { return {}; }
    QList<DesiredChange> desiredChanges(const PlanContext&) const override
    {
        DesiredChange c;
        c.key = QStringLiteral("step1.account");
        c.step = StepId::ServiceAccount;
        c.operation = Operation::Create;
        c.target = QStringLiteral("svc-new@contoso.lab");
        c.read = shell::ShellCommand(QStringLiteral("Get-Mailbox"));
        c.read.set(QStringLiteral("Identity"), c.target);
        c.write = shell::ShellCommand(QStringLiteral("New-Mailbox"));
        c.write.set(QStringLiteral("Name"), QStringLiteral("svc-new"))
            .set(QStringLiteral("UserPrincipalName"), c.target);
        c.secretParameter = QStringLiteral("Password");
        c.expectations = {Expectation{
            QStringLiteral("UserPrincipalName"), {}, c.target, Match::EqualIgnoringCase, std::nullopt}};
        return {c};
    }
};

} // namespace

class TestApplyPending : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    using Run = test::LabApplyRun;

    bool start(Run& run, int rbacDelay)
    {
        if (!run.start({QStringLiteral("--rbac-delay"), QString::number(rbacDelay)},
                       m_dir.filePath(QStringLiteral("p%1.json").arg(rbacDelay))))
            return false;
        // Two on-prem rooms are enough to show Pending.
        run.profile.rooms.selected = {QStringLiteral("room-hq-03@contoso.lab"),
                                      QStringLiteral("room-br-04@contoso.lab")};
        return true;
    }

    ApplyOutcome apply(Run& run, int waitPendingSeconds, QList<int>* pendingSeen,
                       QList<int>* pendingRooms = nullptr, bool everyPlanner = false)
    {
        shell::ExchangeShell shell(test::labShellOptions(run.lab));
        AssignmentPlanner planner;
        const auto planners = makeExchangePlanners();
        ApplyOptions options;
        options.waitPendingSeconds = waitPendingSeconds;
        options.firstRecheckSeconds = 1;
        options.maxRecheckSeconds = 2;
        options.credentials = &run.credentials;
        ApplyRunner runner(&shell, run.profile, run.profilePath, {},
                           everyPlanner ? pointers(planners) : QList<StepPlanner*>{&planner}, options);
        QSignalSpy finished(&runner, &ApplyRunner::finished);
        connect(&runner, &ApplyRunner::planned, &runner, [&runner] { runner.apply(); });
        connect(&runner, &ApplyRunner::pending, &runner,
                [pendingSeen, pendingRooms](int secondsLeft, int rooms) {
                    pendingSeen->append(secondsLeft);
                    if (pendingRooms)
                        pendingRooms->append(rooms);
                });
        runner.inspect();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 120000))
            return {};
        return finished.first().first().value<ApplyOutcome>();
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ApplyOutcome>(); }

    void deniedRoomsArePendingUntilReplicationEnds()
    {
        Run run;
        QVERIFY(start(run, 4));
        QList<int> pendingSeen;
        const ApplyOutcome outcome = apply(run, 60, &pendingSeen);
        QCOMPARE(outcome.applied, QStringList{QStringLiteral("step2.assignment")});
        QVERIFY2(outcome.result == ApplyOutcome::Result::Verified,
                 qPrintable(outcome.pendingRooms.join(u' ')));
        QVERIFY2(!pendingSeen.isEmpty(), "the rooms were Pending at first (--rbac-delay 4)");
        QVERIFY(outcome.pendingRooms.isEmpty());
    }

    void onlyOnPremRoomsArePending()
    {
        // Every planner (step 2 creates the group, scope and assignment); a cloud room selected too:
        // it can never become effective (P1's Failed), so it is never Pending, and the apply settles
        // once the two on-prem rooms' impersonation arrives.
        Run run;
        QVERIFY(start(run, 4));
        run.profile.rooms.selected << QStringLiteral("room-cloud-01@contoso.lab");
        QList<int> pendingSeen;
        QList<int> pendingRooms;
        const ApplyOutcome outcome = apply(run, 60, &pendingSeen, &pendingRooms, true);
        QVERIFY(outcome.applied.contains(QStringLiteral("step2.assignment")));
        QVERIFY2(outcome.result == ApplyOutcome::Result::Verified,
                 qPrintable(outcome.message + outcome.pendingRooms.join(u' ')));
        QVERIFY2(!pendingRooms.isEmpty(), "the on-prem rooms were Pending at first (--rbac-delay 4)");
        for (int rooms : pendingRooms)
            QCOMPARE(rooms, 2);
    }

    void noSecretNoChange()
    {
        Run run;
        QVERIFY(start(run, 0));
        shell::ExchangeShell shell(test::labShellOptions(run.lab));
        SecretPlanner planner;
        ApplyOptions options;
        options.secret = [](const DesiredChange&) {
            return std::optional<QString>();
        };
        ApplyRunner runner(&shell, run.profile, run.profilePath, {}, {&planner}, options);
        QSignalSpy finished(&runner, &ApplyRunner::finished);
        connect(&runner, &ApplyRunner::planned, &runner, [&runner] { runner.apply(); });
        run.lab.admin("POST", QStringLiteral("powershell/stats/reset"));
        runner.inspect();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000));
        const ApplyOutcome outcome = finished.first().first().value<ApplyOutcome>();
        QCOMPARE(int(outcome.result), int(ApplyOutcome::Result::CouldNotRun));
        QVERIFY2(outcome.message.contains(QStringLiteral("OTJ_SERVICE_ACCOUNT_PASSWORD")),
                 qPrintable(outcome.message));
        const QJsonObject stats = run.lab.admin("GET", QStringLiteral("powershell/stats"));
        QCOMPARE(stats.value(QStringLiteral("perVerb")).toObject().keys(),
                 QStringList{QStringLiteral("Get")});
        // Nothing journaled as started either.
        journal::RunJournal j(run.profilePath, run.profile.profileId);
        QVERIFY(j.load());
        QVERIFY(j.changes().isEmpty());
    }

    void stillPendingWhenTheWaitEnds()
    {
        Run run;
        QVERIFY(start(run, 300));
        QList<int> pendingSeen;
        const ApplyOutcome outcome = apply(run, 3, &pendingSeen);
        QCOMPARE(int(outcome.result), int(ApplyOutcome::Result::Pending));
        QCOMPARE(outcome.pendingRooms.size(), 2);
        QVERIFY(!pendingSeen.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApplyPending)
#include "tst_apply_pending.moc"
