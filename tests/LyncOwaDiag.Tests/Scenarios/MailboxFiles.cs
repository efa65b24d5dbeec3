using System.Globalization;
using System.Text;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Scenarios;

/// <summary>
/// What a collector copies from the mailbox server: manifest, OWA web.config, the IM log, the Application log as
/// EVTX, the registry query and an Exchange Management Shell transcript. CRLF line ends, as Windows writes them.
/// </summary>
internal static class MailboxFiles
{
    private const string ExchangeRoot = @"C:\Program Files\Microsoft\Exchange Server\V15";

    public static IEnumerable<(string Path, byte[] Content)> Write(BundleSpec spec)
    {
        var files = new List<(string, byte[])>
        {
            ("web.config", Bom(WebConfig(spec))),
            ("reg-query-InstantMessaging.txt", Crlf(RegQuery(spec))),
            ("exchange-shell.txt", Crlf(ExchangeShell(spec))),
        };
        if (spec.ImLogFolder)
        {
            files.Add(("Logging/OWA/InstantMessaging/20130514-1.LOG", Bom(ImLog(spec))));
        }

        if (spec.ApplicationLogCollected)
        {
            files.Add(("Application.evtx", EvtxWriter.Write(ApplicationEvents(spec))));
        }

        files.Insert(0, ("manifest.json", Encoding.UTF8.GetBytes(Manifest(spec, files))));
        return files;
    }

    private static DateTime Local(BundleSpec spec, double seconds) => BundleSpec.Start.AddSeconds(seconds + spec.MailboxClockAhead);

