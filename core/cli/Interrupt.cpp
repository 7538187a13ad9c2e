#include "core/cli/Interrupt.h"

#include "core/cli/Command.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <atomic>
#include <cstdlib>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <QSocketNotifier>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace otj::cli {
namespace {
InterruptNotifier* g_instance = nullptr;
std::atomic<int> g_requests{0};
static_assert(std::atomic<int>::is_always_lock_free, "used from a signal handler");

int exitCodeOf(InterruptKind kind)
{
    return kind == InterruptKind::Terminate ? Terminated : Cancelled;
}

#ifndef Q_OS_WIN
int g_pipe[2] = {-1, -1};

void onSignal(int signal)
{
    requestInterrupt(signal == SIGTERM ? InterruptKind::Terminate : InterruptKind::Interrupt);
}
#else
// Runs on a thread the system creates; not compiled or tested on this project's CI (Linux).
BOOL WINAPI onConsoleEvent(DWORD type)
{
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
        requestInterrupt(InterruptKind::Interrupt);
        return TRUE;
    case CTRL_CLOSE_EVENT:
        requestInterrupt(InterruptKind::Terminate);
        return TRUE;
    default:
        return FALSE;
    }
}
#endif
} // namespace

void requestInterrupt(InterruptKind kind)
{
    if (g_requests.fetch_add(1) > 0)
        ::_exit(exitCodeOf(kind)); // the user insists: no clean-up, no output
#ifndef Q_OS_WIN
    const char byte = kind == InterruptKind::Terminate ? 'T' : 'I';
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[1], &byte, 1);
#else
    QMetaObject::invokeMethod(
        g_instance, [kind] { Q_EMIT g_instance->interrupted(kind); }, Qt::QueuedConnection);
#endif
}

InterruptNotifier* InterruptNotifier::instance()
{
    if (!g_instance)
        g_instance = new InterruptNotifier(QCoreApplication::instance());
    return g_instance;
}

InterruptNotifier::InterruptNotifier(QObject* parent)
    : QObject(parent)
{
#ifndef Q_OS_WIN
    if (::pipe(g_pipe) == 0) {
        ::fcntl(g_pipe[0], F_SETFL, O_NONBLOCK);
        ::fcntl(g_pipe[1], F_SETFL, O_NONBLOCK);
        ::fcntl(g_pipe[0], F_SETFD, FD_CLOEXEC);
        ::fcntl(g_pipe[1], F_SETFD, FD_CLOEXEC);
        auto* notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this] {
            char byte = 0;
            if (::read(g_pipe[0], &byte, 1) == 1)
                Q_EMIT interrupted(byte == 'T' ? InterruptKind::Terminate : InterruptKind::Interrupt);
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, nullptr);
        ::sigaction(SIGTERM, &action, nullptr);
    }
#else
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#endif
}

} // namespace otj::cli
