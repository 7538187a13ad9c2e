# OtjLab: the lab's Exchange cmdlets as PowerShell proxy functions (tests/lab/README.md, "The lab's
# Exchange shell"). Connect-OtjLab opens a "session" against the lab's /lab/powershell route and, like
# Import-PSSession, imports one proxy function per cmdlet that the account's session contains, with
# Exchange's parameter names and types from cmdlets.json (the table the lab itself uses). PowerShell's
# own binder therefore refuses an unknown parameter or a wrong type ('$false' for a [bool]) exactly as
# an implicit-remoting proxy does. Each call forwards its bound parameters as typed JSON; the answer's
# errors become non-terminating errors (ErrorVariable captures them) and its warnings warnings.
# Written for Windows PowerShell 5.1 and PowerShell 7 (no 7-only syntax).
Set-StrictMode -Version 2.0

$script:Table = $null
$script:Connection = $null
$script:SessionModule = $null
$script:CommonParameters = @('Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'InformationAction',
    'ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer',
    'PipelineVariable', 'ProgressAction')
$script:TypeNames = @{
    'object'       = 'System.Object'
    'object[]'     = 'System.Object[]'
    'string'       = 'System.String'
    'string[]'     = 'System.String[]'
    'bool'         = 'System.Boolean'
    'switch'       = 'System.Management.Automation.SwitchParameter'
    'int'          = 'System.Int32'
    'securestring' = 'System.Security.SecureString'
}