    private static string Iso(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static byte[] Bom(string text) => [0xEF, 0xBB, 0xBF, .. Crlf(text)];

    private static byte[] Crlf(string text) => Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n"));

    private static string WebConfig(BundleSpec spec)
    {
        var inside = new StringBuilder();
        var outside = new StringBuilder();
        foreach (var (key, value) in spec.WebConfigKeys)
        {
            if (value is null)
            {
                continue;
            }

            (spec.KeysOutsideAppSettings.Contains(key) ? outside : inside).Append(CultureInfo.InvariantCulture, $"    <add key=\"{key}\" value=\"{value}\" />\n");
        }

        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <configSections>
                <sectionGroup name="system.web.extensions" type="System.Web.Configuration.SystemWebExtensionsSectionGroup" />
              </configSections>
              <appSettings>
                <add key="owin:appStartup" value="Microsoft.Exchange.Clients.Owa2.Server.Core.Startup" />
                <add key="LyncIMSyncLogEnabled" value="true" />
            {inside.ToString().TrimEnd('\n')}
              </appSettings>
              <system.web>
                <compilation defaultLanguage="c#" debug="false" />
            {outside.ToString().TrimEnd('\n')}
              </system.web>
            </configuration>

            """.Replace("\n\n  </appSettings>", "\n  </appSettings>", StringComparison.Ordinal).Replace("\n\n  </system.web>", "\n  </system.web>", StringComparison.Ordinal);
    }

    private static string RegQuery(BundleSpec spec) => spec.RegistryDllPath is { } path
        ? $"""

            HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging
                ImplementationDLLPath    REG_SZ    {path}


            """
        : """
            ERROR: The system was unable to find the specified registry key or value.

            """;

    private static string ImLog(BundleSpec spec)
    {
        var rows = new StringBuilder();
        var startAt = spec.StartBeforeWebConfigChange ? spec.WebConfigWritten.AddMinutes(-30) - BundleSpec.Start : TimeSpan.FromSeconds(58);
        var header = Local(spec, startAt.TotalSeconds - 0.1);
        rows.Append(CultureInfo.InvariantCulture, $"#Software: Microsoft Exchange Server\n#Version: 15.0.0.0\n#Log-type: Sync Logs\n#Date: {Iso(header)}\n#Fields: date-time,thread-id,level,user,subscription-guid,subscription-type,logentry-id,context,property-bag\n");
        void Row(double seconds, int thread, int level, string context)
        {
            var quoted = context.Contains(',', StringComparison.Ordinal) || context.Contains('"', StringComparison.Ordinal) ? "\"" + context.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : context;
            rows.Append(CultureInfo.InvariantCulture, $"{Iso(Local(spec, seconds))},{thread},{level},,,,0,{quoted},\n");
        }

        var started = StartRows(spec, startAt.TotalSeconds, Row);

        foreach (var (user, i) in spec.Users.Where(u => u.LyncEnabled && spec.Startup != ImStart.Idle).Select((u, i) => (u, i)))
        {
            var at = 60 + (i * 60);
            var context = $"User={user.Alias}@{BundleSpec.Domain}, Sip address=sip:{user.Alias}@{BundleSpec.Domain}, Lyncserver={spec.WebConfigKeys.GetValueOrDefault("IMServerName") ?? string.Empty}";
            if (!started && spec.Startup != ImStart.NotStarted)
            {
                // The provider did not start: every first IM request of a user tries again and fails the same way.
                StartRows(spec, at, Row);
                continue;
            }

            Row(at, 31 + i, 5, "DEBUG:InstantMessageOCSProvider.CreateEndpointAndBeginSignIn");
            if (spec.Startup == ImStart.NotStarted || spec.SignInFailure is not null)
            {
                if (spec.SignInFailure is { } failure)
                {
                    Row(at + 0.4, 31 + i, 1, $@"ERROR:InstantMessageOCSProvider.SignInCallback failed. Context {context}, Exception: Microsoft.Rtc.Internal.Ucweb.UcwebException: {failure}\r\n   at Microsoft.Rtc.Internal.Ucweb.UcwebEndpoint.EndEstablish(IAsyncResult result)\r\n   at Microsoft.Exchange.Clients.Owa2.Server.Core.InstantMessageOCSProvider.SignInCallback(IAsyncResult result)");
                }

                Row(at + 0.41, 31 + i, 1, $"ERROR:InstantMessageOCSProvider.GenerateInstantMessageUnavailablePayload. Context: {context}. endPoint: null, MethodName: SignInCallback, InstantMessageServiceError: SignInFailure, Exception: {spec.SignInFailure ?? "null"}");
                Row(at + 0.42, 31 + i, 5, "DEBUG:InstantMessageOCSProvider.GenerateInstantMessageUnavailablePayload. Sending UN response to the client");
                continue;
            }

            Row(at + 0.4, 31 + i, 5, $"DEBUG:InstantMessageOCSProvider.SignInCallback. Context: {context}");
        }

        if (spec.PayloadNotPickedUser is { } lost)
        {
            Row(900, 52, 1, $"ERROR:InstantMessageNotifier.LogPayloadNotPickedEvent. Payload has grown too large without being picked up. User: sip:{lost}@{BundleSpec.Domain}");
        }

        return rows.ToString();
    }

    /// <summary>The start-up rows; true when the endpoint manager came up.</summary>
    private static bool StartRows(BundleSpec spec, double t, Action<double, int, int, string> row)
    {
        const string Init = "InstantMessageOCSProvider.InitializeEndpointManager. ";
        switch (spec.Startup)
        {
            case ImStart.NoRegistry:
                row(t, 27, 1, "ERROR:" + Init + "No registry setting for IM Provider.");
                break;
            case ImStart.DllNotFound:
                row(t, 27, 1, "ERROR:" + Init + "IM provider not found.  File: " + spec.StartDetail);
                break;
            case ImStart.LoadException:
                row(t, 27, 5, "DEBUG:" + Init + "Initializing Endpoint with port number : 5075");
                row(t + 0.2, 27, 1, "ERROR:" + Init + "Exception hit while initializing.  Exception: " + spec.StartDetail);
                break;
            case ImStart.CertificateNotFound:
                row(t, 27, 5, $"DEBUG:IM Certificate with thumbprint {spec.WebConfigKeys["IMCertificateThumbprint"]} could not be found.");
                break;
            case ImStart.CertificateExpired:
                row(t, 27, 5, "DEBUG:IM Certificate has expired.");
                break;
            case ImStart.CertificateNotYetValid:
                row(t, 27, 5, "DEBUG:IM Certificate has not become valid yet.");
                break;
            case ImStart.CertificateNoPrivateKey:
                row(t, 27, 5, "DEBUG:IM Certificate does not have a private key.");
                break;
            case ImStart.DisabledByWebConfig:
                row(t, 27, 5, "DEBUG:Globals.Initialize: OWA2 Instant Messaging integration is disabled by web.config.");
                return false;
            case ImStart.NotStarted:
            case ImStart.Idle:
                return false;
            case ImStart.CertificateExpiring:
                row(t - 0.1, 27, 5, "DEBUG:IM Certificate will expire soon.");
                goto default;
            default:
                row(t + 0.114, 27, 5, "DEBUG:" + Init + "Initializing Endpoint with port number : 5075");
                row(t + 0.640, 27, 5, "DEBUG:" + Init + "EndpointManager initialized successfully");
                row(t + 0.642, 27, 5, "DEBUG:Globals.Initialize: Success!");
                return true;
        }

        row(t + 0.005, 27, 5, "DEBUG:Globals.Initialize: Initialization failed.");
        return false;
    }

    private static List<EvtxEvent> ApplicationEvents(BundleSpec spec)
    {
        var events = new List<(double Seconds, string Provider, ushort Id, byte Level, string[] Data)>
        {
            (-600, "MSExchange Common", 4999, 4, ["1234", "w3wp#MSExchangeOWAAppPool", "M.Exchange.Clients.Owa2.Server", "Microsoft.Exchange.Diagnostics.DiagnosticsConfiguration.Refresh"]),
            (-300, "MSExchangeIS", 9667, 4, ["Mailbox Database 0001"]),
        };
        var owaStart = spec.StartBeforeWebConfigChange ? (spec.WebConfigWritten.AddMinutes(-30) - BundleSpec.Start).TotalSeconds : 58;
        var dll = spec.RegistryDllPath ?? BundleSpec.DllPath;
        var cert = spec.Certificates.FirstOrDefault(c => c.Thumbprint == spec.WebConfigKeys.GetValueOrDefault("IMCertificateThumbprint"));
        IEnumerable<double> Tries() => spec.Users.Where(u => u.LyncEnabled).Select((_, i) => 60.0 + (i * 60));
        switch (spec.Startup)
        {
            case ImStart.NoRegistry:
                events.AddRange(Tries().Select(t => (t, "MSExchange OWA", (ushort)83, (byte)2, new[] { @"HKLM\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging\ImplementationDLLPath", string.Empty })));
                break;
            case ImStart.DllNotFound:
                events.AddRange(Tries().Select(t => (t, "MSExchange OWA", (ushort)84, (byte)2, new[] { spec.StartDetail ?? dll })));
                break;
            case ImStart.LoadException:
                events.AddRange(Tries().Select(t => (t + 0.3, "MSExchange OWA", (ushort)87, (byte)2, new[] { dll, spec.StartDetail ?? string.Empty })));
                break;
            case ImStart.CertificateNotFound:
                events.AddRange(Tries().Select(t => (t, "MSExchange OWA", (ushort)103, (byte)2, new[] { spec.WebConfigKeys["IMCertificateThumbprint"]! })));
                break;
            case ImStart.CertificateExpired:
                events.AddRange(Tries().Select(t => (t, "MSExchange OWA", (ushort)102, (byte)2, new[] { cert?.NotAfter.ToString("M/d/yyyy h:mm:ss tt", CultureInfo.InvariantCulture) ?? string.Empty })));
                break;
            case ImStart.CertificateNotYetValid:
                events.AddRange(Tries().Select(t => (t, "MSExchange OWA", (ushort)104, (byte)2, new[] { cert?.NotBefore.ToString("M/d/yyyy h:mm:ss tt", CultureInfo.InvariantCulture) ?? string.Empty })));
                break;
            case ImStart.CertificateExpiring:
                events.Add((owaStart, "MSExchange OWA", 106, 3, [cert?.NotAfter.ToString("M/d/yyyy h:mm:ss tt", CultureInfo.InvariantCulture) ?? string.Empty]));
                events.Add((owaStart + 0.639, "MSExchange OWA", 112, 4, []));
                break;
            case ImStart.Ok:
                events.Add((owaStart + 0.639, "MSExchange OWA", 112, 4, []));
                break;
        }

        if (spec.SignInFailure is not null)
        {
            events.AddRange(spec.Users.Where(u => u.LyncEnabled).Select((u, i) => (60.0 + (i * 60) + 0.45, "MSExchange OWA", (ushort)88, (byte)2,
                new[] { u.DisplayName, $"sip:{u.Alias}@{BundleSpec.Domain}", spec.SignInFailure })));
        }

        if (spec.PayloadNotPickedUser is { } lost)
        {
            events.Add((900.1, "MSExchange OWA", 74, 2, [$"sip:{lost}@{BundleSpec.Domain}"]));
        }

        if (spec.UpdateInstalled is { } update)
        {
            events.Add((-3600, "MsiInstaller", 1022, 4, [update, "(NULL)", "(NULL)", "(NULL)"]));
        }

        return events.OrderBy(e => e.Seconds).Select((e, i) => new EvtxEvent(e.Provider, e.Id, e.Level switch { 2 => (ushort)0xC000, 3 => (ushort)0x8000, _ => (ushort)0x4000 }, e.Level,
            e.Provider == "MSExchange OWA" ? (ushort)9 : (ushort)0, Local(spec, e.Seconds), (ulong)(48211 + i), "Application", BundleSpec.MailboxFqdn, e.Data)).ToList();
    }

    private static string ExchangeShell(BundleSpec spec)
    {
        var sb = new StringBuilder();
        void Command(string command) => sb.Append(CultureInfo.InvariantCulture, $"[PS] C:\\Windows\\system32>{command}\n\n");
        void Object(params (string Name, string Value)[] properties)
        {
            var width = properties.Max(p => p.Name.Length);
            foreach (var (name, value) in properties)
            {
                sb.Append(name.PadRight(width)).Append(" :").Append(value.Length == 0 ? string.Empty : " " + value).Append('\n');
            }

            sb.Append('\n');
        }

        string Date(DateTime d) => d.ToString("M/d/yyyy h:mm:ss tt", CultureInfo.InvariantCulture);
        var release = spec.ExchangeVersion.Split('.');
        var display = $"Version {release[0]}.{release[1]} (Build {release[2]}.{release[3]})";

        Command("Get-ExchangeServer | fl Name,Fqdn,ServerRole,AdminDisplayVersion");
        Object(("Name", BundleSpec.Mailbox), ("Fqdn", BundleSpec.MailboxFqdn), ("ServerRole", "Mailbox, ClientAccess"), ("AdminDisplayVersion", display));
        if (spec.Exchange2010Server)
        {
            Object(("Name", "ATL-EX2010"), ("Fqdn", "atl-ex2010.litwareinc.com"), ("ServerRole", "Mailbox, ClientAccess, HubTransport"), ("AdminDisplayVersion", "Version 14.3 (Build 123.4)"));
        }
        Command("Get-ExchangeCertificate | fl Thumbprint,Subject,CertificateDomains,HasPrivateKey,NotBefore,NotAfter,Services,Status");
        foreach (var c in spec.Certificates)
        {
            Object(("Thumbprint", c.Thumbprint), ("Subject", "CN=" + c.Domains[0]), ("CertificateDomains", "{" + string.Join(", ", c.Domains) + "}"),
                ("HasPrivateKey", c.HasPrivateKey ? "True" : "False"), ("NotBefore", Date(c.NotBefore)), ("NotAfter", Date(c.NotAfter)), ("Services", c.Services), ("Status", "Valid"));
        }

        Command("Get-OwaVirtualDirectory | fl Identity,Name,InstantMessagingEnabled,InstantMessagingType,InstantMessagingServerName,InstantMessagingCertificateThumbprint,InternalUrl");
        Object(("Identity", $@"{BundleSpec.Mailbox}\owa (Default Web Site)"), ("Name", "owa (Default Web Site)"), ("InstantMessagingEnabled", spec.VdirImEnabled ? "True" : "False"),
            ("InstantMessagingType", spec.VdirImType), ("InstantMessagingServerName", spec.VdirImServerName), ("InstantMessagingCertificateThumbprint", string.Empty), ("InternalUrl", $"https://{BundleSpec.MailboxFqdn}/owa"));
        Object(("Identity", $@"{BundleSpec.Mailbox}\owa (Exchange Back End)"), ("Name", "owa (Exchange Back End)"), ("InstantMessagingEnabled", spec.BackEndVdirImEnabled ? "True" : "False"),
            ("InstantMessagingType", spec.BackEndVdirImEnabled ? "Ocs" : "None"), ("InstantMessagingServerName", string.Empty), ("InstantMessagingCertificateThumbprint", string.Empty), ("InternalUrl", $"https://{BundleSpec.MailboxFqdn}:444/owa"));
        Command("Get-OwaMailboxPolicy | fl Name,IsDefault,InstantMessaging*");
        Object(("Name", "Default"), ("IsDefault", "True"), ("InstantMessagingEnabled", spec.PolicyImEnabled ? "True" : "False"), ("InstantMessagingType", spec.PolicyImType));
        Command("Get-UMDialPlan | fl Name,URIType,NumberOfDigitsInExtension");
        if (spec.UmDialPlanServed is not null)
        {
            Object(("Name", "Atlanta SIP Dial Plan"), ("URIType", "SipName"), ("NumberOfDigitsInExtension", "5"));
        }

        Command("Get-UMService | fl Name,Fqdn,DialPlans,UMStartupMode,AdminDisplayVersion");
        Object(("Name", BundleSpec.Mailbox), ("Fqdn", BundleSpec.MailboxFqdn), ("DialPlans", spec.UmDialPlanServed == true ? "{Atlanta SIP Dial Plan}" : "{}"), ("UMStartupMode", "TLS"), ("AdminDisplayVersion", display));
        Command("Get-Mailbox | fl Alias,PrimarySmtpAddress,EmailAddresses");
        foreach (var u in spec.Users)
        {
            var addresses = (u.SipProxyAddress ? $"SIP:{u.Alias}@{BundleSpec.Domain}, " : string.Empty) + $"SMTP:{u.Alias}@{BundleSpec.Domain}";
            Object(("Alias", u.Alias), ("PrimarySmtpAddress", $"{u.Alias}@{BundleSpec.Domain}"), ("EmailAddresses", "{" + addresses + "}"));
        }

        return sb.ToString();
    }

    private static string Manifest(BundleSpec spec, List<(string Path, byte[] Content)> files)
    {
        string Source(string path) => path switch
        {
            "web.config" => ExchangeRoot + @"\ClientAccess\Owa\web.config",
            _ when path.StartsWith("Logging/", StringComparison.Ordinal) => ExchangeRoot + @"\" + path.Replace('/', '\\'),
            "Application.evtx" => @"(wevtutil epl Application)",
            _ => "(command output)",
        };
        DateTime Written(string path) => path == "web.config" ? spec.WebConfigWritten : path.StartsWith("Logging/", StringComparison.Ordinal) ? Local(spec, 960) : BundleSpec.Start.AddMinutes(44);

        var items = string.Join(",\n", files.Select(f =>
            $$"""
                {
                  "path": "{{f.Path}}",
                  "sourcePath": "{{Source(f.Path).Replace(@"\", @"\\", StringComparison.Ordinal)}}",
                  "size": {{f.Content.Length}},
                  "lastWriteTime": "{{Written(f.Path).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}}"
                }
            """));
        var imFolder = (ExchangeRoot + @"\Logging\OWA\InstantMessaging").Replace(@"\", @"\\", StringComparison.Ordinal);
        var entries = spec.ImLogFolder ? "\n        \"20130514-1.LOG\"\n      " : string.Empty;
        return $$"""
            {
              "schema": "lyncowadiag-bundle/1",
              "host": "{{BundleSpec.Mailbox}}",
              "role": "mailbox",
              "collectedAt": "2013-05-14T10:05:00Z",
              "exchangeVersion": "{{spec.ExchangeVersion}}",
              "items": [
            {{items}}
              ],
              "listings": [
                {
                  "folder": "{{imFolder}}",
                  "exists": {{(spec.ImLogFolder ? "true" : "false")}},
                  "entries": [{{entries}}]
                }
              ]
            }

            """;
    }
}
