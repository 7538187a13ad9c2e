# Runs an exported OTJ script (setup.ps1 / rollback.ps1) in pwsh against the lab's Exchange shell, as
# an admin runs it in the Exchange Management Shell: the lab's proxy module stands for the implicit
# remoting session (tests/lab/README.md, OtjLab.psm1). Used by tests/integration/tst_script_lab.cpp.
# The lab admin's password comes in OTJ_TEST_LAB_ADMIN_PASSWORD; the password of an account the
# script creates in OTJ_TEST_NEW_ACCOUNT_PASSWORD (never in the script).
param(
    [Parameter(Mandatory = $true)][string] $Module,
    [Parameter(Mandatory = $true)][string] $Uri,
    [Parameter(Mandatory = $true)][string] $CaFile,
    [Parameter(Mandatory = $true)][string] $Script,
    [string] $FailCommand = ''
)
$ErrorActionPreference = 'Stop'
if ($null -ne (Get-Variable -Name PSStyle -ErrorAction SilentlyContinue)) { $PSStyle.OutputRendering = 'PlainText' }
Import-Module $Module
$credential = New-Object System.Management.Automation.PSCredential('exadmin@contoso.lab',
    (ConvertTo-SecureString -String $env:OTJ_TEST_LAB_ADMIN_PASSWORD -AsPlainText -Force))
$null = Connect-OtjLab -Uri $Uri -Credential $credential -CaFile $CaFile
if ($FailCommand) {
    # A cmdlet that fails the way an implicitly remoted one does: a non-terminating error, whatever
    # $ErrorActionPreference says (the caller's -ErrorAction SilentlyContinue hides it).
    $body = '[CmdletBinding()] param([Parameter(ValueFromRemainingArguments = $true)] $Rest) ' +
        '$PSCmdlet.WriteError((New-Object System.Management.Automation.ErrorRecord ' +
        '((New-Object System.Exception ''injected failure'')), ''OtjTest.Injected'', ''NotSpecified'', $null))'
    Set-Item -Path "function:global:$FailCommand" -Value ([scriptblock]::Create($body))
}
$arguments = @{}
if ((Get-Command -Name $Script).Parameters.ContainsKey('ServiceAccountPassword') -and $env:OTJ_TEST_NEW_ACCOUNT_PASSWORD) {
    $arguments['ServiceAccountPassword'] = ConvertTo-SecureString -String $env:OTJ_TEST_NEW_ACCOUNT_PASSWORD -AsPlainText -Force
}
& $Script @arguments
