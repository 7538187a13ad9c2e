// Which program receives the Exchange admin's password: a setting of THIS MACHINE, never of the
// profile (a profile is passed between admins and must not be able to name an executable that then
// gets the password). Order: OTJ_POWERSHELL (a JSON array: the complete command that speaks the
// bridge protocol; tests, the demo, schedulers), the machine setting (QSettings), the default
// (%SystemRoot%\System32\WindowsPowerShell\v1.0\powershell.exe by absolute path on Windows, pwsh
// elsewhere). See core/shell/README.md.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace otj::shell {

struct SpeakerCommand
{
    enum class Source { Environment, MachineSetting, Default };

    QString program;
    QStringList arguments;
    bool appendBridgeScript = false; // PowerShell itself: the host adds the bridge script
    QStringList bridgeArguments;     // after the bridge script (tests: -LabModule …)
    Source source = Source::Default;

    // "pwsh -NoProfile -File …" as one line, for display.
    QString commandLine() const;
};

class PowerShellProgramSetting
{
    Q_DECLARE_TR_FUNCTIONS(PowerShellProgramSetting)
public:
    static constexpr const char* EnvironmentVariable = "OTJ_POWERSHELL";
    static constexpr const char* SettingsKey = "shell/powerShellProgram";

    // The command to start, or an error (e.g. OTJ_POWERSHELL is not a JSON array of strings):
    // a bad override is reported, never silently replaced by the default.
    struct Resolution
    {
        SpeakerCommand command;
        QString error; // translated; empty on success
        bool ok() const { return error.isEmpty(); }
    };
    static Resolution resolve();

    static QString defaultProgram();
    static QString machineProgram();                       // empty: not set
    static void setMachineProgram(const QString& program); // empty: back to the default
    // The arguments the host puts before the bridge script for PowerShell itself.
    static QStringList powerShellArguments();

    // "from OTJ_POWERSHELL" / "this machine's setting" / "default" (translated).
    static QString describeSource(SpeakerCommand::Source source);
    // Parses an OTJ_POWERSHELL value; empty list and `error` set on failure.
    static QStringList parseCommandArray(const QByteArray& json, QString* error);
};

} // namespace otj::shell
