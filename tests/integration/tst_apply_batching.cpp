// Apply sizes its write requests by time (ApplyRunner, ApplyOptions::writeRequestTargetMs), so a
// Stop, honoured between requests, waits for one request of about that long however slow each
// command is, while a fast Exchange still gets up to 100 commands a request. Against the lab with
// 150 rooms and a per-cmdlet latency (the real shell client, the real planners).
#include "core/plan/ApplyRunner.h"
#include "core/plan/Planners.h"
#include "tests/support/LabApplyRun.h"
#include "tests/support/LabShell.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <utility>

using namespace otj;
using namespace otj::plan;

class TestApplyBatching : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    using Run = test::LabApplyRun;

    bool start(Run& run, const QString& name)
    {
        return run.start({QStringLiteral("--rooms"), QStringLiteral("150")},
                         m_dir.filePath(name + QStringLiteral(".json")));
    }

    qint64 calendarWrites(Run& run)
    {
        return run.lab.admin("GET", QStringLiteral("powershell/stats"))
            .value(QStringLiteral("perCmdlet"))
            .toObject()
            .value(QStringLiteral("Set-CalendarProcessing"))
            .toInteger();
    }

    struct Applied
    {
        ApplyOutcome outcome;
        qint64 stopMs = -1;       // from cancel() to finished
        QList<int> writeRequests; // commands in each write request, in order
        int largestAfter(int first) const
        {
            const QList<int> later = writeRequests.mid(first);
            return later.isEmpty() ? 0 : *std::max_element(later.begin(), later.end());
        }
    };

    static void setCmdletLatency(Run& run, int ms)
    {
        run.lab.admin("POST", QStringLiteral("powershell/latency"),
                      {{QStringLiteral("rttMs"), 0}, {QStringLiteral("cmdletMs"), ms}});
    }

    // Every cmdlet takes `cmdletMs` while the changes are sent (the reads before are fast, to keep the
    // test short). `stopAfterCalendarWrites` > 0: cancel() once the lab has run that many
    // Set-CalendarProcessing.
    Applied apply(Run& run, const ApplyOptions& base, int cmdletMs, int stopAfterCalendarWrites = 0)
    {
        setCmdletLatency(run, 0);
        shell::ExchangeShell shell(test::labShellOptions(run.lab));
        const auto planners = makeExchangePlanners();
        ApplyOptions options = base;
        options.waitPendingSeconds = 0;
        options.credentials = &run.credentials;
        ApplyRunner runner(&shell, run.profile, run.profilePath, {}, pointers(planners), options);
        QSignalSpy finished(&runner, &ApplyRunner::finished);
        connect(&runner, &ApplyRunner::planned, &runner, [&] {
            setCmdletLatency(run, cmdletMs);
            runner.apply();
        });
        // A request's changes all start before the first of them finishes.
        Applied out;
        int started = 0;
        connect(&runner, &ApplyRunner::changeStarted, &runner, [&started] { ++started; });
        connect(&runner, &ApplyRunner::changeFinished, &runner, [&] {
            if (started > 0)
                out.writeRequests << std::exchange(started, 0);
        });
        QElapsedTimer stopping;
        QTimer watch;
        if (stopAfterCalendarWrites > 0) {
            watch.setInterval(20);
            connect(&watch, &QTimer::timeout, &runner, [&] {
                if (calendarWrites(run) < stopAfterCalendarWrites)
                    return;
                watch.stop();
                stopping.start();
                runner.cancel();
            });
            watch.start();
        }
        runner.inspect();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 240000))
            return out;
        out.outcome = finished.first().first().value<ApplyOutcome>();
        if (stopping.isValid())
            out.stopMs = stopping.elapsed();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApplyOutcome>();
        QVERIFY(m_dir.isValid());
    }

    // Fast commands (5 ms): the 150 rooms still go in large requests (at most one more request
    // than fixed batches of 100: steps 1-3 one each, then 100 + 50).
    void fastExchangeGetsLargeRequests()
    {
        Run run;
        QVERIFY(start(run, QStringLiteral("fast")));
        const Applied a = apply(run, ApplyOptions{}, 5);
        QCOMPARE(a.outcome.result, ApplyOutcome::Result::Verified);
        QVERIFY2(a.writeRequests.first() <= 10, qPrintable(QString::number(a.writeRequests.first())));
        QVERIFY2(a.largestAfter(0) >= 60, qPrintable(QString::number(a.largestAfter(0))));
        int changes = 0;
        for (int n : a.writeRequests)
            changes += n;
        QVERIFY(changes >= 150);
        const int fixedBatches =
            3 + (changes - 3 + ExchangeInspector::batchSize - 1) / ExchangeInspector::batchSize;
        QVERIFY2(a.writeRequests.size() <= fixedBatches + 1,
                 qPrintable(
                     QStringLiteral("%1 requests for %2 changes").arg(a.writeRequests.size()).arg(changes)));
    }

    // Slow commands (40 ms) and a 250 ms target: a handful a request, and Stop comes after about
    // one request, not after 100 commands (4 s here; 100 s at a real Exchange's second a command).
    void slowExchangeGetsSmallRequestsAndAQuickStop()
    {
        Run run;
        QVERIFY(start(run, QStringLiteral("slow")));
        ApplyOptions options;
        options.writeRequestTargetMs = 250;
        const Applied a = apply(run, options, 40, 20);
        QCOMPARE(a.outcome.result, ApplyOutcome::Result::Cancelled);
        QVERIFY2(a.stopMs >= 0 && a.stopMs < 2000, qPrintable(QString::number(a.stopMs)));
        const qint64 written = calendarWrites(run);
        QVERIFY2(written < 60, qPrintable(QString::number(written)));
        QVERIFY(a.outcome.notApplied.size() >= 150 - 60);
        // After the first request, each holds what takes about 250 ms at 40 ms a command.
        QVERIFY2(a.largestAfter(1) <= 8, qPrintable(QString::number(a.largestAfter(1))));
        // The rest, by a second apply: nothing made twice, all verified.
        const Applied rest = apply(run, options, 0);
        QCOMPARE(rest.outcome.result, ApplyOutcome::Result::Verified);
        auto calendarChanges = [](const QStringList& keys) {
            return keys.filter(QRegularExpression(QStringLiteral("^step4\\.calendar/"))).size();
        };
        QCOMPARE(calendarWrites(run),
                 calendarChanges(a.outcome.applied) + calendarChanges(rest.outcome.applied));
        QVERIFY(calendarChanges(rest.outcome.applied) >= 150 - 60);
    }
};

QTEST_GUILESS_MAIN(TestApplyBatching)
#include "tst_apply_batching.moc"
