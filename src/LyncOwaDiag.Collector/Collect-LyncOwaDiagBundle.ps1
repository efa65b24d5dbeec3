<#
.SYNOPSIS
    Collects what LyncOwaDiag reads from an Exchange mailbox server or a Lync / Skype for Business Front End, into
    one zip with a manifest.json.

.DESCRIPTION
    Read-only on the server: it copies logs and configuration, exports event logs with wevtutil and runs Get-
    cmdlets; it changes nothing. Everything goes to a staging folder under the temp folder, then into
    LyncOwaDiag-<host>-<yyyyMMddHHmmss>.zip in -OutputPath, and the staging folder is removed.

    Mailbox server (Exchange Management Shell): the OWA InstantMessaging logs of the last -Days days, the
    Application log as EVTX with its display information (wevtutil epl + al), ClientAccess\Owa\web.config, the
    output of Get-ExchangeServer, Get-ExchangeCertificate, Get-OwaVirtualDirectory, Get-OwaMailboxPolicy,
    Get-UMDialPlan, Get-UMService and Get-Mailbox for the -User addresses (Format-List text, as LyncOwaDiag reads it),
    and the registry key MSExchange OWA\InstantMessaging (reg query).

    Front End (Lync Server Management Shell): the "Lync Server" event log as EVTX with display information,
    Get-CsTrustedApplicationPool, Get-CsTrustedApplication, Get-CsSite, Get-CsUser for the -User addresses, and the
    SIPStack trace files or folders named by -SipStackTracePath (OCSLogger or Search-CsClsLogging output).

    manifest.json lists each collected file with its path on the server, size and last-write time (UTC), the
    listings of the folders that matter (so that "not there" can be told from "not collected"), the product
    version, and what could not be collected and why.

.EXAMPLE
    .\Collect-LyncOwaDiagBundle.ps1 -Role Mailbox -User kim@litwareinc.com -OutputPath D:\Temp

.EXAMPLE
    .\Collect-LyncOwaDiagBundle.ps1 -Role FrontEnd -User sip:kim@litwareinc.com -SipStackTracePath C:\Traces\owa.txt
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [ValidateSet('Mailbox', 'FrontEnd')]
    [string] $Role,

    # Users whose Lync account (Front End) or mailbox (mailbox server) to include, as SIP or SMTP addresses.
    [string[]] $User = @(),

    # SIPStack trace output to include (Front End): files, or folders whose files are taken.
    [string[]] $SipStackTracePath = @(),

    # Exchange install folder; by default the one Exchange Setup put in the environment.
    [string] $ExchangeInstallPath = $env:ExchangeInstallPath,

    # OWA IM logs written in the last this many days.
    [ValidateRange(1, 365)]
    [int] $Days = 7,

    [string] $OutputPath = (Get-Location).Path,

    [string] $ComputerName = $(if ($env:COMPUTERNAME) { $env:COMPUTERNAME } else { [System.Net.Dns]::GetHostName() })
)

Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'

$utf8 = New-Object System.Text.UTF8Encoding $false
$stamp = (Get-Date).ToUniversalTime()
$staging = Join-Path ([System.IO.Path]::GetTempPath()) ("LyncOwaDiag-" + [guid]::NewGuid().ToString('N'))
$items = New-Object System.Collections.ArrayList
$listings = New-Object System.Collections.ArrayList
$notCollected = New-Object System.Collections.ArrayList

function ConvertTo-UtcText([datetime] $Time) {
    $Time.ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ', [System.Globalization.CultureInfo]::InvariantCulture)
}

