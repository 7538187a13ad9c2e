// Turns Ctrl-C / SIGTERM (or the Windows console control events) into a Qt signal delivered on
// the main thread, so a command can stop its network work cleanly and exit with 130.
#pragma once

#include <QObject>

namespace otj::cli {

class InterruptNotifier : public QObject
{
    Q_OBJECT
public:
    // Installs the process-wide handler once; later calls return the same object.
    static InterruptNotifier* instance();
    int count() const { return m_count; }

Q_SIGNALS:
    // First Ctrl-C: stop cleanly. A second one while stopping: the user insists (exit now).
    void interrupted(int count);

private:
    explicit InterruptNotifier(QObject* parent = nullptr);
    void raise();
    int m_count = 0;
};

} // namespace otj::cli
