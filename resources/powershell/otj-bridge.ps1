<#
OTJ Exchange Setup: the PowerShell bridge to Exchange remote PowerShell.

Written for Windows PowerShell 5.1, also runs in PowerShell 7 (a parser lint, tests/lint/, rejects
7-only syntax). Started by the wizard / otjctl (PowerShellHost) with stdin and stdout as pipes:

  powershell.exe -NoLogo -NoProfile -NonInteractive -ExecutionPolicy Bypass -File otj-bridge.ps1
  pwsh -NoProfile -File otj-bridge.ps1 -LabModule OtjLab.psm1 [-LabCaFile ca.pem]   (lab mode, tests)

Line protocol v1 (full text: core/shell/README.md; keep both in step):
- One JSON object per line each way, UTF-8 without BOM, "\n". Every line has "v":1 and the
  request's "id". stdout carries protocol lines only; stderr is diagnostics.
- hello (first line, once): {"v":1,"id":0,"op":"hello","connectionUri":"http://ex01/PowerShell/",
  "authentication":"Kerberos"|"Basic"|"Default","username":…|null,"password":…|null}
  -> {"v":1,"id":0,"ok":true,"session":{"mode":"exchange"|"lab","psVersion":…,"psEdition":…,"commands":[…]}}
  or {"v":1,"id":0,"ok":false,"errors":[ERROR]} and exit 3.
  Exchange mode: New-PSSession -ConfigurationName Microsoft.Exchange (-Credential only when given;
  HTTPS needs the CA in the Windows store; no certificate check is ever skipped), then Import-PSSession
  -CommandName <allow-list>. Lab mode: Import-Module <LabModule>; Connect-OtjLab -Uri -CommandName <allow-list> -Credential -CaFile.
