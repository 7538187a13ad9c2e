#include "core/cli/Interrupt.h"

#include <QCoreApplication>
#include <QMetaObject>

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
#ifndef Q_OS_WIN
int g_pipe[2] = {-1, -1};

// Async-signal-safe: only write() to the self-pipe.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[1], &byte, 1);
}
#else
BOOL WINAPI onConsoleEvent(DWORD type)
{
    if (type == CTRL_C_EVENT || type == CTRL_BREAK_EVENT || type == CTRL_CLOSE_EVENT) {
        QMetaObject::invokeMethod(g_instance, "raise", Qt::QueuedConnection);
        return TRUE;
    }
    return FALSE;
}
#endif
} // namespace

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
            char buffer[16];
            while (::read(g_pipe[0], buffer, sizeof buffer) > 0) {
            }
            raise();
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

void InterruptNotifier::raise()
{
    ++m_count;
    Q_EMIT interrupted(m_count);
}

} // namespace otj::cli
