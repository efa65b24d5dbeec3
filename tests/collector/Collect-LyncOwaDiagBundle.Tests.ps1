# Pester tests of the collector, run by .ci/run with PowerShell 7 and Pester from NuGet. The Exchange and Lync
# cmdlets, wevtutil and reg are mocked; the server is a folder under TestDrive. LYNCOWADIAG_CLI names the built
# lyncowadiag (.dll) that triages the zip at the end; .ci/run sets it.

BeforeAll {
    $script:Collector = Join-Path $PSScriptRoot '..' '..' 'src' 'LyncOwaDiag.Collector' 'Collect-LyncOwaDiagBundle.ps1'
    $script:Scenario = Join-Path $PSScriptRoot '..' '..' 'sample-traces' 'scenarios' 'healthy' 'bundle'

    # Stubs, so that the commands exist to be mocked on a machine with neither Exchange nor Lync.
    foreach ($name in 'Get-ExchangeServer', 'Get-ExchangeCertificate', 'Get-OwaVirtualDirectory', 'Get-OwaMailboxPolicy', 'Get-Mailbox',
        'Get-CsTrustedApplicationPool', 'Get-CsTrustedApplication', 'Get-CsSite', 'Get-CsUser') {
        Set-Item -Path "function:global:$name" -Value { param([string] $Identity) }
    }

    foreach ($name in 'wevtutil', 'reg') {
        Set-Item -Path "function:global:$name" -Value { param([Parameter(ValueFromRemainingArguments = $true)] $Rest) }
    }

    function script:Expand-Bundle([string] $Zip) {
        $folder = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        Expand-Archive -LiteralPath $Zip -DestinationPath $folder
        $folder
    }

    function script:Get-Tree([string] $Folder) {
        Get-ChildItem -LiteralPath $Folder -Recurse -File | ForEach-Object { "$($_.FullName)|$($_.Length)|$($_.LastWriteTimeUtc.Ticks)|$((Get-FileHash -LiteralPath $_.FullName).Hash)" } | Sort-Object
    }
}

