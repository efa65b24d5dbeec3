using System.Globalization;
using System.Text;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// Other material admins attach: the HttpProxy OWA log (users did sign in to OWA), Managed Availability's
/// OWA.Protocol.Dep alerts (the only place Exchange 2013 reports missing web.config keys), setup events of a
/// Cumulative Update, the time service's warning in the System log.
/// </summary>
internal static class SupportingLogs
{
    /// <summary>An HttpProxy OWA log (Exchange "#Fields" format, a subset of its fields) with one row per user request.</summary>
    public static byte[] HttpProxyOwa(CorpusHost host, IEnumerable<(DateTime At, CorpusUser User, string Action)> requests)
    {
        var text = new StringBuilder();
        var first = requests.Min(r => r.At);
        text.Append("#Software: Microsoft Exchange Server\r\n#Version: 15.00.1497.002\r\n#Log-type: HttpProxy Logs\r\n");
        text.Append(CultureInfo.InvariantCulture, $"#Date: {first:yyyy-MM-ddTHH:mm:ss.fff}Z\r\n");
        text.Append("#Fields: DateTime,RequestId,Protocol,UrlHost,UrlStem,ProtocolAction,AuthenticationType,IsAuthenticated,AuthenticatedUser,UserAgent,ClientIpAddress,ServerHostName,HttpStatus,BackEndStatus,Method,TargetServer,TotalRequestTime\r\n");
        var n = 0;
        foreach (var (at, user, action) in requests.OrderBy(r => r.At))
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{at:yyyy-MM-ddTHH:mm:ss.fff}Z,{Guid.Parse($"0000{n++:x4}-1a2b-4c3d-8e9f-0a1b2c3d4e5f")},Owa,mail.{user.Domain},/owa/service.svc,{action},Fba,True,CORP\\{user.Alias},Mozilla/5.0 (Windows NT 10.0; Win64; x64; Trident/7.0; rv:11.0) like Gecko,10.0.5.{40 + n},{host.NetBios},200,200,POST,{host.Fqdn},{31 + n}\r\n");
        }

        return TextEncodings.Bytes(text.ToString(), TextEncoding.Utf8);
    }

    /// <summary>The HttpProxy item of a mailbox part, as collector and hand both name it.</summary>
    public static BundleItem HttpProxyItem(CorpusHost host, IEnumerable<(DateTime At, CorpusUser User, string Action)> requests, DateTime written) =>
        new($"logs/HttpProxy/Owa/HttpProxy_{IncidentDay.LogDay()}13-1.LOG", $"HttpProxy_{IncidentDay.LogDay()}13-1.LOG",
            $@"C:\Program Files\Microsoft\Exchange Server\V15\Logging\HttpProxy\Owa\HttpProxy_{IncidentDay.LogDay()}13-1.LOG", HttpProxyOwa(host, requests), written);

    /// <summary>OWA.Protocol.Dep's alert text for a missing key (reference/owa-im.md §2.2, the doc's wording).</summary>
    public static CorpusEvent ImConfigurationAlert(CorpusHost host, DateTime at, string text) => new()
    {
        Provider = "Microsoft-Exchange-ManagedAvailability",
        Id = 4,
        Level = EventLevel.Error,
        TimeUtc = at,
        Computer = host.Fqdn,
        Message = $"OWA.Protocol.Dep health set is unhealthy. Monitor: OwaIMInitializationFailedMonitor. {text}",
        Data = ["OWA.Protocol.Dep", "OwaIMInitializationFailedMonitor", text],
        Channel = "Microsoft-Exchange-ManagedAvailability/Monitoring",
        Task = 1,
        TaskName = "Monitoring",
    };

    /// <summary>Windows Installer's events when Exchange setup installs a Cumulative Update.</summary>
    public static IEnumerable<CorpusEvent> CumulativeUpdateInstalled(CorpusHost host, DateTime at)
    {
        yield return Installer(host, at, 1040, "Beginning a Windows Installer transaction: Microsoft Exchange Server. Client Process Id: 5128.");
        yield return Installer(host, at.AddMinutes(41), 1033,
            $"Windows Installer installed the product. Product Name: Microsoft Exchange Server. Product Version: {IncidentDay.ExchangeBuild}. Product Language: 1033. Manufacturer: Microsoft Corporation. Installation success or error status: 0.");
        yield return Installer(host, at.AddMinutes(41).AddSeconds(2), 11707, "Product: Microsoft Exchange Server -- Installation completed successfully.");
        yield return new CorpusEvent
        {
            Provider = "MSExchangeSetup",
            Id = 1000,
            Level = EventLevel.Information,
            TimeUtc = at.AddMinutes(58),
            Computer = host.Fqdn,
            Message = "Exchange Server component Mailbox role was successfully upgraded to Cumulative Update 23 for Exchange Server 2013 (KB4489622).",
            Data = ["Mailbox role", "Cumulative Update 23 for Exchange Server 2013 (KB4489622)"],
            Qualifiers = 16384,
        };
    }

    /// <summary>The System log's time service warning on a server whose clock drifts.</summary>
    public static CorpusEvent TimeNotSynchronised(CorpusHost host, DateTime at) => new()
    {
        Provider = "Microsoft-Windows-Time-Service",
        Id = 36,
        Level = EventLevel.Warning,
        TimeUtc = at,
        Computer = host.Fqdn,
        Message = "The time service has not synchronized the system time for 86400 seconds because none of the time service providers provided a usable time stamp. The time service will not update the local system time until it is able to synchronize with a time source.",
        Data = ["86400"],
        Channel = "System",
    };

    private static CorpusEvent Installer(CorpusHost host, DateTime at, int id, string message) => new()
    {
        Provider = "MsiInstaller",
        Id = id,
        Level = EventLevel.Information,
        TimeUtc = at,
        Computer = host.Fqdn,
        Message = message,
        Data = [message],
    };

    /// <summary>A second event log file of a server (Managed Availability, System) as its own bundle item.</summary>
    public static BundleItem EventLogItem(string log, string handName, IReadOnlyList<CorpusEvent> events, EventExportFormat format, TimeSpan offset) =>
        new($"events/{log.Replace('/', '_').Replace(' ', '_')}{EventExports.Extension(format)}", handName + EventExports.Extension(format),
            $@"C:\Windows\System32\winevt\Logs\{log.Replace('/', '%')}.evtx", EventExports.Write(events, format, offset, log), events.Max(e => e.TimeUtc));
}
