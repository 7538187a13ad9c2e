// otjctl plan / apply against otj-lab through `otj-lab shell` (OTJ_POWERSHELL = the serve line's
// "powershell" command): plan exit 1 -> apply --yes -> plan exit 0 -> a second apply sends only
// Get-* (the lab's PowerShell counters); no --yes without a terminal changes nothing (exit 2); a
// failure injected mid-apply stops and reports applied / not applied and a re-run continues; the
// PowerShell host killed (SIGKILL) at a random write command, for several seeds: the re-run
// settles the journal from Exchange, finishes, and the org ends as planned.
#include "core/journal/RunJournal.h"
#include "core/profile/ProfileStore.h"
#include "tests/support/LabShell.h"

#include <QDir>
#include <QRandomGenerator>
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
        const ProfileLoadResult loaded = ProfileStore::load(lab.profile);
        lab.loaded = loaded.profile;
        return loaded.ok();
    }

    CtlResult ctl(Lab& lab, const QStringList& args, const std::function<void(QProcess&)>& whileRunning = {})
    {
        return runOtjctl(args + QStringList{QStringLiteral("--profile"), lab.profile}, QString(), 120000,
                         whileRunning, lab.env);
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
        QVERIFY(plan.out.contains("39 change(s) to make."));

        // No --yes and no terminal: exit 2, nothing changed.
        resetStats(lab);
        const CtlResult refused = ctl(lab, {QStringLiteral("apply")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--yes"), refused.err.constData());
        QCOMPARE(writes(stats(lab)), 0);
        QCOMPARE(roomsNotAsPlanned(lab).size(), 39);

        const CtlResult apply = ctl(lab, {QStringLiteral("apply"), QStringLiteral("--yes")});
        QVERIFY2(apply.exitCode == 0, apply.out + apply.err);
        QVERIFY(apply.out.contains("39 change(s) applied and verified."));
        QCOMPARE(roomsNotAsPlanned(lab), QStringList{});

        plan = ctl(lab, {QStringLiteral("plan")});
        QCOMPARE(plan.exitCode, 0);
        QVERIFY(plan.out.contains("No changes."));

        resetStats(lab);
        const CtlResult again = ctl(lab, {QStringLiteral("apply"), QStringLiteral("--yes")});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject s = stats(lab);
        QCOMPARE(writes(s), 0);
        QVERIFY(s.value(QStringLiteral("cmdlets")).toInteger() > 0);

        // The journal: one completed run with 39 applied changes, nothing open.
        journal::RunJournal j(lab.profile, lab.loaded.profileId);
        QVERIFY(j.load());
        QCOMPARE(j.changes().size(), 39);
        QVERIFY(j.openChanges().isEmpty());
        QCOMPARE(j.calendarProcessingChanged().size(), 39);
    }

    void failureMidApplyStopsAndRerunContinues()
    {
        Lab lab;
        QVERIFY(startLab(lab, QStringLiteral("fail")));
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
        QVERIFY2(first.out.contains("Applied: 10, not applied: 29."), first.out.constData());
        QCOMPARE(roomsNotAsPlanned(lab).size(), 29);
        journal::RunJournal j(lab.profile, lab.loaded.profileId);
        QVERIFY(j.load());
        QStringList results;
        for (const journal::JournalChange& c : j.changes())
            results << c.result;
        QCOMPARE(results.count(QStringLiteral("applied")), 10);
        QCOMPARE(results.count(QStringLiteral("failed")), 1);
        QCOMPARE(results.count(QStringLiteral("not-applied")), 28);

        const CtlResult second = ctl(lab, {QStringLiteral("apply"), QStringLiteral("--yes")});
        QVERIFY2(second.exitCode == 0, second.out + second.err);
        QVERIFY(second.out.contains("29 change(s) applied and verified."));
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
        QVERIFY2(r.out.contains("Cancelled: 100 change(s) applied"), r.out.right(400).constData());
        journal::RunJournal j(lab.profile, lab.loaded.profileId);
        QVERIFY(j.load());
        QVERIFY(j.openChanges().isEmpty());
        QCOMPARE(j.entries().last().fields.value(QStringLiteral("result")).toString(),
                 QStringLiteral("cancelled"));
    }

    void hostKilledAtARandomWriteThenRerunFinishes_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 7u, 42u})
            QTest::addRow("seed %u", seed) << seed;
    }
    void hostKilledAtARandomWriteThenRerunFinishes()
    {
        QFETCH(quint32, seed);
        Lab lab;
        // 15 ms a cmdlet: the writes take ~0.6 s, time enough to kill the host between two of them.
        QVERIFY(startLab(lab, QStringLiteral("kill%1").arg(seed),
                         {QStringLiteral("--shell-latency"), QStringLiteral("0:15")}));
        const int killAt = int(QRandomGenerator(seed).bounded(1, 35));
        bool killed = false;
        const CtlResult first =
            ctl(lab, {QStringLiteral("apply"), QStringLiteral("--yes")}, [&](QProcess& otjctl) {
                QElapsedTimer t;
                t.start();
                while (!killed && t.elapsed() < 60000 && otjctl.state() == QProcess::Running) {
                    const qint64 sets = stats(lab)
                                            .value(QStringLiteral("perVerb"))
                                            .toObject()
                                            .value(QStringLiteral("Set"))
                                            .toInteger();
                    if (sets >= killAt) {
                        for (qint64 child : childrenOf(otjctl.processId()))
                            ::kill(pid_t(child), SIGKILL);
                        killed = true;
                    }
                }
            });
        QVERIFY2(killed, "the host was killed during the apply");
        QCOMPARE(first.exitCode, 1);
        const int changedBeforeRerun = 39 - int(roomsNotAsPlanned(lab).size());
        QVERIFY(changedBeforeRerun >= killAt);

        journal::RunJournal before(lab.profile, lab.loaded.profileId);
        QVERIFY(before.load());
        const int open = int(before.openChanges().size());
        QVERIFY2(open > 0, "the killed request's entries are open");

        const CtlResult second = ctl(lab, {QStringLiteral("apply"), QStringLiteral("--yes")});
        QVERIFY2(second.exitCode == 0, second.out + second.err);
        QVERIFY2(second.out.contains("An earlier apply was interrupted"), second.out.constData());
        QCOMPARE(roomsNotAsPlanned(lab), QStringList{});

        // The journal says exactly what happened: every attempt settled, each room changed once
        // (applied in the first run, settled-applied, or applied by the re-run).
        journal::RunJournal after(lab.profile, lab.loaded.profileId);
        QVERIFY(after.load());
        QVERIFY(after.openChanges().isEmpty());
        QHash<QString, int> appliedPerKey;
        int settledApplied = 0;
        for (const journal::JournalChange& c : after.changes()) {
            if (c.applied())
                ++appliedPerKey[c.key];
            if (c.result == QLatin1String("settled-applied"))
                ++settledApplied;
        }
        QCOMPARE(appliedPerKey.size(), 39);
        for (auto it = appliedPerKey.begin(); it != appliedPerKey.end(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        // What the killed request had done before the kill is exactly what was settled as applied.
        int appliedInFirstRun = 0;
        for (const journal::JournalChange& c : before.changes())
            appliedInFirstRun += c.applied() ? 1 : 0;
        QCOMPARE(appliedInFirstRun + settledApplied, changedBeforeRerun);
    }
};

QTEST_GUILESS_MAIN(TestPlanApplyLab)
#include "tst_plan_apply_lab.moc"
