// Every Exchange cmdlet the tool may run: its parameters and their types, whether it takes
// -DomainController, and the RBAC management role that provides it (a cmdlet missing from a
// session means the caller lacks that role). The bridge script's allow-list is this list
// (tests/unit/tst_shell_registry holds them equal).
#pragma once

#include "core/shell/ShellTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace otj::shell {

enum class ParameterType {
    String,       // [string]; $null clears
    Bool,         // [bool]: only true/false ('$false' as text is refused, as PowerShell does)
    Switch,       // [switch]: true/false
    Int,          // [int]
    Object,       // identities and other Exchange types the proxy declares as [object]
    StringList,   // [string[]] / multi-valued: a list of strings or one string
    Hashtable,    // @{Add=…; Remove=…}
    SecureString, // built inside the bridge
};

struct ParameterSpec
{
    QString name;
    ParameterType type;
};

struct CommandSpec
{
    QString name;
    QString rbacRole; // the management role that provides the cmdlet
    bool takesDomainController = false;
    QList<ParameterSpec> parameters; // besides -DomainController

    bool isReadOnly() const { return name.startsWith(QLatin1String("Get-")); }
    std::optional<ParameterType> parameterType(const QString& parameter) const;
};

class CommandRegistry
{
    Q_DECLARE_TR_FUNCTIONS(CommandRegistry)
public:
    static const QList<CommandSpec>& commands();
    static const CommandSpec* find(const QString& name); // case-insensitive, like PowerShell
    static QStringList names();                          // sorted ordinally

    // Why a command cannot be sent (translated), or an empty string. Checks the name is a plain
    // cmdlet name in the registry and every parameter exists with a value of its type.
    static QString check(const ShellCommand& command);
    static bool isPlainCommandName(const QString& name);
    static bool isPlainParameterName(const QString& name);
};

} // namespace otj::shell
