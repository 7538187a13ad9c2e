# The OtjLab proxy module in real PowerShell against real `otj-lab serve` processes (run by
# tests/lab/tests/tst_lab_pwsh.cpp): 5.1 syntax, proxies equal to the cmdlet table, the conformance
# scenarios through PowerShell's own binder, implicit remoting's error behaviour, TLS trust, session.
# Prints "PASS name" / "FAIL name: why" and exits with the number of failures.
param(
    [Parameter(Mandatory = $true)][string] $LabBinary,
    [Parameter(Mandatory = $true)][string] $ModuleDir
)
$ErrorActionPreference = 'Continue'
Set-StrictMode -Version 2.0
$script:Failures = 0
$modulePath = Join-Path $ModuleDir 'OtjLab.psm1'
$table = [System.IO.File]::ReadAllText((Join-Path $ModuleDir 'cmdlets.json')) | ConvertFrom-Json
$scenarios = [System.IO.File]::ReadAllText((Join-Path $ModuleDir 'scenarios.json')) | ConvertFrom-Json

function Report([string] $Name, [string[]] $Problems) {
    if ($Problems.Count -eq 0) { Write-Output "PASS $Name" }
    else { $script:Failures++; Write-Output ("FAIL ${Name}: " + ($Problems -join '; ')) }
}

function Start-Lab([string[]] $Arguments) {
    $info = New-Object System.Diagnostics.ProcessStartInfo
    $info.FileName = $LabBinary
    $info.Arguments = (@('serve', '--port', '0') + $Arguments) -join ' '
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true
    $info.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($info)
    $process.BeginErrorReadLine() # drain logs
    $line = $process.StandardOutput.ReadLine() | ConvertFrom-Json
    return [pscustomobject]@{ Process = $process; Line = $line; Route = $line.admin_url + 'powershell' }
}

function Stop-Lab($Lab) {
    if (-not $Lab.Process.HasExited) { $Lab.Process.Kill(); [void]$Lab.Process.WaitForExit(5000) }
}

function Get-Credential2([string] $User, [string] $Password) {
    New-Object System.Management.Automation.PSCredential($User, (ConvertTo-SecureString -String $Password -AsPlainText -Force))
}

function Get-RoleAccount([string] $Role) {
    if ($Role -eq 'recipient-admin') { return Get-Credential2 'rcpadmin@contoso.lab' 'Rcp4dmin!2024' }
    return Get-Credential2 'exadmin@contoso.lab' 'Adm1n!Lab2024'
}

# Typed JSON (as the bridge line protocol carries it) -> PowerShell values, as the bridge splats them.
function ConvertFrom-TypedJson($Value) {
    if ($null -eq $Value) { return $null }
    if ($Value -is [System.Management.Automation.PSCustomObject]) {
        if ($Value.PSObject.Properties['$type'] -and $Value.'$type' -eq 'SecureString') {
            return ConvertTo-SecureString -String $Value.value -AsPlainText -Force
        }
        $h = @{}
        foreach ($p in $Value.PSObject.Properties) { $h[$p.Name] = ConvertFrom-TypedJson $p.Value }
        return $h
    }
    if ($Value -is [System.Array]) { return , @($Value | ForEach-Object { ConvertFrom-TypedJson $_ }) }
    return $Value
}

