// Blocking calls (a TLS handshake read by hand, OpenSSL chain verification) run on threads the
// application owns: on exit QCoreApplication waits for them, so no worker is still inside OpenSSL
// while the process tears it down (a crash on Ctrl-C otherwise).
#pragma once

#include <functional>

class QObject;

namespace otj {

// Runs `work` on a new thread, then `done` on `context`'s thread (not at all once `context` is
// gone). Call from the thread that owns QCoreApplication.
void startBlockingWork(QObject* context, std::function<void()> work, std::function<void()> done);

// True once the application is shutting down: long work returns early (checked between waits).
bool blockingWorkShouldStop();

} // namespace otj
