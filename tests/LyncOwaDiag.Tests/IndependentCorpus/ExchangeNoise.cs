using System.Globalization;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// What a healthy Exchange 2013 mailbox server's Application log holds anyway (BUNDLES.md "What a healthy system
/// logs anyway"): ADAccess 2080 every 15 minutes, ASP.NET 1309 warnings from /ecp and /ews, routine informational
/// events, a Watson report of another process, Software Protection restarts. Ids other than 2080 and 1309 are
/// illustrative of routine events of other components, not evidence of anything.
/// </summary>
internal static class ExchangeNoise
{
    public static IEnumerable<CorpusEvent> Window(CorpusHost host, Org org, DateTime from, DateTime to, Random random)
    {
        for (var t = from.AddMinutes(random.Next(0, 15)).AddSeconds(random.Next(60)); t < to; t = t.AddMinutes(15))
        {
            yield return TopologyDiscovery(host, org, t);
        }

        yield return AspNetWarning(host, from.AddMinutes(37).AddSeconds(random.Next(60)), "/ecp", "/ecp/DDI/DDIService.svc/GetList", "System.Threading.ThreadAbortException: Thread was being aborted.");
        yield return AspNetWarning(host, from.AddMinutes(81).AddSeconds(random.Next(60)), "/ews", "/ews/exchange.asmx", "System.Web.HttpException: Request timed out.");
        yield return Info(host, from.AddMinutes(12), "MSExchangeApplicationLogic", 3018, 2, "Scenario[Periodic]: Extensions for the organization were refreshed from the store. Count: 4.");
        yield return Info(host, from.AddMinutes(44), "MSExchangeFastSearch", 1009, 1, "The indexing of mailbox database DB01 has resumed after the content index catalog was checked.");
        yield return Info(host, from.AddMinutes(52), "Microsoft-Windows-Security-SPP", 16384, 0, $"Successfully scheduled Software Protection service for re-start at {IncidentDay.At(33, 12, 33):yyyy-MM-ddTHH:mm:ss}Z. Reason: RulesEngine.");
        yield return new CorpusEvent
        {
            Provider = "MSExchange Common",
            Id = 4999,
            Level = EventLevel.Error,
            TimeUtc = from.AddMinutes(66).AddSeconds(random.Next(60)),
            Computer = host.Fqdn,
            Message = "Watson report about to be sent for process id: 7712, with parameters: E12IIS, c-RTL-AMD64, 15.00.1497.002, MSExchangeHMWorker, M.E.Data.Storage, M.E.D.S.StoreSession.Dispose, System.ObjectDisposedException, 8c1f, 15.00.1497.002. ErrorReportingEnabled: False",
            Data = ["7712", "E12IIS", "MSExchangeHMWorker", "System.ObjectDisposedException"],
            Task = 6,
            TaskName = "General",
            Qualifiers = 49152,
        };
    }

    public static CorpusEvent TopologyDiscovery(CorpusHost host, Org org, DateTime at) => new()
    {
        Provider = "MSExchange ADAccess",
        Id = 2080,
        Level = EventLevel.Information,
        TimeUtc = at,
        Computer = host.Fqdn,
        Message = $"Process MSExchangeADTopologyService.exe (PID=2424). Exchange Active Directory Provider has discovered the following servers with the following characteristics:\r\n (Server name | Roles | Enabled | Reachability | Synchronized | GC capable | PDC | SACL right | Critical Data | Netlogon | OS Version)\r\nIn-site:\r\ndc01.{org.Domain}\tCDG 1 7 7 1 0 1 1 7 1\r\ndc02.{org.Domain}\tCDG 1 7 7 1 0 0 1 7 1\r\n Out-of-site:\r\n",
        Data = ["MSExchangeADTopologyService.exe", "2424", $"dc01.{org.Domain}\tCDG 1 7 7 1 0 1 1 7 1"],
        Task = 6,
        TaskName = "Topology",
        Qualifiers = 16384,
    };

    private static CorpusEvent AspNetWarning(CorpusHost host, DateTime at, string app, string path, string exception) => new()
    {
        Provider = "ASP.NET 4.0.30319.0",
        Id = 1309,
        Level = EventLevel.Warning,
        TimeUtc = at,
        Computer = host.Fqdn,
        Message = string.Create(CultureInfo.InvariantCulture, $"Event code: 3005 \r\nEvent message: An unhandled exception has occurred. \r\nEvent time: {at:M/d/yyyy h:mm:ss tt} \r\nApplication information: \r\n    Application domain: /LM/W3SVC/2/ROOT{app}-1-132186\r\n    Application Virtual Path: {app} \r\n    Machine name: {host.NetBios} \r\nRequest information: \r\n    Request URL: https://{host.Fqdn}:444{path} \r\nException information: \r\n    Exception type: {exception.Split(':')[0]} \r\n    Exception message: {exception}"),
        Data = ["3005", "An unhandled exception has occurred.", $"/LM/W3SVC/2/ROOT{app}-1-132186", app, $"https://{host.Fqdn}:444{path}", exception],
        Task = 3,
        TaskName = "Web Event",
        Qualifiers = 32768,
    };

    private static CorpusEvent Info(CorpusHost host, DateTime at, string provider, int id, ushort task, string message) => new()
    {
        Provider = provider,
        Id = id,
        Level = EventLevel.Information,
        TimeUtc = at,
        Computer = host.Fqdn,
        Message = message,
        Data = [message],
        Task = task,
        Qualifiers = 16384,
    };
}
