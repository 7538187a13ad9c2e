<#
Windows PowerShell 5.1 lint for every .ps1/.psm1 the product ships (resources/) or exports (core/).
The real parser is the judge ([System.Management.Automation.Language.Parser]): a file fails on a
syntax error, on 7-only syntax (ternary, && / ||, ??, ??=, ?. and ?[], clean blocks, `u{} escapes),
on 7-only cmdlets and parameters (ConvertFrom-Json -AsHashtable, ForEach-Object -Parallel, …), on
$IsWindows-style variables (undefined, so $null, in 5.1) and on switches that turn certificate
checks off (-SkipCACheck, -SkipCNCheck, -SkipCertificateCheck: never in product scripts).
It first checks itself against known-bad samples, so it cannot silently pass everything.
Usage: pwsh -File check-ps51.ps1 -Root <source dir> [-Path <extra files>]
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$Root,
    [string[]]$Path = @()
)
Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'

# Cmdlets that do not exist in Windows PowerShell 5.1.
$script:SevenOnlyCommands = @('Get-Error', 'Join-String', 'Test-Json', 'ConvertFrom-Markdown', 'Show-Markdown',
    'Get-MarkdownOption', 'Set-MarkdownOption', 'Get-Uptime', 'Remove-Alias', 'Get-PSSubsystem',
    'Enable-ExperimentalFeature', 'Disable-ExperimentalFeature', 'Get-ExperimentalFeature', 'Clear-Host2')
# Parameters that do not exist in 5.1, per cmdlet (aliases of the cmdlet included).
$script:SevenOnlyParameters = @{
    'ConvertFrom-Json' = @('AsHashtable', 'Depth', 'NoEnumerate', 'DateKind')
    'ConvertTo-Json'   = @('EnumsAsStrings', 'AsArray', 'EscapeHandling')
    'ForEach-Object'   = @('Parallel', 'ThrottleLimit', 'TimeoutSeconds', 'AsJob', 'UseNewRunspace')
    'Get-Content'      = @('AsByteStream')
    'Set-Content'      = @('AsByteStream')
    'Add-Content'      = @('AsByteStream')
    'Split-Path'       = @('Extension', 'LeafBase')
    'Select-Object'    = @('SkipIndex', 'SkipLast')
    'Invoke-WebRequest' = @('SkipCertificateCheck', 'SslProtocol', 'Authentication', 'Token', 'StatusCodeVariable',
        'SkipHeaderValidation', 'Resume', 'SkipHttpErrorCheck', 'ResponseHeadersVariable', 'AllowUnencryptedAuthentication')
    'Invoke-RestMethod' = @('SkipCertificateCheck', 'SslProtocol', 'Authentication', 'Token', 'StatusCodeVariable',
        'SkipHeaderValidation', 'Resume', 'SkipHttpErrorCheck', 'ResponseHeadersVariable', 'AllowUnencryptedAuthentication')
    'Out-File'         = @('AsByteStream')
    'Get-ChildItem'    = @('FollowSymlink')
}
$script:CommandAliases = @{ '%' = 'ForEach-Object'; 'foreach' = 'ForEach-Object'; 'select' = 'Select-Object';
    'gc' = 'Get-Content'; 'cat' = 'Get-Content'; 'type' = 'Get-Content'; 'iwr' = 'Invoke-WebRequest'; 'irm' = 'Invoke-RestMethod';
    'curl' = 'Invoke-WebRequest'; 'wget' = 'Invoke-WebRequest'; 'ls' = 'Get-ChildItem'; 'dir' = 'Get-ChildItem'; 'gci' = 'Get-ChildItem' }
# Never in product scripts, whatever the version: TLS checks stay on.
$script:ForbiddenParameters = @('SkipCACheck', 'SkipCNCheck', 'SkipCertificateCheck', 'SkipRevocationCheck')
$script:SevenOnlyVariables = @('IsWindows', 'IsLinux', 'IsMacOS', 'IsCoreCLR')

function Test-ParameterMatch([string]$Written, [string]$Full) {
    # PowerShell accepts any unambiguous prefix of a parameter name.
    return $Written.Length -ge 2 -and $Full.StartsWith($Written, [System.StringComparison]::OrdinalIgnoreCase)
}

function Get-Ps51Problems([string]$Text, [string]$Name) {
    $tokens = $null
    $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseInput($Text, $Name, [ref]$tokens, [ref]$errors)
    $problems = [System.Collections.Generic.List[string]]::new()
    foreach ($e in $errors) { $problems.Add("$($Name):$($e.Extent.StartLineNumber): syntax error: $($e.Message)") }
    foreach ($t in $tokens) {
        if (($t.Kind -eq 'StringExpandable' -or $t.Kind -eq 'HereStringExpandable') -and $t.Text.Contains('`u{')) {
            $problems.Add("$($Name):$($t.Extent.StartLineNumber): " + 'the `u{…} escape is PowerShell 6+')
        }
    }
    $nodes = $ast.FindAll({ param($n) $true }, $true)
    foreach ($n in $nodes) {
        $line = $n.Extent.StartLineNumber
        $type = $n.GetType().Name
        $where = "$($Name):$($line)"
        if ($type -eq 'TernaryExpressionAst') { $problems.Add("$($where): the ternary operator is PowerShell 7+"); continue }
        if ($type -eq 'PipelineChainAst') { $problems.Add("$($where): && and || between pipelines are PowerShell 7+"); continue }
        if ($type -eq 'BinaryExpressionAst' -and [string]$n.Operator -eq 'QuestionQuestion') { $problems.Add("$($where): ?? is PowerShell 7+") }
        if ($type -eq 'AssignmentStatementAst' -and [string]$n.Operator -eq 'QuestionQuestionEquals') { $problems.Add("$($where): ??= is PowerShell 7+") }
        if (($type -eq 'MemberExpressionAst' -or $type -eq 'InvokeMemberExpressionAst' -or $type -eq 'IndexExpressionAst') -and
            $null -ne $n.PSObject.Properties['NullConditional'] -and $n.NullConditional) {
            $problems.Add("$($where): null-conditional access (?. ?[]) is PowerShell 7+")
        }
        if ($type -eq 'ScriptBlockAst' -and $null -ne $n.PSObject.Properties['CleanBlock'] -and $null -ne $n.CleanBlock) {
            $problems.Add("$($where): the clean block is PowerShell 7.3+")
        }
        if ($type -eq 'VariableExpressionAst' -and $script:SevenOnlyVariables -contains $n.VariablePath.UserPath) {
            $problems.Add("$($where): `$$($n.VariablePath.UserPath) does not exist in 5.1 (it is `$null there)")
        }
        if ($type -eq 'CommandAst') {
            $command = $n.GetCommandName()
            if ($null -eq $command) { continue }
            if ($script:CommandAliases.ContainsKey($command)) { $command = $script:CommandAliases[$command] }
            foreach ($c in $script:SevenOnlyCommands) {
                if ($c -eq $command) { $problems.Add("$($where): $command is PowerShell 6+") }
            }
            foreach ($element in $n.CommandElements) {
                if ($element.GetType().Name -ne 'CommandParameterAst') { continue }
                foreach ($f in $script:ForbiddenParameters) {
                    if (Test-ParameterMatch $element.ParameterName $f) { $problems.Add("$($where): -$f turns a certificate check off") }
                }
                foreach ($key in $script:SevenOnlyParameters.Keys) {
                    if ($key -ne $command) { continue }
                    foreach ($p in $script:SevenOnlyParameters[$key]) {
                        if (Test-ParameterMatch $element.ParameterName $p) { $problems.Add("$($where): $command -$p is PowerShell 6+") }
                    }
                }
            }
        }
    }
    return , $problems
}

