using System.Text;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;
using LyncOwaDiag.Parsing.SipStack;

namespace LyncOwaDiag.Tests.Support;

/// <summary>Runs the SIPStack reader over text or bytes and hands back events and diagnostics.</summary>
internal static class SipStackRead
{
    public const string File = "trace.txt";

    public static (List<TimelineEvent> Events, List<ParseDiagnostic> Diagnostics) Text(string text, string? fileHost = null) =>
        Bytes(Encoding.UTF8.GetBytes(text), fileHost);

    public static (List<TimelineEvent> Events, List<ParseDiagnostic> Diagnostics) Bytes(byte[] bytes, string? fileHost = null)
    {
        var sink = new CollectingSink();
        var events = SipStackReader.Read(new MemoryStream(bytes), new ReadContext(File, fileHost, null, sink)).ToList();
        return (events, sink.Diagnostics);
    }

    public static TimelineEvent Single(string text)
    {
        var (events, _) = Text(text);
        return Assert.Single(events);
    }
}
