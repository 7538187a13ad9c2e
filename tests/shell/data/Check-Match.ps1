# The exported scripts' compare rule (Test-OtjMatch in resources/powershell/otj-script-functions.ps1)
# against a table of cases that the C++ rule (plan::matches) decides the same way
# (tests/shell/tst_script_pwsh.cpp). JSON [{ "name", "match", "wanted", "actual", "expected" }]; values
# are JSON as the bridge hands them over. Prints PASS/FAIL per case, exits with the failures.
param([Parameter(Mandatory = $true)][string] $Cases, [Parameter(Mandatory = $true)][string] $Functions)
Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'
. $Functions
$failures = 0
foreach ($case in @([System.IO.File]::ReadAllText($Cases, [System.Text.Encoding]::UTF8) | ConvertFrom-Json)) {
    $wanted = $case.wanted
    $actual = $case.actual
    $got = Test-OtjMatch $case.match $wanted $actual
    if ($got -eq $case.expected) { Write-Output "PASS match:$($case.name)" }
    else { $failures++; Write-Output "FAIL match:$($case.name): $got, expected $($case.expected)" }
}
exit $failures
