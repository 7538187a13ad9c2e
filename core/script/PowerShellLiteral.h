// Writes typed values as Windows PowerShell 5.1 source text for the exported scripts (setup.ps1,
// rollback.ps1). A value becomes a literal of its type, never text PowerShell would expand: strings
// single-quoted with every single quote PowerShell recognises doubled (' and U+2018-U+201B),
// $true/$false, $null, invariant-culture numbers, @(...) arrays and @{...} hashtables. The tests
// hand every hostile value to PowerShell's own parser and require one single-quoted constant back.
#pragma once

#include "core/shell/CommandRegistry.h"
#include "core/shell/ShellTypes.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace otj::script {

// 'text' with ', U+2018, U+2019, U+201A and U+201B doubled (each of them closes a single-quoted
// string in PowerShell). Newlines and every other character stay as they are.
QString singleQuoted(const QString& text);

// The literal of a value by its kind: 'text', $true, $false, $null, 42, 1.5 (invariant culture,
// round-trip precision), @('a', 'b'), @{ 'Add' = @('x'); 'Remove' = @() }. A SecureString is never
// written: it yields `secretExpression` (e.g. "(Get-OtjSecret 'step1.account')"), or $null.
QString literal(const shell::ShellValue& value, const QString& secretExpression = {});

// A JSON value as read or journaled (the bridge's wire form) as a literal; objects become hashtables.
QString literal(const QJsonValue& value);

// One parameter on a command line: " -Name 'value'", " -Enabled:$false", " -Confirm:$false",
// a switch that is on as " -Room". `type` (from the command registry) decides switch syntax; without
// it a boolean is written as -Name:$true / -Name:$false, which binds a [bool] and a [switch] alike.
QString parameter(const QString& name, const shell::ShellValue& value,
                  std::optional<shell::ParameterType> type = std::nullopt,
                  const QString& secretExpression = {});

// Every parameter of `command` in order (the registry gives each one's type), without the cmdlet
// name: " -Identity 'x' -DeleteComments:$false". Parameters named in `skip` are left out.
QString parameterLine(const shell::ShellCommand& command, const QStringList& skip = {},
                      const QString& secretExpression = {});

// The OPATH layer: a value inside an OPATH '...' string has its ' doubled (O'Brien -> O''Brien).
QString opathEscaped(const QString& value);
// A whole filter as a PowerShell literal, both layers: the template's "%1" (inside the template's
// own quotes, "MemberOfGroup -eq '%1'") replaced by opathEscaped(value), then the filter text
// single-quoted for PowerShell (its ' doubled again).
QString opathFilterLiteral(const QString& opathTemplate, const QString& value);

// A name safe as a PowerShell variable name part (letters, digits, _), e.g. from a change key.
QString identifierFrom(const QString& text);

} // namespace otj::script
