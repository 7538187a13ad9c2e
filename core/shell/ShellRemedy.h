// Plain remedies for what goes wrong between this machine and Exchange remote PowerShell: WinRM,
// Kerberos, TrustedHosts, access denied, an untrusted HTTPS certificate, an execution policy (a GPO
// can force it), no WSMan client (pwsh on Linux/macOS), a cmdlet missing from the session (the RBAC
// role that provides it), and the host's own timeouts and deaths. Matching is on PowerShell's
// error ids and English texts; only a run against real Exchange shows every variant (README).
#pragma once

#include "core/shell/ShellTypes.h"

#include <QCoreApplication>
#include <QString>

namespace otj::shell {

class ShellRemedy
{
    Q_DECLARE_TR_FUNCTIONS(ShellRemedy)
public:
    // A translated remedy for `error` (raised by `commandName`, if any), or an empty string.
    static QString forError(const ShellError& error, const QString& commandName = {});
    // The P4 message: this machine's PowerShell has no WSMan client.
    static QString noWsManClient();
};

} // namespace otj::shell
