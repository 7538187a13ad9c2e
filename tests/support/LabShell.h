// The lab's Exchange shell (`otj-lab shell`, the serve line's "powershell" command) as ShellOptions,
// signed in as one of the lab's accounts (Basic over the lab's HTTPS).
#pragma once

#include "core/shell/ExchangeShell.h"
#include "tests/support/LabProcess.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace otj::test {

inline shell::ShellOptions labShellOptions(const LabProcess& lab,
                                           const QString& role = QStringLiteral("exchange-admin"),
                                           const std::optional<QString>& password = std::nullopt)
{
    shell::ShellOptions o;
    const QJsonArray command = lab.info.value(QStringLiteral("powershell")).toArray();
    if (!command.isEmpty())
        o.speaker.program = command.first().toString();
    for (qsizetype i = 1; i < command.size(); ++i)
        o.speaker.arguments << command[i].toString();
    o.speaker.source = shell::SpeakerCommand::Source::Environment;
    o.hello.connectionUri = lab.str("admin_url") + QStringLiteral("powershell");
    o.hello.authentication = QStringLiteral("Basic");
    for (const QJsonValue& a : lab.info.value(QStringLiteral("accounts")).toArray()) {
        if (a.toObject().value(QStringLiteral("role")).toString() == role) {
            o.hello.username = a.toObject().value(QStringLiteral("upn")).toString();
            o.hello.password =
                password ? *password : a.toObject().value(QStringLiteral("password")).toString();
        }
    }
    return o;
}

// The serve line's "powershell" command as an OTJ_POWERSHELL value.
inline QString labPowerShellEnv(const LabProcess& lab)
{
    return QString::fromUtf8(
        QJsonDocument(lab.info.value(QStringLiteral("powershell")).toArray()).toJson(QJsonDocument::Compact));
}

} // namespace otj::test
