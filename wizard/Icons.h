// The wizard's SVG icons (resources/icons, embedded under :/icons), sharp at any scale factor.
#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

namespace otj::ui {

// ":/icons/<name>.svg" as an icon; `name` without the extension, e.g. "status-passed".
QIcon svgIcon(const QString& name);
QString iconPath(const QString& name);
// Every icon the wizard uses (the HiDPI test renders each one).
QStringList iconNames();

} // namespace otj::ui
