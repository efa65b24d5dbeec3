using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing.Config;
using LyncOwaDiag.Parsing.EventLog;
using LyncOwaDiag.Parsing.EventLog.Evtx;
using LyncOwaDiag.Parsing.ExchangeLog;
using LyncOwaDiag.Parsing.SipStack;

namespace LyncOwaDiag.Pipeline;

/// <summary>The descriptor of every input format (see <see cref="FormatDescriptor"/>).</summary>
public static class InputFormats
{
    private static readonly Dictionary<InputFormat, FormatDescriptor> ByFormat = new FormatDescriptor[]
    {
        new() { Format = InputFormat.SipStack, Description = "SIPStack trace", Label = "SIPStack", Read = SipStackReader.Read, RecordsStandAlone = true, ServerRole = ServerRole.Lync },
        new() { Format = InputFormat.ExchangeLog, Description = "Exchange log", Read = ExchangeLogReader.Read, Clock = FormatClock.Utc, ServerRole = ServerRole.Mailbox },
        new() { Format = InputFormat.Evtx, Description = "EVTX event log", Read = EvtxReader.Read, HasRawText = false, Clock = FormatClock.Utc },
        new() { Format = InputFormat.EvtxDisplayInformation, Description = "EVTX display information (MTA)" },
        new() { Format = InputFormat.EventXml, Description = "event XML", Read = EventXmlReader.Read, Clock = FormatClock.Utc },
        new() { Format = InputFormat.EventCsv, Description = "event CSV export", Read = EventCsvReader.Read, Clock = FormatClock.LocalWithoutZone },
        new() { Format = InputFormat.EventText, Description = "event text export", Read = EventCsvReader.Read, Clock = FormatClock.LocalWithoutZone },
        new() { Format = InputFormat.WevtutilText, Description = "wevtutil text", Read = WevtutilTextReader.Read, Clock = FormatClock.LocalWithoutZone },
        new() { Format = InputFormat.WebConfig, Description = "web.config", Read = WebConfigReader.Read, IsSnapshot = true, ServerRole = ServerRole.Mailbox, MaxBytes = 16L * 1024 * 1024 },
        new() { Format = InputFormat.FormatList, Description = "PowerShell Format-List output", Read = FormatListReader.Read, IsSnapshot = true },
        new() { Format = InputFormat.Json, Description = "JSON", Read = CmdletJsonReader.Read, IsSnapshot = true, MaxBytes = 256L * 1024 * 1024 },
        new() { Format = InputFormat.RegQuery, Description = "reg query output", Read = RegQueryReader.Read, IsSnapshot = true, ServerRole = ServerRole.Mailbox, MaxBytes = 64L * 1024 * 1024 },
        new() { Format = InputFormat.Manifest, Description = "bundle manifest", Read = ManifestReader.Read, IsSnapshot = true, MaxBytes = 16L * 1024 * 1024 },
        new() { Format = InputFormat.Zip, Description = "zip archive" },
        new() { Format = InputFormat.Binary, Description = "binary data" },
        new() { Format = InputFormat.Empty, Description = "empty file" },
        new() { Format = InputFormat.Unknown, Description = "unknown format" },
    }.ToDictionary(d => d.Format);

    public static IReadOnlyCollection<FormatDescriptor> All => ByFormat.Values;

    /// <summary>The descriptor of a format; every <see cref="InputFormat"/> value has one (a test holds it to that).</summary>
    public static FormatDescriptor Of(InputFormat format) =>
        ByFormat.TryGetValue(format, out var descriptor) ? descriptor : ByFormat[InputFormat.Unknown];

    /// <summary>The short name of a format for the inventory's lines.</summary>
    public static string LabelOf(InputFormat format) => Of(format) is { Label.Length: > 0 } d ? d.Label : format.ToString();
}
