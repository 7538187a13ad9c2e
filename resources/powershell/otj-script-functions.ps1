# --- OTJ script functions (resources/powershell/otj-script-functions.ps1, copied into every exported
# setup.ps1 / rollback.ps1). Windows PowerShell 5.1 syntax. The comparison is the one the tool's
# inspection uses (core/plan/DesiredChange.h, Match): Equal, EqualIgnoringCase, SameSet, OpathEqual.
# Exchange's cmdlets are implicitly remoted: $ErrorActionPreference does not stop on their errors,
# so every call passes -ErrorVariable and its result is checked here.

$script:OtjTotalChanged = 0
$script:OtjTotalUnchanged = 0
$script:OtjTotalConflicts = 0
$script:OtjTotalSkipped = 0

# A property of the object(s) a read returned: one object -> its value; several -> the list of
# their values; none -> $null. A missing property is $null (Set-StrictMode would throw).
function Get-OtjValue {
    param([object[]]$Objects, [string]$Property)
    $values = New-Object System.Collections.ArrayList
    foreach ($o in @($Objects)) {
        if ($null -eq $o) { continue }
        $p = $o.PSObject.Properties[$Property]
        if ($null -eq $p) { [void]$values.Add($null) } else { [void]$values.Add($p.Value) }
    }
    if ($values.Count -eq 0) { return $null }
    if ($values.Count -eq 1) { return , $values[0] }
    return , $values.ToArray()
}

function Test-OtjEmpty {
    param($Value)
    if ($null -eq $Value) { return $true }
    if ($Value -is [string]) { return $Value.Length -eq 0 }
    if ($Value -is [System.Collections.IEnumerable]) { return @($Value | Where-Object { $null -ne $_ -and [string]$_ -ne '' }).Count -eq 0 }
    return $false
}

function ConvertTo-OtjSet {
    param($Value)
    $set = New-Object 'System.Collections.Generic.HashSet[string]' ([System.StringComparer]::OrdinalIgnoreCase)
    if ($null -eq $Value) { return , $set }
    if ($Value -is [string]) { [void]$set.Add($Value); return , $set }
    foreach ($item in @($Value)) {
        if ($null -ne $item -and [string]$item -ne '') { [void]$set.Add([string]$item) }
    }
    return , $set
}

# An OPATH filter in one spelling: unquoted words lower-case, runs of spaces one space, none inside
# parentheses, every quoted value as '...' with ' doubled ("..." and '...' are the same value).
function Get-OtjOpathText {
    param([string]$Filter)
    $tokens = New-Object System.Collections.ArrayList
    $i = 0
    $n = $Filter.Length
    while ($i -lt $n) {
        $c = $Filter[$i]
        if ([char]::IsWhiteSpace($c)) { $i++; continue }
        if ($c -ceq '(' -or $c -ceq ')') { [void]$tokens.Add([string]$c); $i++; continue }
        if ($c -ceq [char]39 -or $c -ceq [char]34) {
            $quote = $c
            $value = New-Object System.Text.StringBuilder
            $i++
            while ($i -lt $n) {
                if ($quote -ceq [char]34 -and $Filter[$i] -ceq [char]96 -and $i + 1 -lt $n) { [void]$value.Append($Filter[$i + 1]); $i += 2; continue }
                if ($Filter[$i] -ceq $quote) {
                    if ($i + 1 -lt $n -and $Filter[$i + 1] -ceq $quote) { [void]$value.Append($quote); $i += 2; continue }
                    $i++
                    break
                }
                [void]$value.Append($Filter[$i])
                $i++
            }
            [void]$tokens.Add("'" + $value.ToString().Replace("'", "''") + "'")
            continue
        }
        $word = New-Object System.Text.StringBuilder
        while ($i -lt $n -and -not [char]::IsWhiteSpace($Filter[$i]) -and $Filter[$i] -cne '(' -and $Filter[$i] -cne ')' -and $Filter[$i] -cne [char]39 -and $Filter[$i] -cne [char]34) {
            [void]$word.Append($Filter[$i])
            $i++
        }
        [void]$tokens.Add($word.ToString().ToLowerInvariant())
    }
    $text = New-Object System.Text.StringBuilder
    $previous = ''
    foreach ($t in $tokens) {
        if ($text.Length -gt 0 -and $previous -ne '(' -and $t -ne ')') { [void]$text.Append(' ') }
        [void]$text.Append($t)
        $previous = $t
    }
    return $text.ToString()
}

function Test-OtjNumber {
    param($Value)
    return $Value -is [int] -or $Value -is [long] -or $Value -is [double] -or $Value -is [decimal] -or
        $Value -is [int16] -or $Value -is [byte] -or $Value -is [uint32] -or $Value -is [uint64] -or $Value -is [single]
}