# --- self-check: each sample must be rejected (or accepted) as stated ---------------------------
$samples = @(
    @{ Code = '$a = $b ? 1 : 2'; Bad = $true }
    @{ Code = 'Get-Item x && Get-Item y'; Bad = $true }
    @{ Code = 'Get-Item x || Get-Item y'; Bad = $true }
    @{ Code = '$a = $b ?? 3'; Bad = $true }
    @{ Code = '$a ??= 3'; Bad = $true }
    @{ Code = '$a = ${b}?.Name'; Bad = $true }
    @{ Code = '$a = ${b}?[0]'; Bad = $true }
    @{ Code = '$o = $t | ConvertFrom-Json -AsHashtable'; Bad = $true }
    @{ Code = '$o = $t | ConvertFrom-Json -AsHash'; Bad = $true }
    @{ Code = '$o = $t | ConvertFrom-Json -Depth 5'; Bad = $true }
    @{ Code = '1..3 | ForEach-Object -Parallel { $_ }'; Bad = $true }
    @{ Code = '1..3 | % -Parallel { $_ }'; Bad = $true }
    @{ Code = 'Get-Error'; Bad = $true }
    @{ Code = '1,2 | Join-String -Separator ","'; Bad = $true }
    @{ Code = 'Test-Json -Json "{}"'; Bad = $true }
    @{ Code = 'Invoke-RestMethod -Uri https://x -SkipCertificateCheck'; Bad = $true }
    @{ Code = '$o = New-PSSessionOption -SkipCACheck -SkipCNCheck'; Bad = $true }
    @{ Code = 'if ($IsWindows) { 1 }'; Bad = $true }
    @{ Code = '$s = "`u{2013}"'; Bad = $true }
    @{ Code = 'function f { process { } clean { } }'; Bad = $true }
    @{ Code = 'function f( { '; Bad = $true }
    @{ Code = '$o = $t | ConvertFrom-Json; $j = $o | ConvertTo-Json -Depth 5 -Compress; $h = [ordered]@{ a = 1 }; if ($a -and $b) { $c = $(if ($d) { 1 } else { 2 }) }; 1..3 | ForEach-Object { $_ }; class K { [int]$X }'; Bad = $false }
)
$selfFailures = 0
foreach ($s in $samples) {
    $found = Get-Ps51Problems $s.Code 'sample'
    if (($found.Count -gt 0) -ne $s.Bad) {
        Write-Host "lint self-check failed: expected $(if ($s.Bad) { 'a rejection' } else { 'acceptance' }) of: $($s.Code) ($($found -join '; '))"
        $selfFailures++
    }
}
if ($selfFailures -gt 0) { exit 2 }

# --- the files we ship ------------------------------------------------------------------------
$files = [System.Collections.Generic.List[string]]::new()
foreach ($dir in @('resources', 'core')) {
    $full = Join-Path $Root $dir
    if (Test-Path -LiteralPath $full) {
        Get-ChildItem -LiteralPath $full -Recurse -File -Include '*.ps1', '*.psm1' | ForEach-Object { $files.Add($_.FullName) }
    }
}
foreach ($p in $Path) { $files.Add((Resolve-Path -LiteralPath $p).ProviderPath) }
if ($files.Count -eq 0) { Write-Host 'no PowerShell files found under resources/ or core/'; exit 2 }

$total = 0
foreach ($f in $files) {
    $text = [System.IO.File]::ReadAllText($f)
    $problems = Get-Ps51Problems $text $f
    if ($problems.Count -eq 0) { Write-Host "OK  $f" } else { $problems | ForEach-Object { Write-Host $_ } }
    $total += $problems.Count
}
Write-Host "$($files.Count) file(s), $total problem(s); self-check: $($samples.Count) samples"
if ($total -gt 0) { exit 1 }
exit 0