function Add-Item([string] $RelativePath, [string] $SourcePath, [Nullable[datetime]] $LastWriteTime) {
    $file = Get-Item -LiteralPath (Join-Path $staging $RelativePath)
    $entry = [ordered]@{ path = $RelativePath.Replace('\', '/'); sourcePath = $SourcePath; size = $file.Length }
    if ($LastWriteTime) { $entry.lastWriteTime = ConvertTo-UtcText $LastWriteTime }
    [void] $items.Add($entry)
}

function Add-NotCollected([string] $What, [string] $Why) {
    Write-Warning "not collected: $What ($Why)"
    [void] $notCollected.Add([ordered]@{ what = $What; why = $Why })
}

function Add-Listing([string] $Folder) {
    $exists = Test-Path -LiteralPath $Folder -PathType Container
    $entries = @()
    if ($exists) { $entries = @(Get-ChildItem -LiteralPath $Folder -File | Sort-Object Name | ForEach-Object { $_.Name }) }
    [void] $listings.Add([ordered]@{ folder = $Folder; exists = $exists; entries = $entries })
}

function Copy-ServerFile([string] $Source, [string] $RelativePath) {
    $target = Join-Path $staging $RelativePath
    New-Item -ItemType Directory -Force -Path (Split-Path $target -Parent) | Out-Null
    Copy-Item -LiteralPath $Source -Destination $target
    Add-Item $RelativePath $Source (Get-Item -LiteralPath $Source).LastWriteTime
}

# Each command's output as Format-List text under a prompt line, the shape LyncOwaDiag recognises; a cmdlet that
# does not exist here (UM cmdlets on Exchange 2019) or fails is noted in the manifest, not fatal.
function Write-ShellTranscript([string] $RelativePath, [string] $Prompt, [object[]] $Commands) {
    $text = New-Object System.Text.StringBuilder
    foreach ($command in $Commands) {
        $name = $command['Name']
        $properties = $command['Properties']
        if (-not (Get-Command $name -ErrorAction SilentlyContinue)) {
            Add-NotCollected "$name output" 'the cmdlet is not available in this shell'
            continue
        }
        try {
            $arguments = $command['Arguments']
            if (-not $arguments) { $arguments = @{} }
            $objects = @(& $name @arguments)
            $shown = if ($properties) { $objects | Format-List -Property $properties } else { $objects | Format-List }
            $line = "$name$($command['Display']) | fl$(if ($properties) { ' ' + ($properties -join ',') })"
            [void] $text.Append($Prompt).Append($line).Append("`r`n")
            [void] $text.Append(($shown | Out-String -Width 4096).TrimEnd()).Append("`r`n`r`n")
        }
        catch {
            Add-NotCollected "$name output" $_.Exception.Message
        }
    }
    [System.IO.File]::WriteAllText((Join-Path $staging $RelativePath), $text.ToString(), $utf8)
    Add-Item $RelativePath '(command output)' $stamp
}

# A native command's output, its error text included, as lines. Windows PowerShell 5.1 turns a native command's
# stderr into a terminating error under ErrorActionPreference Stop: here it stays text, and the exit code decides.
function Invoke-Native([scriptblock] $Command) {
    $global:LASTEXITCODE = 0
    $ErrorActionPreference = 'Continue'
    @(& $Command 2>&1 | ForEach-Object { "$_" })
}

# wevtutil: epl exports the log, al adds the display information (LocaleMetaData\<name>_<LCID>.MTA) beside it.
function Export-EventLog([string] $LogName, [string] $FileName) {
    $target = Join-Path $staging $FileName
    try {
        $said = Invoke-Native { wevtutil epl $LogName $target }
        if ($LASTEXITCODE -ne 0) { throw "wevtutil epl exited $LASTEXITCODE $said".Trim() }
        $said = Invoke-Native { wevtutil al $target /l:en-US }
        if ($LASTEXITCODE -ne 0) { Add-NotCollected "$LogName display information" "wevtutil al exited $LASTEXITCODE" }
        Add-Item $FileName "(wevtutil epl $LogName)" $stamp
        $metadata = Join-Path $staging 'LocaleMetaData'
        if (Test-Path -LiteralPath $metadata) {
            Get-ChildItem -LiteralPath $metadata -File | ForEach-Object { Add-Item ("LocaleMetaData/" + $_.Name) "(wevtutil al $FileName)" $stamp }
        }
    }
    catch {
        Add-NotCollected "$LogName event log" $_.Exception.Message
    }
}

function Collect-Mailbox {
    if (-not $ExchangeInstallPath) { throw 'ExchangeInstallPath is not set: run this in the Exchange Management Shell or pass -ExchangeInstallPath' }
    $imFolder = Join-Path $ExchangeInstallPath 'Logging\OWA\InstantMessaging'
    $owaFolder = Join-Path $ExchangeInstallPath 'ClientAccess\Owa'
    Add-Listing $imFolder
    Add-Listing $owaFolder

    $since = (Get-Date).AddDays(-$Days)
    if (Test-Path -LiteralPath $imFolder) {
        Get-ChildItem -LiteralPath $imFolder -File | Where-Object { $_.LastWriteTime -ge $since } | Sort-Object Name | ForEach-Object {
            Copy-ServerFile $_.FullName ("Logging/OWA/InstantMessaging/" + $_.Name)
        }
    }
    else { Add-NotCollected 'OWA InstantMessaging logs' "no folder $imFolder" }

    $webConfig = Join-Path $owaFolder 'web.config'
    if (Test-Path -LiteralPath $webConfig) { Copy-ServerFile $webConfig 'web.config' }
    else { Add-NotCollected 'OWA web.config' "no file $webConfig" }

    Export-EventLog 'Application' 'Application.evtx'

    $commands = @(
        @{ Name = 'Get-ExchangeServer'; Properties = @('Name', 'Fqdn', 'ServerRole', 'AdminDisplayVersion') },
        @{ Name = 'Get-ExchangeCertificate'; Properties = @('Thumbprint', 'Subject', 'CertificateDomains', 'HasPrivateKey', 'NotBefore', 'NotAfter', 'Services', 'Status') },
        @{ Name = 'Get-OwaVirtualDirectory'; Properties = @('Identity', 'Name', 'InstantMessagingEnabled', 'InstantMessagingType', 'InstantMessagingServerName', 'InstantMessagingCertificateThumbprint', 'InternalUrl') },
        @{ Name = 'Get-OwaMailboxPolicy'; Properties = @('Name', 'IsDefault', 'InstantMessaging*') },
        @{ Name = 'Get-UMDialPlan'; Properties = @('Name', 'URIType', 'NumberOfDigitsInExtension') },
        @{ Name = 'Get-UMService'; Properties = @('Name', 'Fqdn', 'DialPlans', 'UMStartupMode', 'AdminDisplayVersion') }
    )
    foreach ($address in $User) {
        $smtp = $address -replace '^sip:', ''
        $commands += @{ Name = 'Get-Mailbox'; Arguments = @{ Identity = $smtp }; Display = " -Identity $smtp"; Properties = @('Alias', 'PrimarySmtpAddress', 'EmailAddresses') }
    }
    Write-ShellTranscript 'exchange-shell.txt' '[PS] C:\Windows\system32>' $commands

    $key = 'HKLM\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging'
    try {
        # "ERROR: The system was unable to find the specified registry key or value." is an answer too: kept.
        $output = (Invoke-Native { reg query $key }) -join "`r`n"
        [System.IO.File]::WriteAllText((Join-Path $staging 'reg-query-InstantMessaging.txt'), "`r`n$output`r`n", $utf8)
        Add-Item 'reg-query-InstantMessaging.txt' '(command output)' $stamp
    }
    catch {
        Add-NotCollected 'reg query MSExchange OWA\InstantMessaging' $_.Exception.Message
    }

    $server = Get-Command Get-ExchangeServer -ErrorAction SilentlyContinue
    if ($server) {
        $version = (Get-ExchangeServer -Identity $ComputerName).AdminDisplayVersion
        if ("$version" -match 'Version (\d+)\.(\d+) \(Build (\d+)\.(\d+)\)') { return "$($Matches[1]).$($Matches[2]).$($Matches[3]).$($Matches[4])" }
        return "$version"
    }
    return $null
}

function Collect-FrontEnd {
    Export-EventLog 'Lync Server' 'LyncServer.evtx'

    $commands = @(
        @{ Name = 'Get-CsTrustedApplicationPool' },
        @{ Name = 'Get-CsTrustedApplication' },
        @{ Name = 'Get-CsSite'; Properties = @('Identity', 'SiteId', 'DisplayName') }
    )
    foreach ($address in $User) {
        $sip = if ($address -like 'sip:*') { $address } else { "sip:$address" }
        $commands += @{ Name = 'Get-CsUser'; Arguments = @{ Identity = $sip }; Display = " -Identity $sip"; Properties = @('Identity', 'SipAddress', 'Enabled', 'RegistrarPool', 'LineURI') }
    }
    Write-ShellTranscript 'lync-shell.txt' 'PS C:\Users\admin> ' $commands

    foreach ($path in $SipStackTracePath) {
        if (Test-Path -LiteralPath $path -PathType Container) {
            Get-ChildItem -LiteralPath $path -File | Sort-Object Name | ForEach-Object { Copy-ServerFile $_.FullName ("SIPStack/" + $_.Name) }
        }
        elseif (Test-Path -LiteralPath $path) { Copy-ServerFile $path ("SIPStack/" + (Split-Path $path -Leaf)) }
        else { Add-NotCollected "SIPStack trace $path" 'no such file or folder' }
    }

    if (Get-Command Get-CsServerVersion -ErrorAction SilentlyContinue) {
        if ("$(Get-CsServerVersion)" -match '(\d+\.\d+\.\d+\.\d+)') { return $Matches[1] }
    }
    return $null
}

New-Item -ItemType Directory -Path $staging | Out-Null
try {
    if ($Role -eq 'Mailbox') { $version = Collect-Mailbox } else { $version = Collect-FrontEnd }

    $manifest = [ordered]@{
        schema      = 'lyncowadiag-bundle/1'
        host        = $ComputerName
        role        = $Role.ToLowerInvariant()
        collectedAt = ConvertTo-UtcText $stamp
    }
    if ($Role -eq 'Mailbox') { $manifest.exchangeVersion = $version } else { $manifest.lyncVersion = $version }
    $manifest.items = @($items)
    $manifest.listings = @($listings)
    $manifest.notCollected = @($notCollected)
    [System.IO.File]::WriteAllText((Join-Path $staging 'manifest.json'), ($manifest | ConvertTo-Json -Depth 6), $utf8)

    New-Item -ItemType Directory -Force -Path $OutputPath | Out-Null
    $zip = Join-Path (Resolve-Path -LiteralPath $OutputPath).Path ("LyncOwaDiag-{0}-{1}.zip" -f $ComputerName, $stamp.ToString('yyyyMMddHHmmss'))
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    [System.IO.Compression.ZipFile]::CreateFromDirectory($staging, $zip)
    Write-Output $zip
}
finally {
    Remove-Item -LiteralPath $staging -Recurse -Force -ErrorAction SilentlyContinue
}