function Invoke-Proxy([string] $Name, $Parameters) {
    $splat = @{}
    foreach ($p in $Parameters.PSObject.Properties) { $splat[$p.Name] = ConvertFrom-TypedJson $p.Value }
    $errors = @()
    $objects = @()
    $warnings = @()
    try {
        $objects = @(& $Name @splat -ErrorVariable ev -WarningVariable wv -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        $errors = @($ev)
        $warnings = @($wv | ForEach-Object { $_.Message })
    } catch {
        $errors = @($_)
    }
    $errorJson = @($errors | ForEach-Object {
            [pscustomobject]@{
                message               = $_.Exception.Message
                category              = $_.CategoryInfo.Category.ToString()
                fullyQualifiedErrorId = $_.FullyQualifiedErrorId
                exceptionType         = $_.Exception.GetType().FullName
                targetObject          = $_.TargetObject
            } })
    return [pscustomobject]@{ objects = $objects; warnings = $warnings; errors = $errorJson }
}

function Same($Expected, $Actual) {
    return (ConvertTo-Json -InputObject $Expected -Compress -Depth 5) -eq (ConvertTo-Json -InputObject $Actual -Compress -Depth 5)
}

function Test-Expectation($Expect, $Result) {
    $problems = New-Object System.Collections.ArrayList
    $ok = $Result.errors.Count -eq 0
    if ($Expect.PSObject.Properties['ok'] -and $Expect.ok -ne $ok) {
        [void]$problems.Add("ok $($Expect.ok) expected; errors: " + (ConvertTo-Json -InputObject $Result.errors -Compress -Depth 3))
    }
    if ($Expect.PSObject.Properties['objectCount'] -and $Expect.objectCount -ne $Result.objects.Count) {
        [void]$problems.Add("objectCount $($Expect.objectCount) expected, got $($Result.objects.Count)")
    }
    foreach ($o in $Result.objects) {
        if ($Expect.PSObject.Properties['properties']) {
            foreach ($p in $Expect.properties) { if (-not $o.PSObject.Properties[$p]) { [void]$problems.Add("property $p missing") } }
        }
        if ($Expect.PSObject.Properties['values']) {
            foreach ($p in $Expect.values.PSObject.Properties) {
                $actual = $null
                if ($o.PSObject.Properties[$p.Name]) { $actual = $o.($p.Name) }
                if (-not (Same $p.Value $actual)) { [void]$problems.Add("$($p.Name) = $(ConvertTo-Json -InputObject $p.Value -Compress) expected, got $(ConvertTo-Json -InputObject $actual -Compress)") }
            }
        }
        if ($Expect.PSObject.Properties['valueMatches']) {
            foreach ($p in $Expect.valueMatches.PSObject.Properties) {
                if ([string]$o.($p.Name) -notmatch $p.Value) { [void]$problems.Add("$($p.Name) does not match $($p.Value)") }
            }
        }
    }
    if ($Expect.PSObject.Properties['warnings'] -and -not (Same @($Expect.warnings) @($Result.warnings))) {
        [void]$problems.Add('warnings ' + (ConvertTo-Json -InputObject @($Expect.warnings) -Compress) + ' expected, got ' + (ConvertTo-Json -InputObject @($Result.warnings) -Compress))
    }
    if ($Expect.PSObject.Properties['errors']) {
        $want = @($Expect.errors)
        if ($want.Count -ne $Result.errors.Count) { [void]$problems.Add("$($want.Count) errors expected, got $($Result.errors.Count)") }
        for ($i = 0; $i -lt $want.Count -and $i -lt $Result.errors.Count; $i++) {
            $got = $Result.errors[$i]
            foreach ($p in $want[$i].PSObject.Properties) {
                if ($p.Name -eq 'fullyQualifiedErrorIdMatches') {
                    if ($got.fullyQualifiedErrorId -notmatch $p.Value) { [void]$problems.Add("fullyQualifiedErrorId '$($got.fullyQualifiedErrorId)' does not match $($p.Value)") }
                } elseif (-not (Same $p.Value $got.($p.Name))) {
                    [void]$problems.Add("error $($p.Name) = '$($p.Value)' expected, got '$($got.($p.Name))'")
                }
            }
        }
    }
    return , $problems.ToArray()
}

# --- 1. The module is Windows PowerShell 5.1 syntax --------------------------------------------------
$tokens = $null; $parseErrors = $null
$ast = [System.Management.Automation.Language.Parser]::ParseFile($modulePath, [ref]$tokens, [ref]$parseErrors)
$problems = @($parseErrors | ForEach-Object { $_.Message })
$sevenOnly = $ast.FindAll({
        param($n)
        ($n.GetType().Name -in @('TernaryExpressionAst', 'PipelineChainAst')) -or
        ($n -is [System.Management.Automation.Language.BinaryExpressionAst] -and $n.Operator.ToString() -eq 'QuestionQuestion') -or
        ($n -is [System.Management.Automation.Language.AssignmentStatementAst] -and $n.Operator.ToString() -eq 'QuestionQuestionEquals') -or
        ($n -is [System.Management.Automation.Language.MemberExpressionAst] -and $n.PSObject.Properties['NullConditional'] -and $n.NullConditional)
    }, $true)
$problems += @($sevenOnly | ForEach-Object { "7-only syntax at line $($_.Extent.StartLineNumber): $($_.Extent.Text)" })
Report 'module parses as PowerShell 5.1' $problems

# --- 2. The proxies declare exactly the table's parameters and types --------------------------------
Import-Module $modulePath -Force
$lab = Start-Lab @()
$session = Connect-OtjLab -Uri $lab.Route -Credential (Get-RoleAccount 'exchange-admin') -CaFile $lab.Line.ca_file
$typeNames = @{ 'object' = 'System.Object'; 'object[]' = 'System.Object[]'; 'string' = 'System.String'; 'string[]' = 'System.String[]'
    'bool' = 'System.Boolean'; 'switch' = 'System.Management.Automation.SwitchParameter'; 'int' = 'System.Int32'; 'securestring' = 'System.Security.SecureString' }
$common = @([System.Management.Automation.PSCmdlet]::CommonParameters) + @([System.Management.Automation.PSCmdlet]::OptionalCommonParameters)
$problems = @()
if ($session.Commands.Count -ne $table.cmdlets.Count) { $problems += "session has $($session.Commands.Count) of $($table.cmdlets.Count) cmdlets" }
foreach ($spec in $table.cmdlets) {
    $command = Get-Command -Name $spec.name -ErrorAction SilentlyContinue
    if ($null -eq $command) { $problems += "$($spec.name) missing"; continue }
    if ($command.CommandType -ne 'Function') { $problems += "$($spec.name) is a $($command.CommandType)" }
    $declared = @{}
    foreach ($p in $command.Parameters.Values) {
        if ($common -contains $p.Name -and -not ($p.Name -eq 'Confirm' -or $p.Name -eq 'WhatIf')) { continue }
        $declared[$p.Name] = $p.ParameterType.FullName
    }
    foreach ($p in $spec.parameters.PSObject.Properties) {
        if (-not $declared.ContainsKey($p.Name)) { $problems += "$($spec.name) -$($p.Name) missing"; continue }
        if ($declared[$p.Name] -ne $typeNames[[string]$p.Value]) { $problems += "$($spec.name) -$($p.Name) is $($declared[$p.Name])" }
        $declared.Remove($p.Name)
    }
    foreach ($extra in $declared.Keys) { $problems += "$($spec.name) -$extra is not in the table" }
    if ($spec.position0 -and $command.Parameters[$spec.position0].Attributes[0].Position -ne 0) { $problems += "$($spec.name) -$($spec.position0) is not positional" }
}
Report 'proxy parameters equal the cmdlet table' $problems

# --- 3. Implicit remoting's error behaviour -----------------------------------------------------------
$problems = @()
$ErrorActionPreference = 'Stop' # ignored by the proxies, as by Import-PSSession's
$out = Get-Mailbox -Identity 'nobody@contoso.lab' -ErrorVariable ev 2>$null
$ErrorActionPreference = 'Continue'
if ($ev.Count -ne 1) { $problems += "ErrorVariable holds $($ev.Count) errors" }
elseif ($ev[0].FullyQualifiedErrorId -notmatch '^\[Server=MBX01,RequestId=[0-9a-f-]+,TimeStamp=[^\]]+\] \[FailureCategory=Cmdlet-ManagementObjectNotFoundException\] [0-9A-F]{8},Microsoft\.Exchange\.Management\.RecipientTasks\.GetMailbox$') {
    $problems += "FQID $($ev[0].FullyQualifiedErrorId)"
}
$caught = $false
try { Get-Mailbox -Identity 'nobody@contoso.lab' -ErrorAction Stop } catch { $caught = $true }
if (-not $caught) { $problems += '-ErrorAction Stop did not stop' }
$w = Set-CalendarProcessing -Identity 'room-hq-01@contoso.lab' -DeleteComments:$false -WarningVariable wv -WarningAction SilentlyContinue
if ($wv.Count -ne 1 -or $wv[0].Message -notlike "The command completed successfully but no settings of 'contoso.lab/Rooms/HQ Room 01' have been modified.") { $problems += "warning: $wv" }
try { Set-CalendarProcessing -Identity 'room-hq-01@contoso.lab' -DeleteComments '$false'; $problems += "'`$false' bound to [bool]" }
catch { if ($_.FullyQualifiedErrorId -ne 'ParameterArgumentTransformationError,Set-CalendarProcessing') { $problems += $_.FullyQualifiedErrorId } }
try { Get-ADServerSettings -DomainController 'DC01.contoso.lab'; $problems += '-DomainController bound' }
catch { if ($_.FullyQualifiedErrorId -ne 'NamedParameterNotFound,Get-ADServerSettings') { $problems += $_.FullyQualifiedErrorId } }
$room = Get-Mailbox 'room-hq-02@contoso.lab' # Identity is positional
if ($room.PrimarySmtpAddress -ne 'room-hq-02@contoso.lab') { $problems += 'positional Identity' }
Set-Mailbox -Identity 'room-hq-02@contoso.lab' -Password (ConvertTo-SecureString 'x' -AsPlainText -Force) -ErrorVariable pe -ErrorAction SilentlyContinue
if ($pe.Count -ne 1 -or $pe[0].Exception.Message -notmatch 'password does not meet') { $problems += 'SecureString did not reach the lab' }
Report 'non-terminating errors, warnings and the binder' $problems

# --- 4. Session: role cmdlets, wrong password, wrong CA, disconnect -----------------------------------
$problems = @()
$rcp = Connect-OtjLab -Uri $lab.Route -Credential (Get-RoleAccount 'recipient-admin') -CaFile $lab.Line.ca_file
if ($rcp.Commands -contains 'New-ManagementScope') { $problems += 'recipient admin has New-ManagementScope' }
if (Get-Command New-ManagementScope -ErrorAction SilentlyContinue) { $problems += 'New-ManagementScope still imported' }
try { New-ManagementScope -Name 'x' -RecipientRestrictionFilter "Name -eq 'x'"; $problems += 'ran' }
catch { if ($_.FullyQualifiedErrorId -ne 'CommandNotFoundException') { $problems += $_.FullyQualifiedErrorId } }
Disconnect-OtjLab
if (Get-Command Get-Mailbox -ErrorAction SilentlyContinue) { $problems += 'Disconnect-OtjLab left the proxies' }
$r = Connect-OtjLab -Uri $lab.Route -Credential (Get-Credential2 'exadmin@contoso.lab' 'wrong') -CaFile $lab.Line.ca_file -ErrorVariable ce -ErrorAction SilentlyContinue
if ($null -ne $r -or $ce.Count -ne 1 -or $ce[0].FullyQualifiedErrorId -ne 'AccessDenied,PSSessionOpenFailed' -or $ce[0].Exception.Message -notmatch 'Access is denied') { $problems += "wrong password: $($ce | ForEach-Object FullyQualifiedErrorId)" }
$r = Connect-OtjLab -Uri $lab.Route -CaFile $lab.Line.ca_file -ErrorVariable ke -ErrorAction SilentlyContinue
if ($null -ne $r -or $ke.Count -ne 1 -or $ke[0].FullyQualifiedErrorId -ne 'AuthenticationFailed,PSSessionOpenFailed') { $problems += 'no credential' }
# A CA the lab does not use: the TLS handshake must fail (nothing is skipped or ignored).
$otherCa = [System.IO.Path]::GetTempFileName()
try {
    # GET /lab/pki with the module's own HTTPS stack (trusting the lab CA).
    $caCert = New-Object System.Security.Cryptography.X509Certificates.X509Certificate2 -ArgumentList (, [Convert]::FromBase64String((([System.IO.File]::ReadAllText($lab.Line.ca_file) -replace '-----[A-Z ]+-----', '') -replace '\s', '')))
    $http = [OtjLab.Http]::Create($caCert, 'Bearer ' + $lab.Line.admin_token, 10000)
    $pkiJson = ([OtjLab.Http]::Send($http, 'GET', $lab.Line.admin_url + 'pki', $null))[1] | ConvertFrom-Json
    [System.IO.File]::WriteAllText($otherCa, $pkiJson.otherCaCert)
    $r = Connect-OtjLab -Uri $lab.Route -Credential (Get-RoleAccount 'exchange-admin') -CaFile $otherCa -ErrorVariable te -ErrorAction SilentlyContinue
    if ($null -ne $r -or $te.Count -ne 1 -or $te[0].FullyQualifiedErrorId -ne 'CannotConnect,PSSessionOpenFailed') { $problems += "other CA: $($te | ForEach-Object FullyQualifiedErrorId)" }
} finally { Remove-Item $otherCa -ErrorAction SilentlyContinue }
Report 'session, credentials and TLS trust' $problems
Stop-Lab $lab

# --- 5. The conformance scenarios, each against a fresh lab ------------------------------------------
foreach ($scenario in $scenarios.scenarios) {
    $lab = Start-Lab @()
    $problems = @()
    $null = Connect-OtjLab -Uri $lab.Route -Credential (Get-RoleAccount $scenario.account) -CaFile $lab.Line.ca_file
    foreach ($c in $scenario.commands) {
        if ($c.name -notmatch '^[A-Za-z]+-[A-Za-z0-9]+$') { continue } # script text: refused by the bridge itself
        $result = Invoke-Proxy $c.name $c.parameters
        foreach ($p in (Test-Expectation $c.expect $result)) { $problems += "$($c.name): $p" }
    }
    Disconnect-OtjLab
    Stop-Lab $lab
    Report "scenario: $($scenario.name)" $problems
}

exit $script:Failures
