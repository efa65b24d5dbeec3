using LyncOwaDiag.Model;

namespace LyncOwaDiag.Reporting;

/// <summary>One line per event: time and its quality mark, severity, source, host, kind, summary, file:line.</summary>
public sealed class TimelineTextWriter(TextWriter output) : ITimelineWriter
{
    public void Write(TimelineEvent e)
    {
        output.Write(TimeQualityText.Format(e.Timestamp, e.TimeQuality));
        output.Write(TimeQualityText.Mark(e.TimeQuality));
        output.Write(' ');
        output.Write(SeverityText.Name(e.Severity).PadRight(8));
        output.Write(SeverityText.SourceName(e.Source).PadRight(9));
        output.Write(' ');
        output.Write(SafeText.ForTerminal(e.Host ?? "-").PadRight(14));
        output.Write(' ');
        output.Write(e.Kind.PadRight(20));
        output.Write(' ');
        output.Write(SafeText.ForTerminal(e.Summary));
        output.Write("  ");
        output.WriteLine(SafeText.ForTerminal(e.Location.ToString()));
    }

    public void Dispose() => output.Flush();
}