Describe 'Collect-LyncOwaDiagBundle on a mailbox server' {
    BeforeAll {
        $script:Exchange = Join-Path $TestDrive 'Exchange'
        $im = New-Item -ItemType Directory -Force -Path (Join-Path $Exchange 'Logging/OWA/InstantMessaging')
        $owa = New-Item -ItemType Directory -Force -Path (Join-Path $Exchange 'ClientAccess/Owa')
        Copy-Item (Join-Path $Scenario 'ATL-MBX-001/Logging/OWA/InstantMessaging/*.LOG') $im
        $old = Copy-Item (Join-Path $Scenario 'ATL-MBX-001/Logging/OWA/InstantMessaging/*.LOG') (Join-Path $im 'OLD-1.LOG') -PassThru
        $old.LastWriteTime = (Get-Date).AddDays(-30)
        Copy-Item (Join-Path $Scenario 'ATL-MBX-001/web.config') $owa
        $script:ServerBefore = Get-Tree $Exchange

        Mock Get-ExchangeServer { [pscustomobject]@{ Name = 'ATL-MBX-001'; Fqdn = 'atl-mbx-001.litwareinc.com'; ServerRole = 'Mailbox, ClientAccess'; AdminDisplayVersion = 'Version 15.0 (Build 1497.2)' } }
        Mock Get-ExchangeCertificate { [pscustomobject]@{ Thumbprint = '7A3F9C2E5D1B4A6F8E0C2B4D6F8A0C2E4B6D8F01'; Subject = 'CN=mail.litwareinc.com'; CertificateDomains = @('mail.litwareinc.com', 'atl-mbx-001.litwareinc.com'); HasPrivateKey = $true; NotBefore = [datetime]'2013-03-05'; NotAfter = [datetime]'2015-03-05'; Services = 'IIS, SMTP'; Status = 'Valid' } }
        Mock Get-OwaVirtualDirectory { [pscustomobject]@{ Identity = 'ATL-MBX-001\owa (Default Web Site)'; Name = 'owa (Default Web Site)'; InstantMessagingEnabled = $true; InstantMessagingType = 'Ocs'; InstantMessagingServerName = 'atl-cs-001.litwareinc.com'; InstantMessagingCertificateThumbprint = '7A3F9C2E5D1B4A6F8E0C2B4D6F8A0C2E4B6D8F01'; InternalUrl = 'https://mail.litwareinc.com/owa' } }
        Mock Get-OwaMailboxPolicy { [pscustomobject]@{ Name = 'Default'; IsDefault = $true; InstantMessagingEnabled = $true; InstantMessagingType = 'Ocs' } }
        Mock Get-Mailbox { [pscustomobject]@{ Alias = 'kim'; PrimarySmtpAddress = $Identity; EmailAddresses = @("SMTP:$Identity", "SIP:$Identity") } }
        Mock wevtutil {
            if ($Rest[0] -eq 'epl') { Copy-Item (Join-Path $Scenario 'ATL-MBX-001/Application.evtx') $Rest[2] }
            $global:LASTEXITCODE = 0
        }
        Mock reg { "", "HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging", "    ImplementationDLLPath    REG_SZ    C:\Program Files\Microsoft UCMA 4.0\Runtime\SSP\Microsoft.Rtc.Internal.Ucweb.dll", "" }

        $script:Zip = & $Collector -Role Mailbox -User 'sip:kim@litwareinc.com' -ExchangeInstallPath $Exchange -OutputPath (Join-Path $TestDrive 'out') -ComputerName 'ATL-MBX-001' 3>$null
        $script:Bundle = Expand-Bundle $Zip
        $script:Manifest = Get-Content -Raw (Join-Path $Bundle 'manifest.json') | ConvertFrom-Json -DateKind String
    }

    It 'writes one zip named after the host' {
        $Zip | Should -Match 'LyncOwaDiag-ATL-MBX-001-\d{14}\.zip$'
        Test-Path $Zip | Should -BeTrue
    }

    It 'collects the recent IM logs, web.config, the Application log, the cmdlet output and the registry key' {
        Test-Path (Join-Path $Bundle 'Logging/OWA/InstantMessaging/20130514-1.LOG') | Should -BeTrue
        Test-Path (Join-Path $Bundle 'Logging/OWA/InstantMessaging/OLD-1.LOG') | Should -BeFalse
        Test-Path (Join-Path $Bundle 'web.config') | Should -BeTrue
        Test-Path (Join-Path $Bundle 'Application.evtx') | Should -BeTrue
        Should -Invoke wevtutil -ParameterFilter { $Rest[0] -eq 'al' } -Times 1 -Exactly -Scope Describe
        $shell = Get-Content -Raw (Join-Path $Bundle 'exchange-shell.txt')
        $shell | Should -Match '\[PS\] C:\\Windows\\system32>Get-OwaVirtualDirectory \| fl Identity,Name,InstantMessagingEnabled'
        $shell | Should -Match 'InstantMessagingServerName\s+: atl-cs-001\.litwareinc\.com'
        $shell | Should -Match 'Get-Mailbox -Identity kim@litwareinc\.com'
        Get-Content -Raw (Join-Path $Bundle 'reg-query-InstantMessaging.txt') | Should -Match 'ImplementationDLLPath\s+REG_SZ'
    }

    It 'writes the manifest of docs/formats.md#bundle-manifest: host, role, version, items with server path and time, listings, what was not collected' {
        $Manifest.schema | Should -Be 'lyncowadiag-bundle/1'
        $Manifest.host | Should -Be 'ATL-MBX-001'
        $Manifest.role | Should -Be 'mailbox'
        $Manifest.exchangeVersion | Should -Be '15.0.1497.2'
        $Manifest.collectedAt | Should -Match '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$'
        $web = $Manifest.items | Where-Object path -eq 'web.config'
        $web.sourcePath | Should -Be (Join-Path $Exchange 'ClientAccess/Owa' 'web.config')
        $web.lastWriteTime | Should -Match 'Z$'
        $web.size | Should -Be (Get-Item (Join-Path $Bundle 'web.config')).Length
        ($Manifest.listings | Where-Object folder -like '*InstantMessaging').entries | Should -Be @('20130514-1.LOG', 'OLD-1.LOG')
        ($Manifest.notCollected | Where-Object what -like 'Get-UMDialPlan*').why | Should -Match 'not available'
    }

    It 'changes nothing on the server and leaves no staging folder behind' {
        Get-Tree $Exchange | Should -Be $ServerBefore
        Get-ChildItem ([System.IO.Path]::GetTempPath()) -Directory -Filter 'LyncOwaDiag-*' | Should -BeNullOrEmpty
    }

    It 'produces a zip that lyncowadiag triages cleanly' -Skip:(-not $env:LYNCOWADIAG_CLI) {
        # Skipped only where LYNCOWADIAG_CLI is not set (a hand run); .ci/run always sets it.
        $report = Join-Path $TestDrive 'triage.json'
        & dotnet $env:LYNCOWADIAG_CLI triage $Zip --quiet --report $report | Out-Null
        $LASTEXITCODE | Should -BeIn @(0, 1)
        $json = Get-Content -Raw $report | ConvertFrom-Json
        @($json.inputs | Where-Object { $_.skipped }) | Should -BeNullOrEmpty
        ($json.inputs | Where-Object file -like '*Application.evtx').events | Should -BeGreaterThan 0
        ($json.inputs | Where-Object file -like '*exchange-shell.txt').events | Should -BeGreaterThan 0
        $json.verdict | Should -Not -Be 'inconclusive'
    }
}

