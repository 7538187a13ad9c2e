#include "core/util/BlockingWork.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#include <atomic>

namespace otj {
namespace {
std::atomic<bool> g_stopping{false};

// Child of QCoreApplication: deleted while the application is destroyed, before main() returns and
// before OpenSSL's exit handlers run. The threads are its children, so it waits for them first.
class BlockingWorkThreads : public QObject
{
public:
    using QObject::QObject;
    ~BlockingWorkThreads() override
    {
        g_stopping = true;
        for (QThread* thread : findChildren<QThread*>(Qt::FindDirectChildrenOnly))
            thread->wait();
    }
};

BlockingWorkThreads* owner()
{
    static QPointer<BlockingWorkThreads> instance;
    if (!instance) {
        g_stopping = false; // a new application (tests create several)
        instance = new BlockingWorkThreads(QCoreApplication::instance());
    }
    return instance;
}
} // namespace

void startBlockingWork(QObject* context, std::function<void()> work, std::function<void()> done)
{
    QThread* thread = QThread::create(std::move(work));
    thread->setParent(owner());
    QObject::connect(thread, &QThread::finished, context, std::move(done));
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

bool blockingWorkShouldStop()
{
    return g_stopping.load();
}

} // namespace otj
