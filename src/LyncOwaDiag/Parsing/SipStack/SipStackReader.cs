using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing.Framing;

namespace LyncOwaDiag.Parsing.SipStack;

/// <summary>
/// Reads SIPStack trace text (OCSLogger or CLS output) as a stream of events, one per trace entry, never holding
/// more than the current entry. Problems become diagnostics through the context's sink.
/// </summary>
internal static class SipStackReader
{
    public static IEnumerable<TimelineEvent> Read(Stream utf8Text, ReadContext context)
    {
        using var lines = new Utf8LineReader(utf8Text, context.StartOffset);
        var builder = new SipStackEntryBuilder(context);
        var ready = new List<TimelineEvent>(2);
        while (ReadOne(lines, builder, ready))
        {
            foreach (var e in ready)
            {
                yield return e;
            }

            ready.Clear();
        }

        builder.Finish(ready);
        foreach (var e in ready)
        {
            yield return e;
        }
    }

    private static bool ReadOne(Utf8LineReader lines, SipStackEntryBuilder builder, List<TimelineEvent> ready)
    {
        if (!lines.ReadLine(out var line))
        {
            return false;
        }

        builder.Accept(line, lines.LineNumber, lines.LineOffset, lines.TruncatedBytes, ready);
        return true;
    }
}
