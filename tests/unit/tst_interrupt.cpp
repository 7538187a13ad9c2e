// requestInterrupt(): the one entry point of the POSIX signal handler and the Windows console
// handler. Called from another thread, the interrupt arrives on the main thread; a second
// request ends the process at once (130, or 143 for terminate) even while the main thread is
// blocked and no event loop runs (checked in a child process: this binary re-run in child mode).
#include "core/cli/Interrupt.h"
#include "tests/support/ChildMode.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <csignal>
#include <thread>

using namespace otj::cli;

namespace {
const char* const ChildMode = "OTJ_TST_INTERRUPT_CHILD";

// Child: handler installed, then the main thread blocks (as on a slow read) with no event loop.
int blockedChild(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    InterruptNotifier::instance();
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    QThread::sleep(60);
    return 0;
}
} // namespace

class TestInterrupt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestFromAnotherThreadIsDeliveredOnTheMainThread()
    {
        QThread* deliveredOn = nullptr;
        InterruptKind kind = InterruptKind::Terminate;
        QSignalSpy spy(InterruptNotifier::instance(), &InterruptNotifier::interrupted);
        connect(InterruptNotifier::instance(), &InterruptNotifier::interrupted, this, [&](InterruptKind k) {
            deliveredOn = QThread::currentThread();
            kind = k;
        });
        std::thread([] { requestInterrupt(InterruptKind::Interrupt); }).join();
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(deliveredOn, QCoreApplication::instance()->thread());
        QVERIFY(kind == InterruptKind::Interrupt);
    }

    void secondSignalEndsABlockedProcessAtOnce_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("SIGINT twice") << int(SIGINT) << 130;
        QTest::newRow("SIGTERM twice") << int(SIGTERM) << 143;
    }
    void secondSignalEndsABlockedProcessAtOnce()
    {
        QFETCH(int, signal);
        QFETCH(int, exitCode);
        QProcess child;
        QVERIFY(!otj::test::startChild(child, ChildMode, QStringLiteral("1")).isEmpty());
        ::kill(pid_t(child.processId()), signal);
        QTest::qWait(100);
        QCOMPARE(child.state(), QProcess::Running); // the first only asks the (blocked) loop to stop
        ::kill(pid_t(child.processId()), signal);
        const bool ended = child.waitForFinished(10000);
        if (!ended)
            child.kill();
        QVERIFY2(ended, "the second signal did not end the blocked process");
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), exitCode);
    }
};

OTJ_TEST_MAIN_WITH_CHILD(TestInterrupt, ChildMode, blockedChild)

#include "tst_interrupt.moc"
