// Turns Ctrl-C / SIGINT, SIGTERM (or the Windows console control events) into a Qt signal
// delivered on the main thread, so a command can stop its network work cleanly and exit with 130
// (interrupt) or 143 (terminate). A second request ends the process at once with the same code.
#pragma once

#include <QObject>

namespace otj::cli {

enum class InterruptKind {
    Interrupt, // SIGINT, Ctrl-C, Ctrl-Break: exit 130
    Terminate, // SIGTERM, the console window closing: exit 143
};

// The one entry point of every platform's handler. Thread-safe and async-signal-safe (POSIX: an
// atomic counter and write() to a self-pipe; Windows: a queued call into the main thread). The
// first request is delivered as InterruptNotifier::interrupted; the second calls _exit().
void requestInterrupt(InterruptKind kind);

class InterruptNotifier : public QObject
{
    Q_OBJECT
public:
    // Installs the process-wide handler once; later calls return the same object.
    static InterruptNotifier* instance();

Q_SIGNALS:
    // On the main thread: stop cleanly.
    void interrupted(otj::cli::InterruptKind kind);

private:
    explicit InterruptNotifier(QObject* parent = nullptr);
    friend void requestInterrupt(InterruptKind kind);
};

} // namespace otj::cli
