#include "core/shell/ShellRemedy.h"

#include "core/shell/CommandRegistry.h"

namespace otj::shell {
namespace {

bool has(const QString& text, const char* needle)
{
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

} // namespace

QString ShellRemedy::noWsManClient()
{
    return tr("This machine's PowerShell cannot reach Exchange remote PowerShell (PowerShell on Linux and "
              "macOS has no WSMan client since version 7.4); export the setup script and run it on a Windows "
              "machine.");
}

QString ShellRemedy::forError(const ShellError& error, const QString& commandName)
{
    const QString& id = error.fullyQualifiedErrorId;
    const QString& m = error.message;

    if (id == QLatin1String("CommandNotFoundException")) {
        const QString name = commandName.isEmpty() ? error.targetObject : commandName;
        if (const CommandSpec* spec = CommandRegistry::find(name))
            return tr("%1 is not available to this account in Exchange: it comes with the management role "
                      "\"%2\". Ask an Exchange administrator to assign it (Organization Management includes "
                      "it), "
                      "or sign in with an account that has it.")
                .arg(spec->name, spec->rbacRole);
        return tr("%1 is not available in this Exchange session.").arg(name);
    }
    if (id == QLatin1String("OtjBridge.NoWSManClient") || (has(m, "WSMan") && has(m, "library")))
        return noWsManClient();
    if (has(m, "running scripts is disabled") || has(m, "execution polic") ||
        (id.contains(QLatin1String("UnauthorizedAccess")) && has(m, "script")))
        return tr(
            "PowerShell refuses to run scripts on this machine (execution policy, possibly enforced by "
            "Group Policy). Importing the Exchange session needs scripts: ask for the policy RemoteSigned "
            "for your account, or use a machine where it is allowed.");
    if (has(m, "TrustedHosts"))
        return tr(
            "WinRM does not trust this server name. Use the server's fully qualified domain name with "
            "Kerberos, or HTTPS; adding the server to TrustedHosts is only needed for other methods over "
            "HTTP and is not recommended.");
    if (has(m, "certificate") && (has(m, "certificate authority") || has(m, "not trusted") ||
                                  has(m, "revoked") || has(m, "common name") || has(m, "CN ")))
        return tr(
            "Windows does not trust the server's HTTPS certificate. Import the issuing CA into this "
            "machine's Trusted Root Certification Authorities store (or use the name the certificate was "
            "issued to). The tool never skips the certificate check.");
    if (has(m, "Kerberos"))
        return tr(
            "Kerberos sign-in failed. Use the server's fully qualified domain name (not an IP address or "
            "an alias) from a domain-joined machine, check that the clocks agree, or sign in with an "
            "explicit account.");
    if (has(m, "Access is denied") || has(m, "Access denied") || id.contains(QLatin1String("AccessDenied")))
        return tr(
            "Exchange refused the sign-in. Check the user name and password, and that the account may use "
            "remote PowerShell (RemotePowerShellEnabled).");
    if (has(m, "WinRM") || id.contains(QLatin1String("PSSessionOpenFailed")))
        return tr(
            "WinRM could not reach the server. Check the remote PowerShell URI "
            "(http://<server FQDN>/PowerShell/), that the port is open, and that the server is running.");
    // The host's own failures last: their message may carry PowerShell's stderr (e.g. the
    // execution policy refusing the bridge script), which the cases above explain better.
    if (id == QLatin1String("OtjShell.Timeout"))
        return tr(
            "Exchange did not answer in time. Check that the server is reachable and not overloaded, then "
            "try again.");
    if (id == QLatin1String("OtjShell.HostDied") || id == QLatin1String("OtjShell.StartFailed"))
        return tr("The PowerShell program stopped unexpectedly. Check the PowerShell program shown on the "
                  "Connections page and the log file.");
    return {};
}

} // namespace otj::shell
