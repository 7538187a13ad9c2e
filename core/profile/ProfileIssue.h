#pragma once

#include <QList>
#include <QString>

namespace otj {

// One problem found in a profile: where (a JSON path such as "$.exchange.ewsUrl" or
// "$.rooms.selected[3]") and a plain sentence.
struct ProfileIssue
{
    enum class Severity {
        Error,      // the file cannot be used as it is (wrong type, invalid value, unsupported version)
        Incomplete, // a value the procedure needs is not set yet (fine while editing)
        Warning,    // ignored on load (unknown key)
    };
    Severity severity = Severity::Error;
    QString path;
    QString message;

    QString toString() const; // "error: $.exchange.ewsUrl: ..."
};

using ProfileIssues = QList<ProfileIssue>;

bool hasErrors(const ProfileIssues& issues);

} // namespace otj
