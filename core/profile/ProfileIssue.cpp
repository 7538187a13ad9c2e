#include "core/profile/ProfileIssue.h"

#include <algorithm>

namespace otj {

QString ProfileIssue::toString() const
{
    const char* level = severity == Severity::Error        ? "error"
                        : severity == Severity::Incomplete ? "incomplete"
                                                           : "warning";
    return QStringLiteral("%1: %2: %3").arg(QLatin1String(level), path, message);
}

bool hasErrors(const ProfileIssues& issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const ProfileIssue& i) { return i.severity == ProfileIssue::Severity::Error; });
}

} // namespace otj
