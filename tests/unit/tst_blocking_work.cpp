// Blocking work (TLS probes, OpenSSL verification) must not outlive the application: otjctl
// returning from main() after Ctrl-C while a verification thread was inside OpenSSL crashed in
// libcrypto (ASan: SEGV / heap-use-after-free) as the process tore OpenSSL down.
#include "core/util/BlockingWork.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace otj;

namespace {
// Each test function builds and destroys its own application (QTEST_APPLESS_MAIN).
struct OwnApplication
{
    int argc = 1;
    char name[18] = "tst_blocking_work";
    char* argv[2] = {name, nullptr};
    QCoreApplication application{argc, argv};
};
} // namespace

class TestBlockingWork : public QObject
{
    Q_OBJECT

private slots:
    void applicationWaitsForUnfinishedWork()
    {
        std::atomic<bool> finished{false};
        bool delivered = false;
        {
            OwnApplication app;
            QObject context;
            startBlockingWork(
                &context,
                [&finished] {
                    QThread::msleep(300);
                    finished = true;
                },
                [&delivered] { delivered = true; });
            // No event loop runs: the application is destroyed with the work still sleeping.
        }
        QVERIFY(finished);
        QVERIFY(!delivered); // its context was gone before the work ended
    }

    void longWorkIsAskedToStopOnExit()
    {
        std::atomic<bool> sawStop{false};
        QElapsedTimer exitTime;
        {
            OwnApplication app;
            QObject context;
            startBlockingWork(
                &context,
                [&sawStop] {
                    // A probe waits in slices of at most 100 ms, checking between them.
                    for (int i = 0; i < 600 && !blockingWorkShouldStop(); ++i)
                        QThread::msleep(50);
                    sawStop = blockingWorkShouldStop();
                },
                [] {});
            QVERIFY(!blockingWorkShouldStop()); // a new application starts afresh
            QThread::msleep(100);
            exitTime.start();
        }
        QVERIFY(sawStop);
        QVERIFY2(exitTime.elapsed() < 5000, qPrintable(QString::number(exitTime.elapsed())));
    }

    void resultArrivesOnTheContextsThread()
    {
        OwnApplication app;
        QThread* worker = nullptr;
        QThread* deliveredOn = nullptr;
        QObject context;
        startBlockingWork(
            &context, [&worker] { worker = QThread::currentThread(); },
            [&deliveredOn] { deliveredOn = QThread::currentThread(); });
        QTRY_VERIFY(deliveredOn != nullptr);
        QCOMPARE(deliveredOn, app.application.thread());
        QVERIFY(worker != app.application.thread());
    }
};

QTEST_APPLESS_MAIN(TestBlockingWork)
#include "tst_blocking_work.moc"
