# The parser is the judge (tests/shell/tst_script_pwsh.cpp): PowerShell's own parser reads what the
# C++ literal writer and the script generator produced. Prints "PASS name" / "FAIL name: why" and
# exits with the number of failures.
#   -Literals FILE: JSON [{ "name", "literal", "value" }]: each literal must parse, with no error, to
#       exactly one StringConstantExpressionAst, single-quoted, whose Value equals "value".
#   -Typed FILE: JSON [{ "name", "literal", "type", "json" }]: each literal must hold no command, and
#       evaluate to an object of "type" whose ConvertTo-Json equals "json".
#   -Script FILE -Expect FILE -Commands FILE: the script parses with zero errors; every string of the
#       Expect JSON array occurs as a single-quoted constant; every command it calls is in Commands.
param(
    [string] $Literals,
    [string] $Typed,
    [string] $Script,
    [string] $Expect,
    [string] $Commands
)
Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'
$script:Failures = 0

function Report([string] $Name, [string[]] $Problems) {
    if ($Problems.Count -eq 0) { Write-Output "PASS $Name" }
    else { $script:Failures++; Write-Output ("FAIL ${Name}: " + ($Problems -join '; ')) }
}

function Read-Json([string] $Path) {
    return [System.IO.File]::ReadAllText($Path, [System.Text.Encoding]::UTF8) | ConvertFrom-Json
}

function Show([string] $Text) {
    # Control characters visible in a report line.
    return ($Text.ToCharArray() | ForEach-Object { if ([int]$_ -lt 32 -or [int]$_ -eq 127) { '\x{0:X2}' -f [int]$_ } else { [string]$_ } }) -join ''
}

if ($Literals) {
    foreach ($case in @(Read-Json $Literals)) {
        $tokens = $null; $errors = $null
        $ast = [System.Management.Automation.Language.Parser]::ParseInput($case.literal, [ref]$tokens, [ref]$errors)
        $problems = @($errors | ForEach-Object { "syntax error: $($_.Message)" })
        $strings = @($ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.StringConstantExpressionAst] }, $true))
        $others = @($ast.FindAll({ param($n)
                    $n -is [System.Management.Automation.Language.CommandAst] -or
                    $n -is [System.Management.Automation.Language.ExpandableStringExpressionAst] -or
                    $n -is [System.Management.Automation.Language.SubExpressionAst] -or
                    $n -is [System.Management.Automation.Language.VariableExpressionAst] }, $true))
        $statements = @($ast.EndBlock.Statements)
        if ($statements.Count -ne 1) { $problems += "$($statements.Count) statements" }
        if ($strings.Count -ne 1) { $problems += "$($strings.Count) string constants" }
        elseif ($strings[0].StringConstantType -ne 'SingleQuoted') { $problems += "a $($strings[0].StringConstantType) string" }
        elseif (-not [string]::Equals($strings[0].Value, [string]$case.value, [System.StringComparison]::Ordinal)) {
            $problems += "value '$(Show $strings[0].Value)' is not '$(Show $case.value)'"
        }
        if ($others.Count -gt 0) { $problems += "holds $($others[0].GetType().Name) '$($others[0].Extent.Text)'" }
        Report "literal:$($case.name)" $problems
    }
}

if ($Typed) {
    foreach ($case in @(Read-Json $Typed)) {
        $tokens = $null; $errors = $null
        $ast = [System.Management.Automation.Language.Parser]::ParseInput($case.literal, [ref]$tokens, [ref]$errors)
        $problems = @($errors | ForEach-Object { "syntax error: $($_.Message)" })
        $found = @($ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.CommandAst] }, $true))
        if ($found.Count -gt 0) { $problems += "holds a command: $($found[0].Extent.Text)" }
        if ($problems.Count -eq 0) {
            $value = & ([scriptblock]::Create('return , (' + $case.literal + ')'))
            $typeName = if ($null -eq $value) { 'null' } else { $value.GetType().FullName }
            if ($typeName -ne $case.type) { $problems += "type $typeName, not $($case.type)" }
            $json = ConvertTo-Json -InputObject $value -Compress -Depth 5
            if ($json -ne $case.json) { $problems += "value $json, not $($case.json)" }
        }
        Report "typed:$($case.name)" $problems
    }
}

if ($Script) {
    $name = [System.IO.Path]::GetFileName($Script)
    $tokens = $null; $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseFile($Script, [ref]$tokens, [ref]$errors)
    Report "parses:$name" @($errors | ForEach-Object { "line $($_.Extent.StartLineNumber): $($_.Message)" })

    $constants = New-Object 'System.Collections.Generic.HashSet[string]' ([System.StringComparer]::Ordinal)
    foreach ($s in $ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.StringConstantExpressionAst] }, $true)) {
        if ($s.StringConstantType -eq 'SingleQuoted') { [void]$constants.Add($s.Value) }
    }
    if ($Expect) {
        $missing = @()
        foreach ($text in @(Read-Json $Expect)) {
            if (-not $constants.Contains([string]$text)) { $missing += "'$(Show $text)' is not a single-quoted constant" }
        }
        Report "values:$name" $missing
    }
    if ($Commands) {
        $allowed = New-Object 'System.Collections.Generic.HashSet[string]' ([System.StringComparer]::OrdinalIgnoreCase)
        foreach ($c in @(Read-Json $Commands)) { [void]$allowed.Add([string]$c) }
        $defined = @($ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.FunctionDefinitionAst] }, $true) | ForEach-Object { $_.Name })
        foreach ($d in $defined) { [void]$allowed.Add($d) }
        $unexpected = @()
        foreach ($command in $ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.CommandAst] }, $true)) {
            $commandName = $command.GetCommandName()
            if ($null -eq $commandName -or -not $allowed.Contains($commandName)) { $unexpected += "calls '$($command.Extent.Text)'" }
        }
        Report "commands:$name" $unexpected
    }
}

exit $script:Failures
