// otjctl plan / apply against otj-lab through `otj-lab shell` (OTJ_POWERSHELL = the serve line's
// "powershell" command), every Exchange planner (rooms, steps 1-4) against the lab's default org:
// plan exit 1 -> apply --yes -> plan exit 0 -> a second apply sends only Get-* (the lab's
// PowerShell counters); no --yes without a terminal changes nothing (exit 2); a service account to
// create without its password: exit 2 before any change; a failure injected mid-apply stops and
// reports applied / not applied and a re-run continues; the PowerShell host killed (SIGKILL) at a
// random write command (step 1/2 creates included), for several seeds: the re-run settles the
// journal from Exchange, finishes, nothing is created twice, and the org ends as planned.
#include "core/journal/RunJournal.h"
#include "core/profile/ProfileStore.h"
#include "tests/support/LabShell.h"

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace otj;

namespace {

const QStringList kPolicyFalse = {QStringLiteral("DeleteComments"), QStringLiteral("DeleteSubject"),
                                  QStringLiteral("AddOrganizerToSubject"),
                                  QStringLiteral("RemovePrivateProperty")};

// The child processes of `pid` (Linux /proc).
QList<qint64> childrenOf(qint64 pid)
{
    QList<qint64> kids;
    QFile f(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray& p : f.readAll().split(' ')) {
            if (!p.trimmed().isEmpty())
                kids << p.trimmed().toLongLong();
        }
    }
    return kids;
}

// "N change(s) to make." of otjctl plan/apply's output; -1 when absent.
int plannedChanges(const QByteArray& out)
{
    static const QRegularExpression count(QStringLiteral("(\\d+) change\\(s\\) to make\\."));
    const QRegularExpressionMatch m = count.match(QString::fromUtf8(out));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The step 4 changes: one per on-prem room that differs from the policy (40 rooms, hq-01 fixed).
constexpr int kCalendarChanges = 39;
// Planned but not sent: step2.group-members (New-DistributionGroup -Members already makes the rooms
// its members; the step's re-inspection after the create finds them).
constexpr int kMatchedAfterCreate = 1;

} // namespace

class TestPlanApplyLab : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Lab
    {
        LabProcess process;
        QString profile;
        QProcessEnvironment env;
        SetupProfile loaded;
        QString servicePassword; // OTJ_SERVICE_ACCOUNT_PASSWORD of the child (null: not set)
    };

    bool startLab(Lab& lab, const QString& name, const QStringList& extra = {})
    {
        QString error;
        lab.profile = m_dir.filePath(name + QStringLiteral(".json"));
        if (!lab.process.start(extra, lab.profile, &error)) {
            qWarning() << error;
            return false;
        }
        lab.env.insert(QStringLiteral("OTJ_POWERSHELL"), test::labPowerShellEnv(lab.process));
        lab.env.insert(QStringLiteral("OTJ_EXCHANGE_ADMIN_PASSWORD"),
                       lab.process.password(QStringLiteral("exchange-admin")));
        lab.servicePassword = lab.process.password(QStringLiteral("otj-service"));
        const ProfileLoadResult loaded = ProfileStore::load(lab.profile);
        lab.loaded = loaded.profile;
        return loaded.ok();
    }

    // The profile creates its service account (step 1's New-Mailbox) instead of adopting the lab's.
    static bool createServiceAccount(Lab& lab)
    {
        lab.loaded.serviceAccount.mode = ServiceAccountMode::Create;
        lab.loaded.serviceAccount.upn = QStringLiteral("svc-new@contoso.lab");
        lab.servicePassword = QStringLiteral("N3w!Service-2024");
        return ProfileStore::save(lab.loaded, lab.profile);
    }

    CtlResult ctl(Lab& lab, const QStringList& args, const std::function<void(QProcess&)>& whileRunning = {})
    {
        return runOtjctl(args + QStringList{QStringLiteral("--profile"), lab.profile}, lab.servicePassword,
                         120000, whileRunning, lab.env);
    }

    static QJsonObject stats(Lab& lab)
    {
        return lab.process.admin("GET", QStringLiteral("powershell/stats"));
    }
    static void resetStats(Lab& lab) { lab.process.admin("POST", QStringLiteral("powershell/stats/reset")); }
    static qint64 writes(const QJsonObject& stats)
    {
        qint64 n = 0;
        const QJsonObject verbs = stats.value(QStringLiteral("perVerb")).toObject();
        for (auto it = verbs.begin(); it != verbs.end(); ++it) {
            if (it.key() != QLatin1String("Get"))
                n += it.value().toInteger();
        }
        return n;
    }

    // How many objects of the lab's org dump (`list`: groups, scopes, assignments, recipients)
    // have `field` == `value`.
    static int countInOrg(Lab& lab, const QString& list, const QString& field, const QString& value)
    {
        int n = 0;
        const QJsonObject org = lab.process.admin("GET", QStringLiteral("org"));
        for (const QJsonValue& v : org.value(list).toArray())
            n += v.toObject().value(field).toString().compare(value, Qt::CaseInsensitive) == 0 ? 1 : 0;
        return n;
    }

    // Every selected on-prem room processes meetings as the default policy says.
    static QStringList roomsNotAsPlanned(Lab& lab)
    {
        QStringList wrong;
        const QJsonObject org = lab.process.admin("GET", QStringLiteral("org"));
        for (const QJsonValue& v : org.value(QStringLiteral("recipients")).toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("type")).toString() != QLatin1String("RoomMailbox"))
                continue;
            const QJsonObject cp = r.value(QStringLiteral("calendarProcessing")).toObject();
            bool ok =
                cp.value(QStringLiteral("AutomateProcessing")).toString() == QLatin1String("AutoAccept");
            for (const QString& p : kPolicyFalse)
                ok = ok && cp.value(p) == QJsonValue(false);
            if (!ok)
                wrong << r.value(QStringLiteral("smtp")).toString();
        }
        return wrong;
    }

