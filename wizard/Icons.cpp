#include "wizard/Icons.h"

#include <QCoreApplication>
#include <QHash>

namespace otj::ui {

QString iconPath(const QString& name)
{
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

QIcon svgIcon(const QString& name)
{
    // One QIcon per name: the side panel and the result lists ask for the same few icons on every
    // refresh, and each new QIcon parses its SVG again (QIcon is shared, so copies are cheap).
    static QHash<QString, QIcon> cache;
    static const bool clearedWithTheApp = [] {
        // Icons (and their rendered pixmaps) go while the application still exists.
        qAddPostRoutine([] { cache.clear(); });
        return true;
    }();
    Q_UNUSED(clearedWithTheApp);
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(iconPath(name)));
    return it.value();
}

QString statusIconName(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Passed:
        return QStringLiteral("status-passed");
    case CheckStatus::Warning:
        return QStringLiteral("status-warning");
    case CheckStatus::Failed:
        return QStringLiteral("status-failed");
    case CheckStatus::Skipped:
    case CheckStatus::Cancelled:
        return QStringLiteral("status-skipped");
    case CheckStatus::Pending:
        return QStringLiteral("status-pending");
    case CheckStatus::Running:
        return QStringLiteral("status-current");
    case CheckStatus::NotRun:
        return QStringLiteral("status-not-started");
    }
    return {};
}

QStringList iconNames()
{
    return {QStringLiteral("app"),
            QStringLiteral("status-passed"),
            QStringLiteral("status-warning"),
            QStringLiteral("status-failed"),
            QStringLiteral("status-skipped"),
            QStringLiteral("status-pending"),
            QStringLiteral("status-not-started"),
            QStringLiteral("status-current"),
            QStringLiteral("open"),
            QStringLiteral("save"),
            QStringLiteral("certificate")};
}

} // namespace otj::ui