Describe 'Collect-LyncOwaDiagBundle on a Front End' {
    BeforeAll {
        $script:Trace = New-Item -ItemType Directory -Force -Path (Join-Path $TestDrive 'traces')
        Copy-Item (Join-Path $PSScriptRoot '..' '..' 'sample-traces' 'formats' 'sipstack' 'ocslogger-register-invite-diagnostics.txt') $Trace

        Mock Get-CsTrustedApplicationPool { [pscustomobject]@{ Identity = 'TrustedApplicationPool:atl-mbx-001.litwareinc.com'; Registrar = 'Registrar:atl-cs-001.litwareinc.com'; Site = 'Site:Atlanta'; PoolFqdn = 'atl-mbx-001.litwareinc.com'; Applications = @('urn:application:outlookwebapp') } }
        Mock Get-CsTrustedApplication { [pscustomobject]@{ Identity = 'atl-mbx-001.litwareinc.com/urn:application:outlookwebapp'; ApplicationId = 'urn:application:outlookwebapp'; TrustedApplicationPoolFqdn = 'atl-mbx-001.litwareinc.com'; Port = 5199 } }
        Mock Get-CsSite { [pscustomobject]@{ Identity = 'Site:Atlanta'; SiteId = 1; DisplayName = 'Atlanta' } }
        Mock Get-CsUser { [pscustomobject]@{ Identity = 'CN=Kim Akers,OU=Users,DC=litwareinc,DC=com'; SipAddress = $Identity; Enabled = $true; RegistrarPool = 'atl-cs-001.litwareinc.com'; LineURI = '' } }
        Mock wevtutil { $global:LASTEXITCODE = 5 }

        $script:Zip = & $Collector -Role FrontEnd -User 'kim@litwareinc.com' -SipStackTracePath $Trace, (Join-Path $TestDrive 'missing.txt') -OutputPath (Join-Path $TestDrive 'out-fe') -ComputerName 'ATL-CS-001' 3>$null
        $script:Bundle = Expand-Bundle $Zip
        $script:Manifest = Get-Content -Raw (Join-Path $Bundle 'manifest.json') | ConvertFrom-Json -DateKind String
    }

    It 'collects the Lync cmdlet output for the named users and the SIPStack traces' {
        $shell = Get-Content -Raw (Join-Path $Bundle 'lync-shell.txt')
        $shell | Should -Match 'PS C:\\Users\\admin> Get-CsTrustedApplicationPool \| fl'
        $shell | Should -Match 'Get-CsUser -Identity sip:kim@litwareinc\.com'
        $shell | Should -Match 'TrustedApplicationPoolFqdn\s+: atl-mbx-001\.litwareinc\.com'
        Test-Path (Join-Path $Bundle 'SIPStack/ocslogger-register-invite-diagnostics.txt') | Should -BeTrue
        $Manifest.role | Should -Be 'frontend'
    }

    It 'notes what it could not collect, and goes on' {
        ($Manifest.notCollected | Where-Object what -eq 'Lync Server event log').why | Should -Match 'wevtutil epl exited 5'
        ($Manifest.notCollected | Where-Object what -like '*missing.txt').why | Should -Be 'no such file or folder'
        Test-Path (Join-Path $Bundle 'LyncServer.evtx') | Should -BeFalse
    }
}
