// The wizard's SVG icons (resources/icons, embedded under :/icons), sharp at any scale factor.
#pragma once

#include "core/validation/CheckStatus.h"

#include <QIcon>
#include <QString>
#include <QStringList>

namespace otj::ui {

// ":/icons/<name>.svg" as an icon; `name` without the extension, e.g. "status-passed".
QIcon svgIcon(const QString& name);
QString iconPath(const QString& name);
// The icon of a status (never shown alone: its text goes beside it).
QString statusIconName(CheckStatus status);
// Every icon the wizard uses (the HiDPI test renders each one).
QStringList iconNames();

} // namespace otj::ui
