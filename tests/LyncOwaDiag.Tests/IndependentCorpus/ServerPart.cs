namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// What was collected from one server: its event log, IM logs, OWA web.config, shell output, SIPStack trace and
/// anything else. Scenarios change the parts; <see cref="Items"/> turns them into files.
/// </summary>
internal sealed class ServerPart(CorpusHost host, ServerKind kind, string handFolder)
{
    private const string ExchangeRoot = @"C:\Program Files\Microsoft\Exchange Server\V15";
    public const string ImFolder = ExchangeRoot + @"\Logging\OWA\InstantMessaging";
    public const string OwaFolder = ExchangeRoot + @"\ClientAccess\Owa";

    public CorpusHost Host => host;

    public ServerKind Kind => kind;

    /// <summary>The folder (or inner zip) name an admin gathering by hand gave this server's files.</summary>
    public string HandFolder { get; set; } = handFolder;

    /// <summary>Prefix given to this server's files when several servers' files share one folder.</summary>
    public string HandPrefix { get; set; } = string.Empty;

    public List<CorpusEvent> Events { get; } = [];

    public EventExportFormat EventFormat { get; set; } = EventExportFormat.Evtx;

    public bool EventsCollected { get; set; } = true;

    /// <summary>What the admin called the exported event log, without extension; null for the usual name.</summary>
    public string? EventsHandName { get; set; }

    public List<ImLog> ImLogs { get; } = [];

    /// <summary>Whether the IM log folder exists on the server (the collector's listing says it).</summary>
    public bool ImFolderExists { get; set; } = true;

    /// <summary>Whether the IM logs that exist were gathered (a hand-gathered bundle often lacks them).</summary>
    public bool ImLogsCollected { get; set; } = true;

    public WebConfigSpec? WebConfig { get; set; }

    public DateTime WebConfigWritten { get; set; } = IncidentDay.Shifted(new DateTime(2019, 6, 22, 8, 10, 3, DateTimeKind.Utc));

    public List<Snapshot> Snapshots { get; } = [];

    public SipTrace? Trace { get; set; }

    public string TraceHandName { get; set; } = "SIPStack.txt";

    /// <summary>How the trace was saved: a CLS search redirected with <c>&gt;</c> in Windows PowerShell is UTF-16.</summary>
    public TextEncoding TraceEncoding { get; set; } = TextEncoding.Utf8;

    public List<BundleItem> Extras { get; } = [];

    public List<FolderListing> ExtraListings { get; } = [];

    public void SetSnapshot(string slot, string handName, string text, TextEncoding encoding = TextEncoding.Utf8)
    {
        RemoveSnapshot(slot);
        Snapshots.Add(new Snapshot(slot, handName, text, encoding));
    }

    public void RemoveSnapshot(string slot) => Snapshots.RemoveAll(s => s.Slot == slot);

    public string Role => kind switch { ServerKind.Mailbox => "mailbox", ServerKind.FrontEnd => "frontend", _ => "edge" };

    public IEnumerable<BundleItem> Items(TimeSpan localOffset)
    {
        if (EventsCollected && Events.Count > 0)
        {
            var log = kind == ServerKind.Mailbox ? "Application" : LyncEvents.Channel;
            var ext = EventExports.Extension(EventFormat);
            var name = (EventsHandName ?? $"{host.NetBios}-{log.Replace(" ", string.Empty, StringComparison.Ordinal)}") + ext;
            var evtx = new BundleItem($"events/{log.Replace(' ', '_')}{ext}", name, $@"C:\Windows\System32\winevt\Logs\{log}.evtx",
                EventExports.Write(Events, EventFormat, localOffset, log), Events.Max(e => e.TimeUtc));
            yield return evtx;
            foreach (var displayInformation in EventExports.DisplayInformation(evtx, Events, EventFormat))
            {
                yield return displayInformation;
            }
        }

        if (ImLogsCollected)
        {
            foreach (var im in ImLogs)
            {
                yield return new BundleItem($"logs/OWA/InstantMessaging/{im.FileName}", im.FileName, $@"{ImFolder}\{im.FileName}", im.Bytes(), im.LastWrite);
            }
        }

        if (WebConfig is { } config)
        {
            yield return new BundleItem("config/ClientAccess/Owa/web.config", "web.config", $@"{OwaFolder}\web.config",
                TextEncodings.Bytes(config.Render(), TextEncoding.Utf8Bom), WebConfigWritten);
        }

        foreach (var snapshot in Snapshots)
        {
            yield return new BundleItem($"snapshots/{snapshot.Slot}.txt", snapshot.HandName, null, TextEncodings.Bytes(snapshot.Text, snapshot.Encoding), IncidentDay.CollectedAt);
        }

        if (Trace is { Count: > 0 } trace)
        {
            yield return new BundleItem($"traces/SIPStack-{host.NetBios}.txt", TraceHandName, null, TextEncodings.Bytes(trace.Render(), TraceEncoding), IncidentDay.CollectedAt);
        }

        foreach (var extra in Extras)
        {
            yield return extra;
        }
    }

    public IEnumerable<FolderListing> Listings()
    {
        if (kind == ServerKind.Mailbox)
        {
            yield return new FolderListing(ImFolder, ImFolderExists, ImFolderExists ? ImLogs.Select(l => l.FileName).ToList() : []);
            yield return new FolderListing(OwaFolder, true, ["web.config", "auth", "bin", "Current", "forms", "prem"]);
        }

        foreach (var listing in ExtraListings)
        {
            yield return listing;
        }
    }
}
