// Inspection against the lab's Exchange shell: every planner's reads batched round by round, the
// plan built with only differing parameters, blockers noted (changed only when asked), the DC
// pinned, a shell that does not open reported, and step4's PowerShell-side check judging it.
#include "core/plan/ExchangeInspector.h"
#include "core/plan/Planners.h"
#include "core/profile/ProfileStore.h"
#include "core/steps/calendarprocessing/CalendarProcessingPlanner.h"
#include "core/steps/calendarprocessing/CalendarProcessingStep.h"
#include "tests/support/LabShell.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace otj;
using namespace otj::plan;

namespace {

const PlannedChange* findChange(const StepPlan& step, const QString& key)
{
    for (const PlannedChange& c : step.changes) {
        if (c.desired.key == key)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestPlanInspect : public QObject
{
    Q_OBJECT
    LabProcess m_lab;
    QTemporaryDir m_dir;
    SetupProfile m_profile;

    std::shared_ptr<const Inspection> inspect(const PlanOptions& options, int* roundTrips = nullptr,
                                              const std::optional<QString>& password = std::nullopt,
                                              shell::ShellError* failure = nullptr)
    {
        shell::ExchangeShell shell(test::labShellOptions(m_lab, QStringLiteral("exchange-admin"), password));
        const auto planners = makeExchangePlanners();
        ExchangeInspector inspector(&shell, m_profile, options, pointers(planners));
        QSignalSpy done(&inspector, &ExchangeInspector::finished);
        QSignalSpy failed(&inspector, &ExchangeInspector::failed);
        inspector.start();
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 60000))
            return nullptr;
        if (roundTrips)
            *roundTrips = inspector.roundTrips();
        if (!failed.isEmpty()) {
            if (failure)
                *failure = failed.first().first().value<shell::ShellError>();
            return nullptr;
        }
        return done.first().first().value<std::shared_ptr<const Inspection>>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<shell::ShellError>();
        qRegisterMetaType<std::shared_ptr<const Inspection>>();
        QString error;
        const QString profilePath = m_dir.filePath(QStringLiteral("profile.json"));
        QVERIFY2(m_lab.start({}, profilePath, &error), qPrintable(error));
        const ProfileLoadResult loaded = ProfileStore::load(profilePath);
        QVERIFY(loaded.ok());
        m_profile = loaded.profile;
        m_profile.rooms.selected << QStringLiteral("nobody@contoso.lab");
    }

    void planHasOnlyDifferingParametersInThreeRoundTrips()
    {
        int roundTrips = 0;
        const auto inspection = inspect({}, &roundTrips);
        QVERIFY(inspection);
        // Every planner's reads batched round by round (40 rooms < batch size): round 0 the room
        // directory, the AD settings and steps 1-3's own objects in one request; round 1 every
        // room's calendar processing and what depends on round 0; round 2 step 2's follow-ups.
        QCOMPARE(roundTrips, 3);
        QVERIFY(inspection->plan.step(StepId::Impersonation));
        QVERIFY(inspection->plan.step(StepId::ServiceAccount));
        QVERIFY(inspection->plan.inspected());
        QVERIFY(!inspection->plan.domainController.isEmpty());
        // The branch rooms live in their own AD domain: the apply views the entire forest.
        QCOMPARE(inspection->plan.domains,
                 (QStringList{QStringLiteral("branch.contoso.lab"), QStringLiteral("contoso.lab")}));
        QVERIFY(inspection->plan.viewEntireForest);
        const StepPlan* four = inspection->plan.step(StepId::CalendarProcessing);
        QVERIFY(four);
        // Not rooms on-prem: never planned.
        QVERIFY(!findChange(*four, QStringLiteral("step4.calendar/projector-01@contoso.lab")));
        QVERIFY(!findChange(*four, QStringLiteral("step4.calendar/room-cloud-01@contoso.lab")));
        QVERIFY(!findChange(*four, QStringLiteral("step4.calendar/nobody@contoso.lab")));
        // Fixed already.
        QVERIFY(!findChange(*four, QStringLiteral("step4.calendar/room-hq-01@contoso.lab")));
        // Only DeleteComments was fixed on hq-02: the other three are sent, with its Identity.
        const PlannedChange* hq02 =
            findChange(*four, QStringLiteral("step4.calendar/room-hq-02@contoso.lab"));
        QVERIFY(hq02);
        QVERIFY(hq02->objectExists);
        QVERIFY(!hq02->deferred);
        QCOMPARE(hq02->command.name, QStringLiteral("Set-CalendarProcessing"));
        QCOMPARE(hq02->command.parameters.keys(),
                 (QStringList{QStringLiteral("AddOrganizerToSubject"), QStringLiteral("DeleteSubject"),
                              QStringLiteral("Identity"), QStringLiteral("RemovePrivateProperty")}));
        QCOMPARE(hq02->diffs.size(), 3);
        QCOMPARE(hq02->diffs.first().before, shell::ShellValue(true));
        QCOMPARE(hq02->diffs.first().after, shell::ShellValue(false));
        // AutoUpdate rooms get AutoAccept.
        const PlannedChange* hq05 =
            findChange(*four, QStringLiteral("step4.calendar/room-hq-05@contoso.lab"));
        QVERIFY(hq05);
        QCOMPARE(hq05->command.parameters.value(QStringLiteral("AutomateProcessing")),
                 shell::ShellValue(QStringLiteral("AutoAccept")));
        QVERIFY(powerShellLine(*hq05, inspection->plan.domainController)
                    .contains(QStringLiteral("-DomainController")));
        // 40 rooms, one fixed.
        QCOMPARE(four->changes.size(), 39);
        // Blockers are noted, not changed.
        QStringList blocked;
        for (const PlanNote& n : four->notes) {
            QCOMPARE(n.verdict.status, CheckStatus::Warning);
            blocked << n.target + QLatin1Char(':') + QString::fromLatin1(n.verdict.reason);
        }
        QVERIFY2(blocked.contains(QStringLiteral("room-hq-10@contoso.lab:step4.blocker.book-in-policy")),
                 qPrintable(blocked.join(u' ')));
        QVERIFY(blocked.contains(QStringLiteral("room-hq-11@contoso.lab:step4.blocker.delegates")));
        QVERIFY(!findChange(*four, QStringLiteral("step4.blockers/room-hq-10@contoso.lab")));
        // Everything read is kept for validation.
        QVERIFY(inspection->state.objects.contains(
            CalendarProcessingPlanner::stateKey(QStringLiteral("room-hq-02@contoso.lab"))));

        // step4.calendar-processing judges the inspection.
        const Verdict v = CalendarProcessingStep::inspectionVerdict(*inspection);
        QCOMPARE(v.status, CheckStatus::Failed);
        QCOMPARE(QByteArray(v.reason), QByteArray("step4.policy-differs"));
        QCOMPARE(v.args.at(0), QStringLiteral("39"));
        QCOMPARE(v.args.at(1), QStringLiteral("40"));
    }

    void blockersAreChangedOnlyWhenAsked()
    {
        PlanOptions options;
        options.fixBookingBlockers = true;
        options.domainController = QStringLiteral("dc99.contoso.lab");
        const auto inspection = inspect(options);
        QVERIFY(inspection);
        QCOMPARE(inspection->plan.domainController, QStringLiteral("dc99.contoso.lab"));
        QVERIFY(!inspection->state.has(QStringLiteral("adserversettings"))); // not read when pinned
        const StepPlan* four = inspection->plan.step(StepId::CalendarProcessing);
        const PlannedChange* hq10 =
            findChange(*four, QStringLiteral("step4.blockers/room-hq-10@contoso.lab"));
        QVERIFY(hq10);
        QCOMPARE(hq10->command.parameters.value(QStringLiteral("AllBookInPolicy")), shell::ShellValue(true));
        QVERIFY(!findChange(*four, QStringLiteral("step4.blockers/room-hq-03@contoso.lab")));
    }

    void shellThatDoesNotOpenFailsTheInspection()
    {
        shell::ShellError failure;
        QVERIFY(!inspect({}, nullptr, QStringLiteral("wrong password"), &failure));
        QVERIFY2(failure.fullyQualifiedErrorId.contains(QStringLiteral("AccessDenied")),
                 qPrintable(failure.fullyQualifiedErrorId));
    }

    void offlineChangesNeedNoReads()
    {
        const auto planners = makeExchangePlanners();
        const QList<DesiredChange> changes =
            ExchangeInspector::offlineDesiredChanges(m_profile, {}, pointers(planners));
        // Without a room directory every selected address is a candidate (the script checks each).
        QList<DesiredChange> calendar;
        QStringList keys;
        for (const DesiredChange& c : changes) {
            keys << c.key;
            if (c.step == StepId::CalendarProcessing)
                calendar << c;
        }
        QCOMPARE(calendar.size(), m_profile.rooms.selected.size());
        QCOMPARE(calendar.first().write.name, QStringLiteral("Set-CalendarProcessing"));
        QCOMPARE(calendar.first().expectations.size(), 5);
        // Steps 1-2 state theirs too: the script creates the group, scope and assignment.
        for (const char* key : {"step2.group", "step2.scope", "step2.assignment"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
    }
};

QTEST_GUILESS_MAIN(TestPlanInspect)
#include "tst_plan_inspect.moc"