private Q_SLOTS:
    void planApplyPlanApplyIsIdempotent()
    {
        Lab lab;
        QVERIFY(startLab(lab, QStringLiteral("idem")));
        CtlResult plan = ctl(lab, {QStringLiteral("plan")});
        QCOMPARE(plan.exitCode, 1);
        QVERIFY2(plan.out.contains("Set-CalendarProcessing -Identity 'room-hq-02@contoso.lab'"),
                 plan.out.constData());
        // Every planner: step 2's objects are created, step 4's rooms set.
        for (const char* key :
             {"+ step2.group:", "+ step2.group-members:", "+ step2.scope:", "+ step2.assignment:"})
            QVERIFY2(plan.out.contains(key), key);
        QVERIFY(plan.out.contains("-ViewEntireForest $true"));
        const int planned = plannedChanges(plan.out);
        QCOMPARE(int(plan.out.count("~ step4.calendar/")), kCalendarChanges);
        QVERIFY2(planned > kCalendarChanges, plan.out.right(200).constData());

        // No --yes and no terminal: exit 2, nothing changed.
        resetStats(lab);
        const CtlResult refused = ctl(lab, {QStringLiteral("apply")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--yes"), refused.err.constData());
        QCOMPARE(writes(stats(lab)), 0);
        QCOMPARE(roomsNotAsPlanned(lab).size(), kCalendarChanges);

        const CtlResult apply = ctl(lab, {QStringLiteral("apply"), QStringLiteral("--yes")});
        QVERIFY2(apply.exitCode == 0, apply.out + apply.err);
        const int applied = planned - kMatchedAfterCreate;
        QVERIFY2(
            apply.out.contains(QStringLiteral("%1 change(s) applied and verified.").arg(applied).toUtf8()),
            apply.out.right(400).constData());
        QCOMPARE(roomsNotAsPlanned(lab), QStringList{});
        QCOMPARE(
            countInOrg(lab, QStringLiteral("groups"), QStringLiteral("name"), QStringLiteral("OTJ Rooms")),
            1);

        plan = ctl(lab, {QStringLiteral("plan")});
        QCOMPARE(plan.exitCode, 0);
        QVERIFY(plan.out.contains("No changes."));

        resetStats(lab);
        const CtlResult again = ctl(lab, {QStringLiteral("apply"), QStringLiteral("--yes")});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject s = stats(lab);
        QCOMPARE(writes(s), 0);
        QVERIFY(s.value(QStringLiteral("cmdlets")).toInteger() > 0);

        // The journal: one completed run with every planned change applied, nothing open.
        journal::RunJournal j(lab.profile, lab.loaded.profileId);
        QVERIFY(j.load());
        QCOMPARE(int(j.changes().size()), applied);
        for (const journal::JournalChange& c : j.changes())
            QVERIFY2(c.key != QLatin1String("step2.group-members"), "matched after the group's creation");
        QVERIFY(j.openChanges().isEmpty());
        QCOMPARE(j.calendarProcessingChanged().size(), kCalendarChanges);
    }

    void serviceAccountToCreateWithoutPasswordExits2BeforeAnyChange()
    {
        Lab lab;
        QVERIFY(startLab(lab, QStringLiteral("nopw")));
        QVERIFY(createServiceAccount(lab));
        lab.servicePassword = QString(); // not in the child's environment (nor a keychain)
        resetStats(lab);
        const CtlResult refused = ctl(lab, {QStringLiteral("apply"), QStringLiteral("--yes")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("OTJ_SERVICE_ACCOUNT_PASSWORD"), refused.err.constData());
        QVERIFY(refused.out.contains("+ step1.account:"));
        const QJsonObject s = stats(lab);
        QCOMPARE(s.value(QStringLiteral("perVerb")).toObject().keys(), QStringList{QStringLiteral("Get")});
        QCOMPARE(countInOrg(lab, QStringLiteral("recipients"), QStringLiteral("smtp"),
                            QStringLiteral("svc-new@contoso.lab")),
                 0);
        journal::RunJournal j(lab.profile, lab.loaded.profileId);
        QVERIFY(j.load());
        QVERIFY(j.changes().isEmpty());
    }

    void failureMidApplyStopsAndRerunContinues()
    {
        Lab lab;
        QVERIFY(startLab(lab, QStringLiteral("fail")));
        int planned = plannedChanges(ctl(lab, {QStringLiteral("plan")}).out);
        QVERIFY(planned > kCalendarChanges);
        int status = 0;
        lab.process.admin("POST", QStringLiteral("powershell/fail"),
                          {{QStringLiteral("cmdlet"), QStringLiteral("Set-CalendarProcessing")},
                           {QStringLiteral("skip"), 10}},
                          &status);
        QCOMPARE(status, 200);
        const CtlResult first = ctl(lab, {QStringLiteral("apply"), QStringLiteral("--yes")});
        QCOMPARE(first.exitCode, 1);
        QVERIFY2(first.out.contains("Stopped: step4.calendar/"), first.out.constData());
        QVERIFY(first.out.contains("injected by otj-lab"));
        // Steps 1-3 and 10 rooms applied; the failed room and the 28 after it not.
        planned -= kMatchedAfterCreate;
        const int notApplied = kCalendarChanges - 10;
        QVERIFY2(first.out.contains(QStringLiteral("Applied: %1, not applied: %2.")
                                        .arg(planned - notApplied)
                                        .arg(notApplied)
                                        .toUtf8()),
                 first.out.constData());
        QCOMPARE(roomsNotAsPlanned(lab).size(), notApplied);
        journal::RunJournal j(lab.profile, lab.loaded.profileId);
        QVERIFY(j.load());
        QStringList results;
        for (const journal::JournalChange& c : j.changes())
            results << c.result;
        QCOMPARE(int(results.count(QStringLiteral("applied"))), planned - notApplied);
        QCOMPARE(results.count(QStringLiteral("failed")), 1);
        QCOMPARE(int(results.count(QStringLiteral("not-applied"))), notApplied - 1);

        const CtlResult second = ctl(lab, {QStringLiteral("apply"), QStringLiteral("--yes")});
        QVERIFY2(second.exitCode == 0, second.out + second.err);
        QVERIFY(second.out.contains(
            QStringLiteral("%1 change(s) applied and verified.").arg(notApplied).toUtf8()));
        QCOMPARE(roomsNotAsPlanned(lab), QStringList{});
    }

    void secondApplyIsRefusedWhileOneHoldsTheLock()
    {
        Lab lab;
        QVERIFY(startLab(lab, QStringLiteral("lock")));
        journal::ApplyLock held(lab.profile);
        QVERIFY(held.tryLock());
        resetStats(lab);
        const CtlResult refused = ctl(lab, {QStringLiteral("apply"), QStringLiteral("--yes")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QByteArray::number(QCoreApplication::applicationPid())),
                 refused.err.constData());
        QCOMPARE(stats(lab).value(QStringLiteral("cmdlets")).toInteger(), 0);
        held.unlock();
        QCOMPARE(ctl(lab, {QStringLiteral("apply"), QStringLiteral("--yes")}).exitCode, 0);
    }

    void ctrlCBetweenRequestsExits130WithTheJournalClosed()
    {
        Lab lab;
        // Small requests are not possible from outside, so: many rooms' changes in one request at
        // 15 ms a cmdlet; SIGINT arrives during the first request and is honoured after it.
        QVERIFY(startLab(lab, QStringLiteral("sigint"),
                         {QStringLiteral("--rooms"), QStringLiteral("150"), QStringLiteral("--shell-latency"),
                          QStringLiteral("0:5")}));
        bool sent = false;
        const CtlResult r =
            ctl(lab, {QStringLiteral("apply"), QStringLiteral("--yes")}, [&](QProcess& otjctl) {
                while (!sent && otjctl.state() == QProcess::Running) {
                    if (stats(lab)
                            .value(QStringLiteral("perVerb"))
                            .toObject()
                            .value(QStringLiteral("Set"))
                            .toInteger() > 5) {
                        ::kill(pid_t(otjctl.processId()), SIGINT);
                        sent = true;
                    }
                }
            });
        QVERIFY(sent);
        QCOMPARE(r.exitCode, 130);
        // Honoured after the request in flight: steps 1-3 and the first request's rooms (sized by
        // time: at 5 ms a cmdlet, most of 100).
        static const QRegularExpression cancelled(
            QStringLiteral("Cancelled: (\\d+) change\\(s\\) applied, (\\d+) not applied"));
        const QRegularExpressionMatch m = cancelled.match(QString::fromUtf8(r.out));
        QVERIFY2(m.hasMatch(), r.out.right(400).constData());
        QCOMPARE(m.captured(1).toInt() + m.captured(2).toInt(), plannedChanges(r.out) - kMatchedAfterCreate);
        QVERIFY(m.captured(2).toInt() > 0);
        journal::RunJournal j(lab.profile, lab.loaded.profileId);
        QVERIFY(j.load());
        QVERIFY(j.openChanges().isEmpty());
        int roomsApplied = 0;
        for (const journal::JournalChange& c : j.changes())
            roomsApplied += c.applied() && c.key.startsWith(QLatin1String("step4.calendar/")) ? 1 : 0;
        QVERIFY2(roomsApplied > 0 && roomsApplied <= 100, qPrintable(QString::number(roomsApplied)));
        QCOMPARE(j.entries().last().fields.value(QStringLiteral("result")).toString(),
                 QStringLiteral("cancelled"));
    }

    void hostKilledAtARandomWriteThenRerunFinishes_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("fixedKillAt"); // 0: random by the seed
        for (quint32 seed : {1u, 7u, 42u})
            QTest::addRow("seed %u", seed) << seed << 0;
        // The writes start Set-ADServerSettings, New-Mailbox, Set-Mailbox, New-DistributionGroup:
        // make sure the creates of steps 1 and 2 are hit whatever the seeds give.
        QTest::addRow("step 1 create") << 0u << 2;
        QTest::addRow("step 2 create") << 0u << 4;
    }
    void hostKilledAtARandomWriteThenRerunFinishes()
    {
        QFETCH(quint32, seed);
        QFETCH(int, fixedKillAt);
        Lab lab;
        // 15 ms a cmdlet: the writes take ~0.8 s, time enough to kill the host between two of them.
        QVERIFY(startLab(lab, QStringLiteral("kill%1-%2").arg(seed).arg(fixedKillAt),
                         {QStringLiteral("--shell-latency"), QStringLiteral("0:15")}));
        // Step 1 creates the service account too: New-Mailbox is among the writes the kill may hit.
        QVERIFY(createServiceAccount(lab));
        const CtlResult plan = ctl(lab, {QStringLiteral("plan")});
        QVERIFY2(plan.out.contains("+ step1.account:"), plan.out.constData());
        const int planned = plannedChanges(plan.out);
        QVERIFY(planned > kCalendarChanges);
        // Any write: Set-ADServerSettings, the step 1/2 creates and updates, a room's Set-CalendarProcessing.
        const int killAt = fixedKillAt > 0 ? fixedKillAt : int(QRandomGenerator(seed).bounded(1, planned));
        bool killed = false;
        const CtlResult first =
            ctl(lab, {QStringLiteral("apply"), QStringLiteral("--yes")}, [&](QProcess& otjctl) {
                QElapsedTimer t;
                t.start();
                while (!killed && t.elapsed() < 60000 && otjctl.state() == QProcess::Running) {
                    if (writes(stats(lab)) >= killAt) {
                        for (qint64 child : childrenOf(otjctl.processId()))
                            ::kill(pid_t(child), SIGKILL);
                        killed = true;
                    }
                }
            });
        QVERIFY2(killed, "the host was killed during the apply");
        // 1: the kill caught a write in flight (its fate unknown, its journal entry open). 0: it caught
        // the host between two requests or during a read, which the shell restarts and resends once
        // (ExchangeShell's restart budget), so the apply finishes by itself. Either way the re-run
        // below must find everything made exactly once.
        QVERIFY2(first.exitCode == 1 || first.exitCode == 0, first.out + first.err);
        const int roomsChangedBeforeRerun = kCalendarChanges - int(roomsNotAsPlanned(lab).size());

        journal::RunJournal before(lab.profile, lab.loaded.profileId);
        QVERIFY(before.load());
        const int open = int(before.openChanges().size());

        const CtlResult second = ctl(lab, {QStringLiteral("apply"), QStringLiteral("--yes")});
        QVERIFY2(second.exitCode == 0, second.out + second.err);
        if (open > 0)
            QVERIFY2(second.out.contains("An earlier apply was interrupted"), second.out.constData());
        QCOMPARE(roomsNotAsPlanned(lab), QStringList{});
        // Nothing was created twice.
        QCOMPARE(countInOrg(lab, QStringLiteral("recipients"), QStringLiteral("smtp"),
                            QStringLiteral("svc-new@contoso.lab")),
                 1);
        QCOMPARE(
            countInOrg(lab, QStringLiteral("groups"), QStringLiteral("name"), QStringLiteral("OTJ Rooms")),
            1);
        QCOMPARE(countInOrg(lab, QStringLiteral("managementScopes"), QStringLiteral("name"),
                            QStringLiteral("OTJ Rooms Scope")),
                 1);
        QCOMPARE(countInOrg(lab, QStringLiteral("roleAssignments"), QStringLiteral("name"),
                            QStringLiteral("OTJ Impersonation")),
                 1);
        QCOMPARE(ctl(lab, {QStringLiteral("plan")}).exitCode, 0);

        // The journal says exactly what happened: every attempt settled, each change made once
        // (applied in the first run, settled-applied, or applied by the re-run).
        journal::RunJournal after(lab.profile, lab.loaded.profileId);
        QVERIFY(after.load());
        QVERIFY(after.openChanges().isEmpty());
        QHash<QString, int> appliedPerKey;
        int roomsSettledApplied = 0;
        for (const journal::JournalChange& c : after.changes()) {
            if (c.applied())
                ++appliedPerKey[c.key];
            if (c.result == QLatin1String("settled-applied") && c.key.startsWith(QLatin1String("step4.")))
                ++roomsSettledApplied;
        }
        QCOMPARE(int(appliedPerKey.size()), planned - kMatchedAfterCreate);
        for (auto it = appliedPerKey.begin(); it != appliedPerKey.end(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        // What the killed request had done to the rooms before the kill is exactly what was settled
        // as applied.
        int roomsAppliedInFirstRun = 0;
        for (const journal::JournalChange& c : before.changes())
            roomsAppliedInFirstRun += c.applied() && c.key.startsWith(QLatin1String("step4.")) ? 1 : 0;
        QCOMPARE(roomsAppliedInFirstRun + roomsSettledApplied, roomsChangedBeforeRerun);
    }
};

QTEST_GUILESS_MAIN(TestPlanApplyLab)
#include "tst_plan_apply_lab.moc"