# HTTPS with the lab CA as the only trust anchor: the chain must end in exactly that certificate and
# the name must match. Compiled C#, because the validation callback runs on a thread-pool thread where
# a script block has no runspace.
if (-not ('OtjLab.Http' -as [type])) {
    $source = @'
using System;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace OtjLab {
public static class Http {
    public static bool Validate(X509Certificate2 ca, X509Certificate certificate, SslPolicyErrors errors) {
        if (certificate == null) return false;
        if ((errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) != 0)
            return false;
        using (X509Chain chain = new X509Chain()) {
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            chain.ChainPolicy.VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority;
            chain.ChainPolicy.ExtraStore.Add(ca);
            if (!chain.Build(new X509Certificate2(certificate))) return false;
            foreach (X509ChainStatus s in chain.ChainStatus)
                if (s.Status != X509ChainStatusFlags.NoError && s.Status != X509ChainStatusFlags.UntrustedRoot)
                    return false;
            X509Certificate2 root = chain.ChainElements[chain.ChainElements.Count - 1].Certificate;
            byte[] a = root.RawData, c = ca.RawData;
            if (a.Length != c.Length) return false;
            for (int i = 0; i < a.Length; ++i) if (a[i] != c[i]) return false;
            return true;
        }
    }

    // ca null: the system's trust store decides (the default validation, nothing skipped).
    public static HttpClient Create(X509Certificate2 ca, string authorization, int timeoutMs) {
        HttpClientHandler handler = new HttpClientHandler();
        if (ca != null)
            handler.ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => Validate(ca, certificate, errors);
        HttpClient client = new HttpClient(handler);
        client.Timeout = TimeSpan.FromMilliseconds(timeoutMs);
        if (authorization != null) client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        return client;
    }

    // [status, body]; a transport failure is ["0", innermost exception message] (no exception: a
    // caught exception would still land in the caller's -ErrorVariable).
    public static string[] Send(HttpClient client, string method, string url, string body) {
        try {
            HttpRequestMessage request = new HttpRequestMessage(new HttpMethod(method), url);
            if (body != null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            HttpResponseMessage response = client.SendAsync(request).GetAwaiter().GetResult();
            string text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            return new string[] { ((int)response.StatusCode).ToString(), text };
        } catch (Exception e) {
            Exception inner = e;
            while (inner.InnerException != null) inner = inner.InnerException;
            return new string[] { "0", inner.Message };
        }
    }
}
}
'@
    if ($PSVersionTable.PSEdition -eq 'Desktop') {
        Add-Type -TypeDefinition $source -Language CSharp -ReferencedAssemblies @('System.Net.Http')
    } else {
        Add-Type -TypeDefinition $source -Language CSharp
    }
}

# The first certificate of a PEM file (loaded here: .NET 9 marks the byte[] constructor obsolete for C#).
function Read-OtjLabCaFile {
    param([string] $Path)
    $pem = [System.IO.File]::ReadAllText($Path)
    $match = [regex]::Match($pem, '-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----')
    if (-not $match.Success) { throw "The CA file $Path holds no PEM certificate." }
    $der = [Convert]::FromBase64String(($match.Groups[1].Value -replace '\s', ''))
    return New-Object -TypeName System.Security.Cryptography.X509Certificates.X509Certificate2 -ArgumentList (, $der)
}

# JSON text -> objects, strings kept as strings: PowerShell 7 would turn ISO 8601 strings into DateTime
# (its -DateKind String, 7.5+, prevents that; 5.1 never converts them).
$script:JsonOptions = @{}
if ((Get-Command -Name ConvertFrom-Json).Parameters.ContainsKey('DateKind')) { $script:JsonOptions['DateKind'] = 'String' }
function ConvertFrom-OtjLabJson {
    param([string] $Json)
    $options = $script:JsonOptions
    return $Json | ConvertFrom-Json @options
}

function Get-OtjLabTable {
    if ($null -eq $script:Table) {
        $path = Join-Path -Path $PSScriptRoot -ChildPath 'cmdlets.json'
        $script:Table = [System.IO.File]::ReadAllText($path) | ConvertFrom-Json
    }
    return $script:Table
}

function New-OtjLabErrorRecord {
    param([Parameter(Mandatory = $true)] $ErrorData)
    $message = [string]$ErrorData.message
    $exception = $null
    $typeName = [string]$ErrorData.exceptionType
    if ($typeName -and $typeName -ne 'System.Management.Automation.RemoteException') {
        # The exception type the lab named, when it can be made from a message (no try/catch: a
        # caught exception would still land in the caller's -ErrorVariable).
        $type = $typeName -as [type]
        if ($null -ne $type -and [System.Exception].IsAssignableFrom($type)) {
            $constructor = $type.GetConstructor([type[]]@([string]))
            if ($null -ne $constructor) { $exception = $constructor.Invoke(@($message)) }
        }
    }
    if ($null -eq $exception) { $exception = New-Object -TypeName System.Management.Automation.RemoteException -ArgumentList $message }
    $category = [System.Management.Automation.ErrorCategory]::NotSpecified
    if ($ErrorData.category) {
        $parsed = $ErrorData.category -as [System.Management.Automation.ErrorCategory]
        if ($null -ne $parsed) { $category = $parsed }
    }
    $fqid = [string]$ErrorData.fullyQualifiedErrorId
    $record = New-Object -TypeName System.Management.Automation.ErrorRecord -ArgumentList $exception, $fqid, $category, $ErrorData.targetObject
    # The record keeps the FullyQualifiedErrorId exactly as the lab wrote it, as implicit remoting
    # keeps the server's: WriteError would append the writing command's name otherwise. PowerShell
    # stores a deserialized record's id in this field (checked in pwsh 7 by the tests; the second name is
    # a fallback for an older runtime).
    $flags = [System.Reflection.BindingFlags]'Instance,NonPublic'
    $field = [System.Management.Automation.ErrorRecord].GetField('_serializedFullyQualifiedErrorId', $flags)
    if ($null -eq $field) { $field = [System.Management.Automation.ErrorRecord].GetField('serializedFullyQualifiedErrorId', $flags) }
    if ($null -ne $field) { $field.SetValue($record, $fqid) }
    return $record
}

function ConvertTo-OtjLabValue {
    param($Value)
    if ($null -eq $Value) { return $null }
    if ($Value -is [System.Management.Automation.SwitchParameter]) { return [bool]$Value.IsPresent }
    if ($Value -is [System.Security.SecureString]) {
        $plain = (New-Object -TypeName System.Net.NetworkCredential -ArgumentList '', $Value).Password
        return @{ '$type' = 'SecureString'; 'value' = $plain }
    }
    if ($Value -is [System.Collections.IDictionary]) {
        $out = [ordered]@{}
        foreach ($key in $Value.Keys) { $out[[string]$key] = ConvertTo-OtjLabValue -Value $Value[$key] }
        return $out
    }
    if ($Value -is [bool] -or $Value -is [string] -or $Value -is [int] -or $Value -is [long] -or $Value -is [double]) { return $Value }
    if ($Value -is [System.Collections.IEnumerable]) {
        $list = New-Object -TypeName System.Collections.ArrayList
        foreach ($item in $Value) { [void]$list.Add((ConvertTo-OtjLabValue -Value $item)) }
        return , $list.ToArray()
    }
    if ($Value.PSObject.Properties['Identity']) { return [string]$Value.Identity }
    return [string]$Value
}

function Write-OtjLabTransportError {
    param($Cmdlet, [string] $Detail)
    $server = ([uri]$script:Connection.Uri).Host
    $e = [pscustomobject]@{
        message               = "Processing data from remote server $server failed with the following error message: $Detail"
        category              = 'OpenError'
        fullyQualifiedErrorId = 'JobFailure'
        exceptionType         = 'System.Management.Automation.Remoting.PSRemotingTransportException'
        targetObject          = $null
    }
    $Cmdlet.WriteError((New-OtjLabErrorRecord -ErrorData $e))
}

# Runs one lab cmdlet: bound parameters -> typed JSON -> /lab/powershell -> objects, warnings, errors.
$script:Invoker = {
    [CmdletBinding()]
    param([string] $Name, [System.Collections.IDictionary] $Bound)
    $Cmdlet = $PSCmdlet
    if ($null -eq $script:Connection) {
        throw (New-Object -TypeName System.InvalidOperationException -ArgumentList 'Not connected to the lab: run Connect-OtjLab first.')
    }
    $parameters = [ordered]@{}
    foreach ($key in $Bound.Keys) {
        if ($script:CommonParameters -contains $key) { continue }
        $parameters[$key] = ConvertTo-OtjLabValue -Value $Bound[$key]
    }
    $body = ConvertTo-Json -InputObject ([ordered]@{ name = $Name; parameters = $parameters }) -Depth 20 -Compress
    $response = [OtjLab.Http]::Send($script:Connection.Client, 'POST', $script:Connection.Uri, $body)
    if ($response[0] -eq '0') {
        Write-OtjLabTransportError -Cmdlet $Cmdlet -Detail $response[1]
        return
    }
    $answer = ConvertFrom-OtjLabJson -Json $response[1]
    if ($null -eq $answer) {
        Write-OtjLabTransportError -Cmdlet $Cmdlet -Detail "HTTP $($response[0]) without a JSON answer"
        return
    }
    if ($answer.PSObject.Properties['objects']) { foreach ($o in $answer.objects) { $Cmdlet.WriteObject($o) } }
    if ($answer.PSObject.Properties['warnings']) { foreach ($w in $answer.warnings) { $Cmdlet.WriteWarning([string]$w) } }
    if ($answer.PSObject.Properties['errors']) {
        foreach ($e in $answer.errors) { $Cmdlet.WriteError((New-OtjLabErrorRecord -ErrorData $e)) }
    }
}

# The text of the proxy functions for these cmdlets (names and types from the table only: every
# name is checked against a strict pattern, every type against the fixed map above).
function New-OtjLabProxyText {
    param([string[]] $CommandName)
    $builder = New-Object -TypeName System.Text.StringBuilder
    [void]$builder.AppendLine('param($Invoker)')
    foreach ($spec in (Get-OtjLabTable).cmdlets) {
        if ($CommandName -notcontains $spec.name) { continue }
        if ($spec.name -notmatch '^[A-Za-z]+-[A-Za-z0-9]+$') { throw "Bad cmdlet name in cmdlets.json: $($spec.name)" }
        $shouldProcess = $false
        $declarations = New-Object -TypeName System.Collections.ArrayList
        foreach ($p in $spec.parameters.PSObject.Properties) {
            if ($p.Name -notmatch '^[A-Za-z][A-Za-z0-9]*$') { throw "Bad parameter name in cmdlets.json: $($p.Name)" }
            if (-not $script:TypeNames.ContainsKey([string]$p.Value)) { throw "Bad parameter type in cmdlets.json: $($p.Value)" }
            if ($p.Name -eq 'Confirm' -or $p.Name -eq 'WhatIf') { $shouldProcess = $true; continue }
            $attribute = '[Parameter()]'
            if ($p.Name -eq $spec.position0) { $attribute = '[Parameter(Position = 0)]' }
            [void]$declarations.Add("    $attribute[$($script:TypeNames[[string]$p.Value])] `${$($p.Name)}")
        }
        [void]$builder.AppendLine("function $($spec.name) {")
        if ($shouldProcess) {
            [void]$builder.AppendLine("    [CmdletBinding(SupportsShouldProcess = `$true, ConfirmImpact = 'Medium')]")
        } else {
            [void]$builder.AppendLine('    [CmdletBinding()]')
        }
        [void]$builder.AppendLine('    param(')
        [void]$builder.AppendLine(($declarations -join (',' + [Environment]::NewLine)))
        [void]$builder.AppendLine('    )')
        # Implicit remoting applies -ErrorAction remotely and ignores the caller's $ErrorActionPreference:
        # without an explicit -ErrorAction, errors stay non-terminating here.
        [void]$builder.AppendLine("    `$ea = 'Continue'; if (`$PSBoundParameters.ContainsKey('ErrorAction')) { `$ea = `$PSBoundParameters['ErrorAction'] }")
        [void]$builder.AppendLine("    `$wa = 'Continue'; if (`$PSBoundParameters.ContainsKey('WarningAction')) { `$wa = `$PSBoundParameters['WarningAction'] }")
        [void]$builder.AppendLine("    & `$script:Invoker -Name '$($spec.name)' -Bound `$PSBoundParameters -ErrorAction `$ea -WarningAction `$wa")
        [void]$builder.AppendLine('}')
    }
    [void]$builder.AppendLine('$script:Invoker = $Invoker')
    [void]$builder.AppendLine('Export-ModuleMember -Function *')
    return $builder.ToString()
}

function Connect-OtjLab {
    <#
    .SYNOPSIS
    Opens a lab "session" (the stand-in for New-PSSession + Import-PSSession) and imports the proxy
    functions of the cmdlets that the account's session contains.
    .PARAMETER Uri
    The lab route, https://127.0.0.1:PORT/lab/powershell (otj-lab serve's admin_url + "powershell").
    .PARAMETER Credential
    The Exchange admin. Without it the call fails like Kerberos without a domain (the lab has no KDC).
    .PARAMETER CaFile
    The lab CA (PEM): then the only certificate trusted for the route. Without it the system's trust
    store decides.
    .PARAMETER CommandName
    Import only these cmdlets (Import-PSSession -CommandName).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string] $Uri,
        [Parameter()][System.Management.Automation.PSCredential] $Credential,
        [Parameter()][string] $CaFile,
        [Parameter()][string[]] $CommandName
    )
    $hostName = ([uri]$Uri).Host
    $fail = {
        param($message, $fqid)
        $e = [pscustomobject]@{
            message = $message; category = 'OpenError'; fullyQualifiedErrorId = $fqid; targetObject = $null
            exceptionType = 'System.Management.Automation.Remoting.PSRemotingTransportException'
        }
        $PSCmdlet.WriteError((New-OtjLabErrorRecord -ErrorData $e))
    }
    if ($null -eq $Credential) {
        & $fail ("Connecting to remote server $hostName failed with the following error message : WinRM cannot process the request. " +
            'The following error with errorcode 0x80090311 occurred while using Kerberos authentication: There are currently no logon ' +
            'servers available to service the logon request. For more information, see the about_Remote_Troubleshooting Help topic.') `
            'AuthenticationFailed,PSSessionOpenFailed'
        return
    }
    if ($PSVersionTable.PSEdition -eq 'Desktop') {
        [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor [System.Net.SecurityProtocolType]::Tls12
    }
    Close-OtjLabSession -CallerState $PSCmdlet.SessionState
    $pair = $Credential.UserName + ':' + $Credential.GetNetworkCredential().Password
    $authorization = 'Basic ' + [Convert]::ToBase64String([System.Text.Encoding]::UTF8.GetBytes($pair))
    $ca = $null
    if ($CaFile) { $ca = Read-OtjLabCaFile -Path $CaFile }
    $client = [OtjLab.Http]::Create($ca, $authorization, 120000)
    $response = [OtjLab.Http]::Send($client, 'GET', $Uri, $null)
    if ($response[0] -eq '0') {
        $client.Dispose()
        & $fail "Connecting to remote server $hostName failed with the following error message : $($response[1])" 'CannotConnect,PSSessionOpenFailed'
        return
    }
    $answer = ConvertFrom-OtjLabJson -Json $response[1]
    if ($response[0] -ne '200') {
        $client.Dispose()
        foreach ($e in $answer.errors) { $PSCmdlet.WriteError((New-OtjLabErrorRecord -ErrorData $e)) }
        return
    }
    $available = @($answer.session.commands)
    $import = $available
    if ($PSBoundParameters.ContainsKey('CommandName')) { $import = @($available | Where-Object { $CommandName -contains $_ }) }
    $script:Connection = [pscustomobject]@{ Uri = $Uri; Client = $client; User = $answer.session.user; Server = $answer.session.server }
    $text = New-OtjLabProxyText -CommandName $import
    $script:SessionModule = New-Module -Name 'OtjLab.Session' -ScriptBlock ([scriptblock]::Create($text)) -ArgumentList $script:Invoker
    Import-Module -ModuleInfo $script:SessionModule -Global -Force -DisableNameChecking
    return [pscustomobject]@{
        Uri      = $Uri
        User     = $answer.session.user
        Server   = $answer.session.server
        Commands = $import
    }
}

# Removes the proxies from the caller's (global) session state and closes the connection.
function Close-OtjLabSession {
    param([System.Management.Automation.SessionState] $CallerState)
    if ($null -ne $script:SessionModule) {
        # A module's own Remove-Module only sees the module's table: run it where the proxies live.
        $remove = [scriptblock]::Create("Get-Module -Name 'OtjLab.Session' | Remove-Module -Force")
        [void]$ExecutionContext.InvokeCommand.InvokeScript($CallerState, $remove, @())
        $script:SessionModule = $null
    }
    if ($null -ne $script:Connection) {
        $script:Connection.Client.Dispose()
        $script:Connection = $null
    }
}

function Disconnect-OtjLab {
    <#
    .SYNOPSIS
    Removes the imported proxy functions and closes the connection (Remove-PSSession's stand-in).
    #>
    [CmdletBinding()]
    param()
    Close-OtjLabSession -CallerState $PSCmdlet.SessionState
}

Export-ModuleMember -Function Connect-OtjLab, Disconnect-OtjLab
