// The exported PowerShell scripts (issue 11): setup.ps1 from the steps' desired changes, rollback.ps1
// from the back-out changes (RollbackPlan.h). Both are built from the same plan::DesiredChange objects
// as apply: each change reads its object, compares every expectation with the inspection's rule
// (written in PowerShell: resources/powershell/otj-script-functions.ps1) and writes only what differs;
// every cmdlet's errors are checked (-ErrorVariable, $?) and stop the script with the change's key.
// Windows PowerShell 5.1 syntax; the file is UTF-8 with a BOM (5.1 reads a file without one as ANSI).
#pragma once

#include "core/plan/DesiredChange.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace otj::script {

struct ScriptOptions
{
    enum class Kind {
        Setup,   // expectations are wanted values: write what differs
        BackOut, // expectations are what the tool set (preconditions): revert a value only while it
                 // still equals them, else report a conflict and leave it
    };
    Kind kind = Kind::Setup;
    QString profileId;
    QString profileFile; // shown in the header (the file name only)
    QString toolVersion;
    QDateTime generatedAt;    // UTC
    QString domainController; // the default of the -DomainController parameter; empty: Exchange picks
    bool viewEntireForest = false;
    QStringList notes; // extra header lines (e.g. what the back-out leaves alone and why)
};

// The script text (LF line ends; values with line breaks stay inside their quotes verbatim).
QString scriptText(const QList<plan::DesiredChange>& changes, const ScriptOptions& options);

// The bytes of the file: UTF-8 with a BOM.
QByteArray scriptFileBytes(const QString& text);

// The script functions every exported script starts with (embedded resource).
QString scriptFunctions();

} // namespace otj::script