# The compare rule (plan::matches in core/plan/DesiredChange.cpp). $Wanted as written by the tool;
# $Actual as read from Exchange. Values the bridge would hand over as text (identities, enums) are
# compared as their text; booleans and numbers only with booleans and numbers.
function Test-OtjMatch {
    param([string]$Match, $Wanted, $Actual)
    if ($Match -eq 'SameSet') {
        return (ConvertTo-OtjSet $Wanted).SetEquals((ConvertTo-OtjSet $Actual))
    }
    if ($Match -eq 'OpathEqual') {
        if ((Test-OtjEmpty $Wanted) -or (Test-OtjEmpty $Actual)) { return (Test-OtjEmpty $Wanted) -and (Test-OtjEmpty $Actual) }
        return (Get-OtjOpathText ([string]$Wanted)) -ceq (Get-OtjOpathText ([string]$Actual))
    }
    if ($null -eq $Wanted -or $null -eq $Actual) { return $null -eq $Wanted -and $null -eq $Actual }
    if ($Wanted -is [bool]) { return $Actual -is [bool] -and $Actual -eq $Wanted }
    if (Test-OtjNumber $Wanted) { return (Test-OtjNumber $Actual) -and [double]$Actual -eq [double]$Wanted }
    if ($Wanted -is [System.Collections.IDictionary]) { return $false }
    if ($Wanted -is [array]) {
        $a = @($Wanted)
        $b = @($Actual)
        if ($a.Count -ne $b.Count) { return $false }
        for ($k = 0; $k -lt $a.Count; $k++) { if (-not (Test-OtjMatch $Match $a[$k] $b[$k])) { return $false } }
        return $true
    }
    if ($Actual -is [bool] -or (Test-OtjNumber $Actual)) { return $false }
    $comparison = [System.StringComparison]::Ordinal
    if ($Match -eq 'EqualIgnoringCase') { $comparison = [System.StringComparison]::OrdinalIgnoreCase }
    return [string]::Equals([string]$Actual, [string]$Wanted, $comparison)
}

function Format-OtjError {
    param($Errors)
    $first = @($Errors) | Select-Object -First 1
    if ($null -eq $first) { return 'the command reported a failure' }
    if ($first -is [System.Management.Automation.ErrorRecord]) { return "$($first.Exception.Message) [$($first.FullyQualifiedErrorId)]" }
    return [string]$first
}

# Errors of a read: "object not found" means the object is missing ($true is returned); anything
# else stops the script.
function Assert-OtjRead {
    param([string]$Key, [string]$Command, $Errors)
    $notFound = $false
    foreach ($e in @($Errors)) {
        if ($null -eq $e) { continue }
        $id = [string]$e.FullyQualifiedErrorId
        $reason = [string]$e.CategoryInfo.Reason
        $missing = ($id -match 'ManagementObjectNotFound' -or $reason -match 'ManagementObjectNotFound' -or
            ([string]$e.CategoryInfo.Category -eq 'ObjectNotFound' -and $id -notmatch 'CommandNotFound'))
        if (-not $missing) { throw "${Key}: $Command failed: $(Format-OtjError $e). Nothing after this point was run." }
        $notFound = $true
    }
    return $notFound
}

# After every write: -ErrorVariable and $? (implicitly remoted errors do not stop by themselves).
function Assert-OtjWrite {
    param([string]$Key, [string]$Command, [bool]$Succeeded, $Errors)
    if (-not $Succeeded -or @($Errors | Where-Object { $null -ne $_ }).Count -gt 0) {
        throw "${Key}: $Command failed: $(Format-OtjError $Errors). Nothing after this change was run."
    }
}

function Assert-OtjCommands {
    param([hashtable]$RolesByCommand)
    $missing = @()
    foreach ($name in ($RolesByCommand.Keys | Sort-Object)) {
        if ($null -eq (Get-Command -Name $name -ErrorAction SilentlyContinue)) { $missing += "$name (RBAC role: $($RolesByCommand[$name]))" }
    }
    if ($missing.Count -gt 0) {
        throw "These Exchange cmdlets are not available in this session: $($missing -join ', '). Run the script in the Exchange Management Shell as an account with those roles."
    }
}

function Get-OtjSecret {
    param([string]$Key)
    if ($null -eq $script:ServiceAccountPassword) {
        $script:ServiceAccountPassword = Read-Host -AsSecureString -Prompt "Password for the new service account ($Key)"
    }
    return $script:ServiceAccountPassword
}

function Write-OtjChanged {
    param([string]$Key, [string]$What)
    $script:OtjTotalChanged++
    Write-Host "CHANGED   ${Key}: $What"
}

function Write-OtjUnchanged {
    param([string]$Key, [string]$What)
    $script:OtjTotalUnchanged++
    Write-Host "UNCHANGED ${Key}: $What"
}

function Write-OtjConflict {
    param([string]$Key, [string]$What)
    $script:OtjTotalConflicts++
    Write-Warning "CONFLICT  ${Key}: $What"
}

function Write-OtjSkipped {
    param([string]$Key, [string]$What)
    $script:OtjTotalSkipped++
    Write-Warning "SKIPPED   ${Key}: $What"
}

function Write-OtjSummary {
    param([string]$Name)
    Write-Host "$Name finished: $($script:OtjTotalChanged) changed, $($script:OtjTotalUnchanged) unchanged, $($script:OtjTotalConflicts) conflict(s), $($script:OtjTotalSkipped) skipped."
}
# --- end of the OTJ script functions
