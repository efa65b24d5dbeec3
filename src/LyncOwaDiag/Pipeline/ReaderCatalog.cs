using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;
using LyncOwaDiag.Parsing.Config;
using LyncOwaDiag.Parsing.EventLog;
using LyncOwaDiag.Parsing.EventLog.Evtx;
using LyncOwaDiag.Parsing.ExchangeLog;
using LyncOwaDiag.Parsing.SipStack;

namespace LyncOwaDiag.Pipeline;

/// <summary>Which reader turns which detected format into events; formats without one are named honestly.</summary>
internal static class ReaderCatalog
{
    public delegate IEnumerable<TimelineEvent> Reader(Stream utf8Text, ReadContext context);

    public static Reader? For(InputFormat format) => format switch
    {
        InputFormat.SipStack => SipStackReader.Read,
        InputFormat.ExchangeLog => ExchangeLogReader.Read,
        InputFormat.WebConfig => WebConfigReader.Read,
        InputFormat.FormatList => FormatListReader.Read,
        InputFormat.Json => CmdletJsonReader.Read,
        InputFormat.RegQuery => RegQueryReader.Read,
        InputFormat.Manifest => ManifestReader.Read,
        InputFormat.Evtx => EvtxReader.Read,
        InputFormat.EventCsv or InputFormat.EventText => EventCsvReader.Read,
        InputFormat.EventXml => EventXmlReader.Read,
        InputFormat.WevtutilText => WevtutilTextReader.Read,
        _ => null,
    };

    public static string Describe(InputFormat format) => format switch
    {
        InputFormat.SipStack => "SIPStack trace",
        InputFormat.ExchangeLog => "Exchange log",
        InputFormat.Evtx => "EVTX event log",
        InputFormat.EvtxDisplayInformation => "EVTX display information (MTA)",
        InputFormat.EventXml => "event XML",
        InputFormat.EventCsv => "event CSV export",
        InputFormat.EventText => "event text export",
        InputFormat.WevtutilText => "wevtutil text",
        InputFormat.WebConfig => "web.config",
        InputFormat.FormatList => "PowerShell Format-List output",
        InputFormat.Json => "JSON",
        InputFormat.RegQuery => "reg query output",
        InputFormat.Manifest => "bundle manifest",
        InputFormat.Zip => "zip archive",
        InputFormat.Binary => "binary data",
        InputFormat.Empty => "empty file",
        _ => "unknown format",
    };
}
