#include "wizard/Icons.h"

namespace otj::ui {

QString iconPath(const QString& name)
{
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

QIcon svgIcon(const QString& name)
{
    return QIcon(iconPath(name));
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
