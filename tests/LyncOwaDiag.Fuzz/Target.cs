using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;

namespace LyncOwaDiag.Fuzz;

/// <summary>The readers a campaign can aim at, by the folder names of the fuzz-replay corpus.</summary>
internal static class Target
{
    private static readonly Dictionary<string, InputFormat> Formats = new(StringComparer.Ordinal)
    {
        ["sipstack"] = InputFormat.SipStack,
        ["exchange-log"] = InputFormat.ExchangeLog,
        ["evtx"] = InputFormat.Evtx,
        ["event-csv"] = InputFormat.EventCsv,
        ["event-xml"] = InputFormat.EventXml,
        ["wevtutil"] = InputFormat.WevtutilText,
        ["webconfig"] = InputFormat.WebConfig,
        ["formatlist"] = InputFormat.FormatList,
        ["json"] = InputFormat.Json,
        ["regquery"] = InputFormat.RegQuery,
        ["manifest"] = InputFormat.Manifest,
    };

    public static IEnumerable<string> Names => Formats.Keys;

    public static FormatDescriptor.Reader? For(string name) => Formats.TryGetValue(name, out var format) ? InputFormats.Of(format).Read : null;
}