- invoke: {"v":1,"id":7,"op":"invoke","timeoutMs":…,"stopOnError":false,"commands":[{"name":…,"parameters":{…},"select":[…]}]}
  ("select", optional: only these properties of each output object, in that order, null when missing).
  Parameters are typed: string, true/false (bool or switch), null, integer ([int]/[long]), number
  ([double]), array, object (hashtable), {"$type":"SecureString","value":…} (SecureString built here).
  -> {"v":1,"id":7,"results":[{"name":…,"ok":…,"objects":[…],"warnings":[…],"errors":[ERROR…],"elapsedMs":…}]}
  ERROR = {"message","category","fullyQualifiedErrorId","exceptionType","targetObject"}.
  Lines never exceed 1,000,000 bytes: partial lines {"v":1,"id":7,"more":true,"index":k,"objects":[…]}
  come first. A malformed line -> {"v":1,"id":…|null,"fatal":false,"errors":[…OtjBridge.MalformedRequest…]}.
  A command outside the session -> CommandNotFoundException (fixed 5.1 text); a name that is not a
  plain cmdlet name -> ScriptsNotAllowed (Exchange's NoLanguage text).
- exit: {"v":1,"id":9,"op":"exit"} or EOF: the session is removed (finally) and the script exits 0.
Exit codes: 0 normal, 2 bad arguments / protocol violation before hello, 3 hello failed.
#>
[CmdletBinding()]
param(
    [string]$LabModule,
    [string]$LabCaFile
)

Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'
# Nothing may reach stdout except protocol lines: every other stream is silenced or collected.
$ProgressPreference = 'SilentlyContinue'
$WarningPreference = 'SilentlyContinue'
$VerbosePreference = 'SilentlyContinue'
$InformationPreference = 'SilentlyContinue'

$script:ProtocolVersion = 1
$script:MaxLineBytes = 1000000
$script:MaxDepth = 8

# BEGIN ALLOW-LIST (must equal core/shell/CommandRegistry.cpp; tests/unit/tst_shell_registry compares them)
$script:AllowedCommands = @(
    'Add-DistributionGroupMember'
    'Get-ADServerSettings'
    'Get-AuthenticationPolicy'
    'Get-AutodiscoverVirtualDirectory'
    'Get-CASMailbox'
    'Get-CalendarProcessing'
    'Get-DistributionGroup'
    'Get-DistributionGroupMember'
    'Get-ExchangeServer'
    'Get-Mailbox'
    'Get-ManagementRoleAssignment'
    'Get-ManagementScope'
    'Get-OrganizationConfig'
    'Get-Recipient'
    'Get-RemoteMailbox'
    'Get-ThrottlingPolicy'
    'Get-ThrottlingPolicyAssociation'
    'Get-User'
    'Get-WebServicesVirtualDirectory'
    'New-AuthenticationPolicy'
    'New-DistributionGroup'
    'New-Mailbox'
    'New-ManagementRoleAssignment'
    'New-ManagementScope'
    'Remove-AuthenticationPolicy'
    'Remove-DistributionGroup'
    'Remove-DistributionGroupMember'
    'Remove-Mailbox'
    'Remove-ManagementRoleAssignment'
    'Remove-ManagementScope'
    'Set-ADServerSettings'
    'Set-AuthenticationPolicy'
    'Set-CalendarProcessing'
    'Set-DistributionGroup'
    'Set-Mailbox'
    'Set-ManagementRoleAssignment'
    'Set-ManagementScope'
    'Set-User'
    'Set-WebServicesVirtualDirectory'
    'Update-DistributionGroupMember'
)
# END ALLOW-LIST

$script:ReservedParameters = @('ErrorAction', 'ErrorVariable', 'WarningAction', 'WarningVariable',
    'InformationAction', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable',
    'Verbose', 'Debug')
$script:CommandNotFoundText = "The term '{0}' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again."
$script:NoLanguageText = 'The syntax is not supported by this runspace. This can occur if the runspace is in no-language mode.'

# --- JSON reader -------------------------------------------------------------------------------
# Our own, so that 5.1 and 7 read requests identically: objects become case-insensitive hashtables
# (5.1's ConvertFrom-Json has no -AsHashtable), integers [int]/[long], strings stay strings (7's
# ConvertFrom-Json turns ISO date strings into DateTime).
class OtjJsonReader {
    [string]$Text
    [int]$Pos

    OtjJsonReader([string]$text) {
        $this.Text = $text
        $this.Pos = 0
    }

    static [object] Parse([string]$text) {
        $reader = [OtjJsonReader]::new($text)
        $value = $reader.ReadValue(0)
        $reader.SkipSpace()
        if ($reader.Pos -ne $reader.Text.Length) { $reader.Fail('unexpected text after the value') }
        return $value
    }

    [void] Fail([string]$what) {
        throw [System.FormatException]::new("Invalid JSON at offset $($this.Pos): $what")
    }

    [void] SkipSpace() {
        while ($this.Pos -lt $this.Text.Length) {
            $c = [int]$this.Text[$this.Pos]
            if ($c -eq 32 -or $c -eq 9 -or $c -eq 10 -or $c -eq 13) { $this.Pos++ } else { break }
        }
    }

    [bool] TryLiteral([string]$word) {
        if ([string]::CompareOrdinal($this.Text, $this.Pos, $word, 0, $word.Length) -eq 0) {
            $this.Pos += $word.Length
            return $true
        }
        return $false
    }

    [object] ReadValue([int]$depth) {
        if ($depth -gt 32) { $this.Fail('nested too deeply') }
        $this.SkipSpace()
        if ($this.Pos -ge $this.Text.Length) { $this.Fail('unexpected end') }
        $c = [int]$this.Text[$this.Pos]
        if ($c -eq 123) { return $this.ReadObject($depth) }            # {
        if ($c -eq 91) { return $this.ReadArray($depth) }            # [
        if ($c -eq 34) { return $this.ReadString() }                   # "
        if ($this.TryLiteral('true')) { return $true }
        if ($this.TryLiteral('false')) { return $false }
        if ($this.TryLiteral('null')) { return $null }
        return $this.ReadNumber()
    }

    [hashtable] ReadObject([int]$depth) {
        $table = [hashtable]::new([System.StringComparer]::OrdinalIgnoreCase)
        $this.Pos++
        $this.SkipSpace()
        if ($this.Pos -lt $this.Text.Length -and $this.Text[$this.Pos] -eq [char]'}') { $this.Pos++; return $table }
        while ($true) {
            $this.SkipSpace()
            if ($this.Pos -ge $this.Text.Length -or $this.Text[$this.Pos] -ne [char]'"') { $this.Fail('expected a member name') }
            $key = $this.ReadString()
            $this.SkipSpace()
            if ($this.Pos -ge $this.Text.Length -or $this.Text[$this.Pos] -ne [char]':') { $this.Fail("expected ':'") }
            $this.Pos++
            if ($table.ContainsKey($key)) { $this.Fail("duplicate member '$key'") }
            $table[$key] = $this.ReadValue($depth + 1)
            $this.SkipSpace()
            if ($this.Pos -ge $this.Text.Length) { $this.Fail('unterminated object') }
            $c = $this.Text[$this.Pos]
            $this.Pos++
            if ($c -eq [char]'}') { return $table }
            if ($c -ne [char]',') { $this.Fail("expected ',' or '}'") }
        }
        return $table
    }

    [object[]] ReadArray([int]$depth) {
        $items = [System.Collections.Generic.List[object]]::new()
        $this.Pos++
        $this.SkipSpace()
        if ($this.Pos -lt $this.Text.Length -and $this.Text[$this.Pos] -eq [char]']') { $this.Pos++; return $items.ToArray() }
        while ($true) {
            $items.Add($this.ReadValue($depth + 1))
            $this.SkipSpace()
            if ($this.Pos -ge $this.Text.Length) { $this.Fail('unterminated array') }
            $c = $this.Text[$this.Pos]
            $this.Pos++
            if ($c -eq [char]']') { return $items.ToArray() }
            if ($c -ne [char]',') { $this.Fail("expected ',' or ']'") }
        }
        return $items.ToArray()
    }

    [string] ReadString() {
        $m = [OtjJsonReader]::StringPattern.Match($this.Text, $this.Pos)
        if (-not $m.Success) { $this.Fail('invalid string') }
        $this.Pos += $m.Length
        $body = $m.Groups[1].Value
        if ($body.IndexOf([char]'\') -lt 0) { return $body }
        $sb = [System.Text.StringBuilder]::new($body.Length)
        $i = 0
        while ($i -lt $body.Length) {
            $ch = $body[$i]
            if ($ch -ne [char]'\') { $null = $sb.Append($ch); $i++; continue }
            $e = $body[$i + 1]
            switch -CaseSensitive ([string]$e) {
                'n' { $null = $sb.Append([char]10) }
                'r' { $null = $sb.Append([char]13) }
                't' { $null = $sb.Append([char]9) }
                'b' { $null = $sb.Append([char]8) }
                'f' { $null = $sb.Append([char]12) }
                'u' { $null = $sb.Append([char][System.Convert]::ToInt32($body.Substring($i + 2, 4), 16)); $i += 4 }
                default { $null = $sb.Append($e) }
            }
            $i += 2
        }
        return $sb.ToString()
    }

    [object] ReadNumber() {
        $m = [OtjJsonReader]::NumberPattern.Match($this.Text, $this.Pos)
        if (-not $m.Success) { $this.Fail('unexpected character') }
        $this.Pos += $m.Length
        $t = $m.Value
        $inv = [System.Globalization.CultureInfo]::InvariantCulture
        if ($m.Groups[1].Success -or $m.Groups[2].Success) {
            return [double]::Parse($t, [System.Globalization.NumberStyles]::Float, $inv)
        }
        $asInt = 0
        if ([int]::TryParse($t, [System.Globalization.NumberStyles]::AllowLeadingSign, $inv, [ref]$asInt)) { return $asInt }
        $asLong = [long]0
        if ([long]::TryParse($t, [System.Globalization.NumberStyles]::AllowLeadingSign, $inv, [ref]$asLong)) { return $asLong }
        return [double]::Parse($t, [System.Globalization.NumberStyles]::Float, $inv)
    }

    static [regex]$StringPattern = [regex]::new('\G"((?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4}))*)"')
    static [regex]$NumberPattern = [regex]::new('\G-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?')
}

# --- JSON writer and output normalisation ------------------------------------------------------
# Our own too: 5.1's ConvertTo-Json writes enums as numbers, dates as "\/Date(ms)\/", defaults to
# -Depth 2 and has a ~2 MB limit; here both versions write the same bytes. One pass: each output
# object is normalised while it is written (Exchange objects carry ~200 properties each).
class OtjJson {
    static [void] WriteString([System.Text.StringBuilder]$sb, [string]$s) {
        if ($s.IndexOfAny([OtjJson]::Special) -lt 0) {
            $null = $sb.Append('"').Append($s).Append('"')
            return
        }
        $null = $sb.Append('"').Append([OtjJson]::Escape.Replace($s, [OtjJson]::Escaper)).Append('"')
    }

    static [string] Quote([string]$s) {
        if ($null -eq $s) { return 'null' }
        $sb = [System.Text.StringBuilder]::new($s.Length + 2)
        [OtjJson]::WriteString($sb, $s)
        return $sb.ToString()
    }

    static [string] EscapeChar([System.Text.RegularExpressions.Match]$m) {
        $c = [int]$m.Value[0]
        if ($c -eq 34) { return '\"' }
        if ($c -eq 92) { return '\\' }
        if ($c -eq 10) { return '\n' }
        if ($c -eq 13) { return '\r' }
        if ($c -eq 9) { return '\t' }
        return '\u' + $c.ToString('x4')
    }

    # A value: scalars as JSON scalars, dates ISO 8601, enums by name, collections as arrays,
    # dictionaries and custom objects as objects, Exchange's nested (deserialized) types as their
    # ToString() text.
    # $value is a [psobject] on purpose: an [object] parameter of a class method unwraps it, and a
    # deserialized enum (Deserialized.* wrapping an Int32) would lose its name.
    static [void] WriteValue([System.Text.StringBuilder]$sb, [psobject]$value, [int]$depth) {
        if ($null -eq $value) { $null = $sb.Append('null'); return }
        $v = $value.PSObject.BaseObject
        if ($v -is [string]) { [OtjJson]::WriteString($sb, $v); return }
        $names = $value.PSObject.TypeNames
        if ($names.Count -gt 0 -and $names[0].StartsWith('Deserialized.') -and
            ($v -is [System.Management.Automation.PSCustomObject] -or -not ($v -is [System.Collections.IEnumerable]))) {
            [OtjJson]::WriteString($sb, [string]$value)
            return
        }
        if ($v -is [System.Management.Automation.PSCustomObject]) {
            if ($depth -ge $script:MaxDepth) { [OtjJson]::WriteString($sb, [string]$value) }
            else { [OtjJson]::WriteObject($sb, $value, $depth + 1) }
            return
        }
        $inv = [System.Globalization.CultureInfo]::InvariantCulture
        if ($v -is [bool]) { $null = $sb.Append($(if ($v) { 'true' } else { 'false' })); return }
        if ($v -is [int] -or $v -is [long]) { $null = $sb.Append(([System.IFormattable]$v).ToString($null, $inv)); return }
        if ($v -is [enum]) { [OtjJson]::WriteString($sb, $v.ToString()); return }
        if ($v -is [datetime]) { [OtjJson]::WriteString($sb, $v.ToString('o', $inv)); return }
        if ($v -is [double] -or $v -is [single] -or $v -is [decimal]) {
            $d = [double]$v
            if ([double]::IsNaN($d) -or [double]::IsInfinity($d)) { $null = $sb.Append('null'); return }
            $null = $sb.Append($d.ToString('R', $inv))
            return
        }
        if ($v -is [short] -or $v -is [byte] -or $v -is [sbyte] -or $v -is [uint16] -or $v -is [uint32] -or $v -is [uint64]) {
            $null = $sb.Append(([System.IFormattable]$v).ToString($null, $inv))
            return
        }
        if ($v -is [datetimeoffset]) { [OtjJson]::WriteString($sb, $v.ToString('o', $inv)); return }
        if ($v -is [System.Security.SecureString]) { $null = $sb.Append('null'); return }
        if ($v -is [System.ValueType] -or $v -is [uri] -or $v -is [version]) { [OtjJson]::WriteString($sb, [string]$v); return }
        if ($depth -ge $script:MaxDepth) { [OtjJson]::WriteString($sb, [string]$v); return }
        if ($v -is [System.Collections.IDictionary]) {
            $null = $sb.Append('{')
            $first = $true
            foreach ($key in $v.Keys) {
                if ($first) { $first = $false } else { $null = $sb.Append(',') }
                [OtjJson]::WriteString($sb, [string]$key)
                $null = $sb.Append(':')
                [OtjJson]::WriteValue($sb, $v[$key], $depth + 1)
            }
            $null = $sb.Append('}')
            return
        }
        if ($v -is [System.Collections.IEnumerable]) {
            $null = $sb.Append('[')
            $first = $true
            foreach ($item in $v) {
                if ($first) { $first = $false } else { $null = $sb.Append(',') }
                [OtjJson]::WriteValue($sb, $item, $depth + 1)
            }
            $null = $sb.Append(']')
            return
        }
        [OtjJson]::WriteString($sb, [string]$v)
    }

    static [void] WriteObject([System.Text.StringBuilder]$sb, [object]$o, [int]$depth) {
        $null = $sb.Append('{')
        $first = $true
        foreach ($p in ([System.Management.Automation.PSObject]::AsPSObject($o)).PSObject.Properties) {
            $type = $p.MemberType
            if ($type -ne [OtjJson]::NoteProperty -and $type -ne [OtjJson]::Property) { continue }
            $name = $p.Name
            if ($name -eq 'PSComputerName' -or $name -eq 'RunspaceId' -or $name -eq 'PSShowComputerName') { continue }
            $pv = $null
            try { $pv = $p.Value } catch { $pv = $null }
            if ($first) { $first = $false } else { $null = $sb.Append(',') }
            # Inline fast paths: a class method call costs more than the work for a plain string.
            $chars = [OtjJson]::Special
            if ($name.IndexOfAny($chars) -lt 0) { $null = $sb.Append('"').Append($name).Append('":') }
            else { [OtjJson]::WriteString($sb, $name); $null = $sb.Append(':') }
            if ($pv -is [string] -and $pv.IndexOfAny($chars) -lt 0) { $null = $sb.Append('"').Append($pv).Append('"') }
            else { [OtjJson]::WriteValue($sb, $pv, $depth) }
        }
        $null = $sb.Append('}')
    }

    # One output object of a command, as the text of a JSON object; with $select, only those
    # properties, in that order, null where the object lacks one (like Select-Object).
    static [string] OutputObject([psobject]$o, [string[]]$select) {
        $sb = [System.Text.StringBuilder]::new(256)
        $v = $o.PSObject.BaseObject
        if ($null -ne $select) {
            $null = $sb.Append('{')
            $first = $true
            foreach ($name in $select) {
                if ($first) { $first = $false } else { $null = $sb.Append(',') }
                [OtjJson]::WriteString($sb, $name)
                $null = $sb.Append(':')
                $p = $o.PSObject.Properties[$name]
                $pv = $null
                if ($null -ne $p) { try { $pv = $p.Value } catch { $pv = $null } }
                [OtjJson]::WriteValue($sb, $pv, 0)
            }
            $null = $sb.Append('}')
            return $sb.ToString()
        }
        if ($v -is [System.Collections.IDictionary]) {
            [OtjJson]::WriteValue($sb, $o, 0)
            return $sb.ToString()
        }
        if ($v -is [System.Management.Automation.PSCustomObject] -or
            -not ($v -is [string] -or $v -is [System.ValueType] -or $v -is [System.Collections.IEnumerable])) {
            [OtjJson]::WriteObject($sb, $o, 0)
            return $sb.ToString()
        }
        $null = $sb.Append('{"Value":')
        [OtjJson]::WriteValue($sb, $o, 0)
        $null = $sb.Append('}')
        return $sb.ToString()
    }

    # Protocol envelopes (ordered dictionaries, arrays, scalars).
    static [string] ToText([object]$value) {
        $sb = [System.Text.StringBuilder]::new()
        [OtjJson]::WriteValue($sb, $value, 0)
        return $sb.ToString()
    }

    static [char[]]$Special = [char[]](@(34, 92) + (0..31))
    static [regex]$Escape = [regex]::new('["\\\u0000-\u001f]')
    static [System.Text.RegularExpressions.MatchEvaluator]$Escaper = [System.Text.RegularExpressions.MatchEvaluator] { param($m) [OtjJson]::EscapeChar($m) }
    static [System.Management.Automation.PSMemberTypes]$NoteProperty = [System.Management.Automation.PSMemberTypes]::NoteProperty
    static [System.Management.Automation.PSMemberTypes]$Property = [System.Management.Automation.PSMemberTypes]::Property
}

# --- I/O ---------------------------------------------------------------------------------------
# Raw streams with explicit UTF-8 (no BOM): independent of the console code page of powershell.exe.
$script:Utf8 = [System.Text.UTF8Encoding]::new($false)
$script:In = [System.IO.StreamReader]::new([Console]::OpenStandardInput(), $script:Utf8, $false, 65536)
$script:Out = [System.IO.StreamWriter]::new([Console]::OpenStandardOutput(), $script:Utf8, 65536)
$script:Out.NewLine = "`n"
$script:Out.AutoFlush = $false

function Send-Line([string]$Line) {
    $script:Out.Write($Line)
    $script:Out.Write("`n")
    $script:Out.Flush()
}

function New-OtjError([string]$Message, [string]$Category, [string]$Id, [string]$ExceptionType, [object]$Target) {
    $e = [ordered]@{}
    $e['message'] = $Message
    $e['category'] = $Category
    $e['fullyQualifiedErrorId'] = $Id
    $e['exceptionType'] = $ExceptionType
    $e['targetObject'] = $(if ($null -eq $Target) { $null } else { [string]$Target })
    return $e
}

function ConvertFrom-ErrorRecord([System.Management.Automation.ErrorRecord]$Record) {
    $ex = $Record.Exception
    $message = $(if ($null -ne $Record.ErrorDetails -and $Record.ErrorDetails.Message) { $Record.ErrorDetails.Message } else { $ex.Message })
    return New-OtjError $message $Record.CategoryInfo.Category.ToString() $Record.FullyQualifiedErrorId $ex.GetType().FullName $Record.TargetObject
}

function Send-Errors([object]$Id, [object[]]$Errors, [string]$Flag) {
    $line = [ordered]@{}
    $line['v'] = $script:ProtocolVersion
    $line['id'] = $Id
    if ($Flag -eq 'hello') { $line['ok'] = $false }
    else { $line['fatal'] = ($Flag -eq 'fatal') }
    $line['errors'] = $Errors
    Send-Line ([OtjJson]::ToText($line))
}

function Send-Malformed([object]$Id, [string]$Message, [bool]$Fatal) {
    $err = New-OtjError $Message 'InvalidData' 'OtjBridge.MalformedRequest' 'System.FormatException' $null
    Send-Errors $Id @($err) $(if ($Fatal) { 'fatal' } else { 'malformed' })
}

# --- parameters --------------------------------------------------------------------------------
function ConvertTo-ParameterValue([object]$Value) {
    if ($Value -is [hashtable]) {
        if ($Value.ContainsKey('$type')) {
            if ($Value['$type'] -ne 'SecureString' -or $Value.Count -ne 2 -or -not ($Value['value'] -is [string])) {
                throw [System.FormatException]::new('An object with "$type" must be {"$type":"SecureString","value":"…"}')
            }
            $secure = [System.Security.SecureString]::new()
            foreach ($ch in ([string]$Value['value']).ToCharArray()) { $secure.AppendChar($ch) }
            $secure.MakeReadOnly()
            return $secure
        }
        $table = @{}
        foreach ($key in $Value.Keys) { $table[$key] = ConvertTo-ParameterValue $Value[$key] }
        return $table
    }
    if ($Value -is [object[]]) {
        $items = [System.Collections.Generic.List[object]]::new()
        foreach ($item in $Value) { $items.Add((ConvertTo-ParameterValue $item)) }
        return , $items.ToArray()
    }
    return $Value
}

# --- session -----------------------------------------------------------------------------------
$script:Session = $null
$script:LabModuleName = $null
$script:SessionCommands = @{}
$script:Mode = $(if ($LabModule) { 'lab' } else { 'exchange' })

function New-HelloCredential([hashtable]$Hello) {
    $user = $Hello['username']
    $password = $Hello['password']
    if ($null -eq $user -and $null -eq $password) { return $null }
    if (-not ($user -is [string]) -or -not ($password -is [string]) -or $user.Length -eq 0) {
        throw [System.FormatException]::new('hello: username and password are both strings or both null')
    }
    $secure = [System.Security.SecureString]::new()
    foreach ($ch in $password.ToCharArray()) { $secure.AppendChar($ch) }
    $secure.MakeReadOnly()
    return [System.Management.Automation.PSCredential]::new($user, $secure)
}

function Register-SessionCommands([string]$ModuleName) {
    # Exchange mode: the module Import-PSSession wrote. Lab mode ($ModuleName empty): any function a
    # module defines (the lab module may import its proxies as a module of their own, as
    # Import-PSSession does); never a function of this script.
    foreach ($name in $script:AllowedCommands) {
        $found = @(Get-Command -Name $name -CommandType Function, Cmdlet -ErrorAction SilentlyContinue)
        foreach ($cmd in $found) {
            if ($null -eq $cmd.Module) { continue }
            if ($ModuleName -and $cmd.Module.Name -ne $ModuleName) { continue }
            $script:SessionCommands[$name] = $cmd
            break
        }
    }
}

function Open-OtjSession([hashtable]$Hello) {
    $uri = $Hello['connectionUri']
    $auth = $Hello['authentication']
    if (-not ($uri -is [string]) -or $uri.Length -eq 0) { throw [System.FormatException]::new('hello: connectionUri is required') }
    if (@('Kerberos', 'Basic', 'Default') -cnotcontains $auth) { throw [System.FormatException]::new('hello: authentication is Kerberos, Basic or Default') }
    $credential = New-HelloCredential $Hello

    if ($script:Mode -eq 'lab') {
        $module = Import-Module -Name (Resolve-Path -LiteralPath $LabModule).ProviderPath -PassThru -DisableNameChecking -Force -ErrorAction Stop
        $script:LabModuleName = $module.Name
        $connect = Get-Command -Module $module.Name -Name 'Connect-OtjLab' -ErrorAction Stop
        # -CommandName: the lab module imports only the allow-listed cmdlets, as Import-PSSession does.
        $connectArgs = @{ Uri = $uri; CommandName = $script:AllowedCommands; ErrorAction = 'SilentlyContinue'; ErrorVariable = 'connectErrors' }
        if ($null -ne $credential) { $connectArgs['Credential'] = $credential }
        if ($LabCaFile) { $connectArgs['CaFile'] = $LabCaFile }
        $connectErrors = $null
        $null = & $connect @connectArgs
        if ($null -ne $connectErrors -and @($connectErrors).Count -gt 0) {
            # Connect-OtjLab stands for New-PSSession: its error ids read like New-PSSession's, without
            # the ",Connect-OtjLab" PowerShell appends for a function.
            $refusal = [System.Collections.Generic.List[object]]::new()
            foreach ($rec in $connectErrors) {
                $e = ConvertFrom-ErrorRecord $rec
                if ($e['fullyQualifiedErrorId'] -like '*,Connect-OtjLab') {
                    $e['fullyQualifiedErrorId'] = $e['fullyQualifiedErrorId'].Substring(0, $e['fullyQualifiedErrorId'].Length - ',Connect-OtjLab'.Length)
                }
                $refusal.Add($e)
            }
            return $refusal.ToArray()
        }
        Register-SessionCommands ''
        return @()
    }

    if ([System.Environment]::OSVersion.Platform -ne [System.PlatformID]::Win32NT) {
        return New-OtjError 'This PowerShell has no WSMan client (PowerShell 7.4 removed it outside Windows), so it cannot open Exchange remote PowerShell.' 'NotImplemented' 'OtjBridge.NoWSManClient' 'System.PlatformNotSupportedException' $null
    }
    $sessionArgs = @{
        ConfigurationName = 'Microsoft.Exchange'
        ConnectionUri     = $uri
        Authentication    = $auth
        ErrorAction       = 'Stop'
    }
    if ($null -ne $credential) { $sessionArgs['Credential'] = $credential }
    $script:Session = New-PSSession @sessionArgs
    $module = Import-PSSession -Session $script:Session -CommandName $script:AllowedCommands -DisableNameChecking -AllowClobber -ErrorAction Stop
    Register-SessionCommands $module.Name
    return @()
}

# --- invoke ------------------------------------------------------------------------------------
function Invoke-OtjCommand([hashtable]$Command) {
    $name = $Command['name']
    $result = [ordered]@{}
    $result['name'] = $(if ($name -is [string]) { $name } else { [string]$name })
    $result['ok'] = $false
    $result['objects'] = @()
    $result['warnings'] = @()
    $result['errors'] = @()
    $result['elapsedMs'] = 0
    $watch = [System.Diagnostics.Stopwatch]::StartNew()

    $parameters = $Command['parameters']
    if ($null -eq $parameters) { $parameters = @{} }
    $select = $null
    if ($null -ne $Command['select']) { $select = [string[]]$Command['select'] }
    $plainName = ($name -is [string]) -and ($name -cmatch '^[A-Za-z]+-[A-Za-z]+$')
    $plainParameters = $parameters -is [hashtable]
    if ($plainParameters) {
        foreach ($key in $parameters.Keys) { if (-not ($key -cmatch '^[A-Za-z][A-Za-z0-9]*$')) { $plainParameters = $false } }
    }
    if (-not $plainName -or -not $plainParameters) {
        $result['errors'] = @(New-OtjError $script:NoLanguageText 'ParserError' 'ScriptsNotAllowed' 'System.Management.Automation.ParseException' $null)
        return $result
    }
    $commandInfo = $null
    foreach ($key in $script:SessionCommands.Keys) { if ($key -eq $name) { $commandInfo = $script:SessionCommands[$key] } }
    if ($null -eq $commandInfo) {
        $result['errors'] = @(New-OtjError ($script:CommandNotFoundText -f $name) 'ObjectNotFound' 'CommandNotFoundException' 'System.Management.Automation.CommandNotFoundException' $name)
        return $result
    }
    foreach ($key in $parameters.Keys) {
        if ($script:ReservedParameters -contains $key) {
            $result['errors'] = @(New-OtjError "The parameter '$key' is managed by the bridge." 'InvalidArgument' 'OtjBridge.ReservedParameter' 'System.ArgumentException' $key)
            return $result
        }
    }

    $splat = @{}
    foreach ($key in $parameters.Keys) { $splat[$key] = ConvertTo-ParameterValue $parameters[$key] }
    # Proxy functions from Import-PSSession ignore the caller's $ErrorActionPreference: errors are
    # collected per command through -ErrorVariable, warnings through -WarningVariable.
    $splat['ErrorAction'] = 'SilentlyContinue'
    $splat['ErrorVariable'] = 'otjCommandErrors'
    $splat['WarningAction'] = 'SilentlyContinue'
    $splat['WarningVariable'] = 'otjCommandWarnings'
    $otjCommandErrors = $null
    $otjCommandWarnings = $null
    $output = $null
    $records = [System.Collections.Generic.List[System.Management.Automation.ErrorRecord]]::new()
    try {
        $output = @(& $commandInfo @splat)
    } catch {
        $records.Add($_)
    }
    if ($null -ne $otjCommandErrors) {
        foreach ($rec in $otjCommandErrors) {
            if ($rec -is [System.Management.Automation.ErrorRecord]) {
                $dup = $false
                foreach ($seen in $records) {
                    if ([object]::ReferenceEquals($seen, $rec) -or ($seen.FullyQualifiedErrorId -eq $rec.FullyQualifiedErrorId -and $seen.Exception.Message -eq $rec.Exception.Message)) { $dup = $true }
                }
                if (-not $dup) { $records.Insert($records.Count, $rec) }
            }
        }
    }
    $objects = [System.Collections.Generic.List[string]]::new()   # serialized JSON objects
    if ($null -ne $output) {
        foreach ($o in $output) { if ($null -ne $o) { $objects.Add([OtjJson]::OutputObject($o, $select)) } }
    }
    $warnings = [System.Collections.Generic.List[string]]::new()
    if ($null -ne $otjCommandWarnings) { foreach ($w in $otjCommandWarnings) { $warnings.Add([string]$w.Message) } }
    $errors = [System.Collections.Generic.List[object]]::new()
    foreach ($rec in $records) { $errors.Add((ConvertFrom-ErrorRecord $rec)) }

    $result['ok'] = ($errors.Count -eq 0)
    $result['objects'] = $objects.ToArray()
    $result['warnings'] = $warnings.ToArray()
    $result['errors'] = $errors.ToArray()
    $result['elapsedMs'] = [long]$watch.ElapsedMilliseconds
    return $result
}

function Get-Utf8Length([string]$Text) { return $script:Utf8.GetByteCount($Text) }

# Sends the answer of one invoke, split so that no line exceeds MaxLineBytes.
function Send-InvokeResponse([object]$Id, [System.Collections.Generic.List[object]]$Results) {
    $idText = [OtjJson]::ToText($Id)
    $texts = @{}   # result index -> list of serialized objects
    for ($k = 0; $k -lt $Results.Count; $k++) {
        $list = [System.Collections.Generic.List[string]]::new()
        foreach ($o in $Results[$k]['objects']) { $list.Add([string]$o) }
        $texts[$k] = $list
    }
    $partialHead = '{"v":' + $script:ProtocolVersion + ',"id":' + $idText + ',"more":true,"index":'
    for ($k = 0; $k -lt $Results.Count; $k++) {
        foreach ($t in $texts[$k]) {
            if ((Get-Utf8Length $partialHead) + 20 + (Get-Utf8Length $t) -gt $script:MaxLineBytes) {
                $Results[$k]['ok'] = $false
                $Results[$k]['objects'] = @()
                $Results[$k]['errors'] = @(New-OtjError 'An output object is larger than a protocol line.' 'LimitsExceeded' 'OtjBridge.ObjectTooLarge' 'System.InvalidOperationException' $null)
                $texts[$k] = [System.Collections.Generic.List[string]]::new()
                break
            }
        }
    }
    $finalObjects = @{}
    for ($k = 0; $k -lt $Results.Count; $k++) { $finalObjects[$k] = $texts[$k] }
    for ($k = 0; $k -le $Results.Count; $k++) {
        # The final line with the objects still assigned to it.
        $sb = [System.Text.StringBuilder]::new()
        $null = $sb.Append('{"v":').Append($script:ProtocolVersion).Append(',"id":').Append($idText).Append(',"results":[')
        for ($j = 0; $j -lt $Results.Count; $j++) {
            if ($j -gt 0) { $null = $sb.Append(',') }
            $r = $Results[$j]
            $null = $sb.Append('{"name":').Append([OtjJson]::Quote($r['name'])).Append(',"ok":').Append($(if ($r['ok']) { 'true' } else { 'false' }))
            if ($r.Contains('skipped')) { $null = $sb.Append(',"skipped":true') }
            $null = $sb.Append(',"objects":[').Append([string]::Join(',', $finalObjects[$j])).Append(']')
            $null = $sb.Append(',"warnings":').Append([OtjJson]::ToText([object[]]$r['warnings']))
            $null = $sb.Append(',"errors":').Append([OtjJson]::ToText([object[]]$r['errors']))
            $null = $sb.Append(',"elapsedMs":').Append([OtjJson]::ToText($r['elapsedMs'])).Append('}')
        }
        $null = $sb.Append(']}')
        $final = $sb.ToString()
        if ((Get-Utf8Length $final) -le $script:MaxLineBytes -or $k -eq $Results.Count) {
            Send-Line $final
            return
        }
        # Too large: move every object of result k to partial lines, then try again.
        $head = $partialHead + $k + ',"objects":['
        $chunk = [System.Collections.Generic.List[string]]::new()
        $size = (Get-Utf8Length $head) + 2
        foreach ($t in $texts[$k]) {
            $n = (Get-Utf8Length $t) + 1
            if ($chunk.Count -gt 0 -and $size + $n -gt $script:MaxLineBytes) {
                Send-Line ($head + [string]::Join(',', $chunk) + ']}')
                $chunk.Clear()
                $size = (Get-Utf8Length $head) + 2
            }
            $chunk.Add($t)
            $size += $n
        }
        if ($chunk.Count -gt 0) { Send-Line ($head + [string]::Join(',', $chunk) + ']}') }
        $finalObjects[$k] = [System.Collections.Generic.List[string]]::new()
    }
}

function Invoke-OtjRequest([hashtable]$Request) {
    $commands = $Request['commands']
    if (-not ($commands -is [object[]])) { throw [System.FormatException]::new('invoke: commands must be an array') }
    foreach ($c in $commands) {
        if (-not ($c -is [hashtable])) { throw [System.FormatException]::new('invoke: each command is an object') }
        $p = $c['parameters']
        if ($null -ne $p -and -not ($p -is [hashtable])) { throw [System.FormatException]::new('invoke: parameters is an object') }
        $select = $c['select']
        if ($null -ne $select) {
            if (-not ($select -is [object[]])) { throw [System.FormatException]::new('invoke: select is an array of property names') }
            foreach ($name in $select) {
                if (-not ($name -is [string]) -or -not ($name -cmatch '^[A-Za-z][A-Za-z0-9]*$')) { throw [System.FormatException]::new('invoke: select is an array of property names') }
            }
        }
        # Every value must convert (e.g. no unknown "$type") before anything runs.
        if ($null -ne $p) { foreach ($key in $p.Keys) { $null = ConvertTo-ParameterValue $p[$key] } }
    }
    $stopOnError = $Request['stopOnError'] -eq $true
    $results = [System.Collections.Generic.List[object]]::new()
    $stopped = $false
    foreach ($c in $commands) {
        if ($stopped) {
            $skipped = [ordered]@{}
            $skipped['name'] = [string]$c['name']
            $skipped['ok'] = $false
            $skipped['skipped'] = $true
            $skipped['objects'] = @()
            $skipped['warnings'] = @()
            $skipped['errors'] = @()
            $skipped['elapsedMs'] = 0
            $results.Add($skipped)
            continue
        }
        $r = Invoke-OtjCommand $c
        $results.Add($r)
        if ($stopOnError -and -not $r['ok']) { $stopped = $true }
    }
    Send-InvokeResponse $Request['id'] $results
}

function Get-RequestId([object]$Request) {
    if ($Request -is [hashtable] -and ($Request['id'] -is [int] -or $Request['id'] -is [long])) { return $Request['id'] }
    return $null
}

function Read-Request([string]$Line) {
    $request = [OtjJsonReader]::Parse($Line)
    if (-not ($request -is [hashtable])) { throw [System.FormatException]::new('a request is a JSON object') }
    if ($request['v'] -ne $script:ProtocolVersion -or -not ($request['v'] -is [int])) { throw [System.FormatException]::new('unsupported protocol version') }
    if ($null -eq (Get-RequestId $request)) { throw [System.FormatException]::new('id must be an integer') }
    if (@('hello', 'invoke', 'exit') -cnotcontains $request['op']) { throw [System.FormatException]::new('unknown op') }
    return $request
}

# --- main --------------------------------------------------------------------------------------
function Invoke-OtjBridge {
    if ($LabModule -and -not (Test-Path -LiteralPath $LabModule -PathType Leaf)) {
        [Console]::Error.WriteLine("otj-bridge: lab module not found: $LabModule")
        return 2
    }
    $line = $script:In.ReadLine()
    if ($null -eq $line) { return 0 }
    $hello = $null
    $problem = 'the first request must be hello'
    try { $hello = Read-Request $line } catch { $problem = $_.Exception.Message }
    if ($null -eq $hello -or $hello['op'] -ne 'hello') {
        $id = $null
        try { $id = Get-RequestId ([OtjJsonReader]::Parse($line)) } catch { $id = $null }
        Send-Malformed $id $problem $true
        return 2
    }
    try {
        $refusal = @(Open-OtjSession $hello)
    } catch {
        $refusal = @(ConvertFrom-ErrorRecord $_)
    }
    if ($refusal.Count -gt 0) {
        Send-Errors $hello['id'] $refusal 'hello'
        return 3
    }
    $names = [string[]]@($script:SessionCommands.Keys)
    [System.Array]::Sort($names, [System.StringComparer]::Ordinal)
    $session = [ordered]@{}
    $session['mode'] = $script:Mode
    $session['psVersion'] = $PSVersionTable.PSVersion.ToString()
    $session['psEdition'] = $(if ($PSVersionTable.ContainsKey('PSEdition')) { [string]$PSVersionTable.PSEdition } else { 'Desktop' })
    $session['commands'] = $names
    $answer = [ordered]@{}
    $answer['v'] = $script:ProtocolVersion
    $answer['id'] = $hello['id']
    $answer['ok'] = $true
    $answer['session'] = $session
    Send-Line ([OtjJson]::ToText($answer))

    while ($true) {
        $line = $script:In.ReadLine()
        if ($null -eq $line) { break }
        if ($line.Trim().Length -eq 0) { continue }
        $request = $null
        try {
            $request = Read-Request $line
        } catch {
            $id = $null
            try { $id = Get-RequestId ([OtjJsonReader]::Parse($line)) } catch { $id = $null }
            Send-Malformed $id $_.Exception.Message $false
            continue
        }
        if ($request['op'] -eq 'exit') { break }
        if ($request['op'] -eq 'hello') { Send-Malformed $request['id'] 'hello was already received' $false; continue }
        try {
            Invoke-OtjRequest $request
        } catch {
            Send-Malformed $request['id'] $_.Exception.Message $false
        }
    }
    return 0
}

$exitCode = 2
try {
    $exitCode = Invoke-OtjBridge
} finally {
    # Exchange limits remote sessions per user: always give ours back.
    if ($null -ne $script:Session) { Remove-PSSession -Session $script:Session -ErrorAction SilentlyContinue }
    if ($script:LabModuleName) {
        $disconnect = Get-Command -Module $script:LabModuleName -Name 'Disconnect-OtjLab' -ErrorAction SilentlyContinue
        if ($null -ne $disconnect) { try { $null = & $disconnect -ErrorAction SilentlyContinue } catch { $null = $_ } }
    }
    $script:Out.Flush()
}
exit $exitCode
