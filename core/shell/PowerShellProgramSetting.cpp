#include "core/shell/PowerShellProgramSetting.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>

namespace otj::shell {

QString SpeakerCommand::commandLine() const
{
    QStringList parts{program};
    parts << arguments;
    if (appendBridgeScript)
        parts << QStringLiteral("<otj-bridge.ps1>") << bridgeArguments;
    for (QString& p : parts)
        if (p.contains(QLatin1Char(' ')))
            p = QLatin1Char('"') + p + QLatin1Char('"');
    return parts.join(QLatin1Char(' '));
}

QString PowerShellProgramSetting::defaultProgram()
{
#ifdef Q_OS_WIN
    // By absolute path: a PATH lookup could find a planted powershell.exe first.
    QString root = qEnvironmentVariable("SystemRoot");
    if (root.isEmpty())
        root = QStringLiteral("C:\\Windows");
    return QDir::toNativeSeparators(root + QStringLiteral("/System32/WindowsPowerShell/v1.0/powershell.exe"));
#else
    return QStringLiteral("pwsh");
#endif
}

QString PowerShellProgramSetting::machineProgram()
{
    return QSettings().value(QLatin1String(SettingsKey)).toString();
}

void PowerShellProgramSetting::setMachineProgram(const QString& program)
{
    QSettings s;
    if (program.trimmed().isEmpty())
        s.remove(QLatin1String(SettingsKey));
    else
        s.setValue(QLatin1String(SettingsKey), program.trimmed());
}

QStringList PowerShellProgramSetting::powerShellArguments()
{
    // -ExecutionPolicy Bypass cannot override a Group Policy; that failure has its own remedy.
    return {QStringLiteral("-NoLogo"),         QStringLiteral("-NoProfile"),
            QStringLiteral("-NonInteractive"), QStringLiteral("-ExecutionPolicy"),
            QStringLiteral("Bypass"),          QStringLiteral("-File")};
}

QStringList PowerShellProgramSetting::parseCommandArray(const QByteArray& json, QString* error)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    QStringList out;
    bool good = pe.error == QJsonParseError::NoError && doc.isArray() && !doc.array().isEmpty();
    if (good) {
        for (const QJsonValue& v : doc.array()) {
            if (!v.isString()) {
                good = false;
                break;
            }
            out << v.toString();
        }
        good = good && !out.first().isEmpty();
    }
    if (!good) {
        if (error)
            *error = tr("%1 must be a JSON array of strings: the program and its arguments, e.g. "
                        "[\"pwsh\", \"-File\", \"bridge.ps1\"].")
                         .arg(QLatin1String(EnvironmentVariable));
        return {};
    }
    return out;
}

PowerShellProgramSetting::Resolution PowerShellProgramSetting::resolve()
{
    Resolution r;
    if (qEnvironmentVariableIsSet(EnvironmentVariable)) {
        const QStringList command = parseCommandArray(qgetenv(EnvironmentVariable), &r.error);
        if (!command.isEmpty()) {
            r.command.program = command.first();
            r.command.arguments = command.mid(1);
        }
        r.command.source = SpeakerCommand::Source::Environment;
        return r;
    }
    const QString machine = machineProgram();
    r.command.program = machine.isEmpty() ? defaultProgram() : machine;
    r.command.source =
        machine.isEmpty() ? SpeakerCommand::Source::Default : SpeakerCommand::Source::MachineSetting;
    r.command.arguments = powerShellArguments();
    r.command.appendBridgeScript = true;
    return r;
}

QString PowerShellProgramSetting::describeSource(SpeakerCommand::Source source)
{
    switch (source) {
    case SpeakerCommand::Source::Environment:
        return tr("from the %1 environment variable").arg(QLatin1String(EnvironmentVariable));
    case SpeakerCommand::Source::MachineSetting:
        return tr("this computer's setting");
    case SpeakerCommand::Source::Default:
        return tr("the default for this operating system");
    }
    return {};
}

} // namespace otj::shell
