using LyncOwaDiag.Model;

namespace LyncOwaDiag.Reporting;

/// <summary>One line per event: time and its quality mark, severity, source, host, kind, summary, file:line.</summary>
/// <param name="hostIsGuess">Whether a host is known only by a folder's name: it is then marked as a guess.</param>
public sealed class TimelineTextWriter(TextWriter output, Func<string?, bool>? hostIsGuess = null) : ITimelineWriter
{
    public void Write(TimelineEvent e)
    {
        output.Write(TimeQualityText.Format(e.Timestamp, e.TimeQuality));
        output.Write(TimeQualityText.Mark(e.TimeQuality));
        output.Write(' ');
        output.Write(SeverityText.Name(e.Severity).PadRight(8));
        output.Write(SeverityText.SourceName(e.Source).PadRight(9));
        output.Write(' ');
        output.Write(SafeText.ForTerminal(ServerText.HostShown(e.Host, hostIsGuess)).PadRight(14));
        output.Write(' ');
        output.Write(e.Kind.PadRight(20));
        output.Write(' ');
        output.Write(SafeText.ForTerminal(e.Summary));
        output.Write("  ");
        output.WriteLine(SafeText.ForTerminal(e.Location.ToString()));
    }

    public void Flush() => output.Flush();

    public void Dispose() => output.Flush();
}
