# A tiny stand-in for the lab's proxy module, used only by the bridge tests (tests/shell): functions
# named like Exchange cmdlets, with typed parameters as Import-PSSession's proxies declare them, that
# echo what PowerShell's binder handed them. Independent of otj-lab.
Set-StrictMode -Version 2.0

$script:Connection = $null

function Connect-OtjLab {
    [CmdletBinding()]
    # -CommandName is mandatory here so the bridge tests fail if the bridge stops passing its allow-list
    # (it does, as it passes it to Import-PSSession against Exchange).
    param([Parameter(Mandatory = $true)][string]$Uri, [System.Management.Automation.PSCredential]$Credential, [string]$CaFile,
        [Parameter(Mandatory = $true)][string[]]$CommandName)
    if ($CommandName -notcontains 'Get-Mailbox' -or $CommandName -contains 'Connect-OtjLab') {
        throw [System.ArgumentException]::new('Connect-OtjLab: -CommandName is not the bridge allow-list')
    }
    if ($null -ne $Credential -and $Credential.GetNetworkCredential().Password -eq 'wrong-password') {
        throw [System.UnauthorizedAccessException]::new('Connecting to remote server failed with the following error message : Access is denied.')
    }
    $script:Connection = @{ Uri = $Uri; User = $(if ($Credential) { $Credential.UserName } else { $null }) }
}

function Get-BoundDescription([hashtable]$Bound) {
    $o = [ordered]@{}
    $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
    foreach ($key in ($Bound.Keys | Sort-Object)) {
        if ($common -contains $key) { continue }
        $v = $Bound[$key]
        $type = $(if ($null -eq $v) { 'null' } else { $v.GetType().FullName })
        if ($v -is [System.Security.SecureString]) { $v = [System.Net.NetworkCredential]::new('', $v).Password }
        elseif ($v -is [System.Management.Automation.SwitchParameter]) { $v = $v.IsPresent }
        $o[$key] = [pscustomobject]@{ Type = $type; Value = $v }
    }
    $result = [ordered]@{}
    foreach ($key in $o.Keys) { $result[$key + 'Type'] = $o[$key].Type; $result[$key] = $o[$key].Value }
    return [pscustomobject]$result
}

function Set-CalendarProcessing {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param([Parameter(Mandatory = $true)][object]$Identity, [bool]$DeleteComments, [bool]$DeleteSubject,
          [string]$AutomateProcessing, [int]$BookingWindowInDays, [object]$ResourceDelegates, [string]$DomainController)
    if ($Identity -eq 'hang') { Start-Sleep -Seconds 3600 }
    Get-BoundDescription $PSBoundParameters
}

function New-Mailbox {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param([string]$Name, [securestring]$Password, [switch]$Room, [bool]$ResetPasswordOnNextLogon, [object]$Count, [object]$Ratio, [object]$Nothing)
    Get-BoundDescription $PSBoundParameters
}

function Set-DistributionGroup {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param([object]$Identity, [object]$ManagedBy, [string[]]$Names, [switch]$BypassSecurityGroupManagerCheck)
    $d = Get-BoundDescription $PSBoundParameters
    if ($ManagedBy -is [hashtable]) { $d | Add-Member -NotePropertyName ManagedByKeys -NotePropertyValue (@($ManagedBy.Keys | Sort-Object) -join ',') }
    $d
}

enum ProbeProcessing { None; AutoUpdate; AutoAccept }

function Get-Mailbox {
    [CmdletBinding()]
    param([object]$Identity, [object]$ResultSize, [string]$Anr, [string[]]$RecipientTypeDetails)
    if ($Anr -eq 'big') {
        $pad = 'x' * 1000
        for ($i = 0; $i -lt 1500; $i++) { [pscustomobject]@{ Index = $i; Name = "room-$i"; Pad = $pad; Note = "ünïcødé-$i" } }
        return
    }
    if ($Anr -eq 'deserialized') {
        # What implicit remoting hands over: a property bag of Deserialized.* values (types unknown here).
        $room = [pscustomobject]@{ Name = 'Room 1'; Address = [System.Net.Mail.MailAddress]::new('room-1@contoso.lab')
            AutomateProcessing = [System.DayOfWeek]::Monday; EmailAddresses = [System.Collections.ArrayList]@('SMTP:a@x', 'smtp:b@x') }
        $xml = [System.Management.Automation.PSSerializer]::Serialize($room, 3)
        $xml = $xml -replace 'System\.DayOfWeek', 'Microsoft.Exchange.Data.CalendarProcessingFlags' -replace 'System\.Net\.Mail\.MailAddress', 'Microsoft.Exchange.Data.SmtpAddress'
        [System.Management.Automation.PSSerializer]::Deserialize($xml)
        return
    }
    if ($Anr -eq 'huge') { [pscustomobject]@{ Name = 'huge'; Pad = ('y' * 1100000) }; return }
    [pscustomobject]@{
        Name = 'Room 1'; Alias = 'room-1'; ResourceCapacity = 12; HiddenFromAddressListsEnabled = $false
        WhenCreated = [datetime]::new(2024, 5, 6, 7, 8, 9, [System.DateTimeKind]::Utc)
        Processing = [ProbeProcessing]::AutoAccept; EmailAddresses = @('SMTP:room-1@contoso.lab', 'smtp:r1@contoso.lab')
        Empty = $null; Ratio = 0.5; Quote = "a`"b\c`n"; PSComputerName = 'ex01'; RunspaceId = [guid]::NewGuid()
    }
    'just text'
}

function Get-User {
    # Like an implicit-remoting proxy: errors arrive non-terminating, whatever the caller prefers.
    [CmdletBinding()]
    param([object]$Identity)
    $ErrorActionPreference = 'Continue'
    foreach ($id in @('missing-1', 'missing-2')) {
        $ex = [System.Management.Automation.RemoteException]::new("The operation couldn't be performed because object '$id' couldn't be found on 'dc01.contoso.lab'.")
        $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new($ex, '[Server=EX01] 8288830C,Microsoft.Exchange.Management.RecipientTasks.GetUser', 'ObjectNotFound', $id))
    }
    Write-Warning 'The command completed successfully but no settings of ''x'' have been modified.'
    [pscustomobject]@{ Name = 'found' }
}

function Remove-ManagementScope {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param([object]$Identity)
    $ex = [System.Management.Automation.ItemNotFoundException]::new("The operation couldn't be performed because object '$Identity' couldn't be found.")
    $PSCmdlet.ThrowTerminatingError([System.Management.Automation.ErrorRecord]::new($ex, 'ManagementObjectNotFound', 'ObjectNotFound', $Identity))
}

function Get-ExchangeServer {
    [CmdletBinding()]
    param([object]$Identity)
    if ($Identity -eq 'hang') { Start-Sleep -Seconds 3600 }
    [pscustomobject]@{ Name = 'EX01'; AdminDisplayVersion = 'Version 15.2 (Build 1544.4)'; Connection = $script:Connection.Uri }
}

Export-ModuleMember -Function Connect-OtjLab, Set-CalendarProcessing, New-Mailbox, Set-DistributionGroup, Get-Mailbox, Get-User, Remove-ManagementScope, Get-ExchangeServer
