using LyncOwaDiag.Model;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>The timeline table's columns and each row's cells, as text already safe for the terminal.</summary>
public sealed class TimelineColumns(TimeDisplay time)
{
    public static readonly string[] Names = ["Time", "Sev", "Source", "Host", "Kind", "Summary"];

    /// <summary>The columns whose text comes from the logs (what --redact hides on screen).</summary>
    public static readonly int[] FromLogs = [Array.IndexOf(Names, "Host"), Array.IndexOf(Names, "Summary")];

    /// <summary>Below this width the time loses its year and zone and the kind column is hidden.</summary>
    public const int NarrowBelow = 120;

    /// <summary>Short times, for terminals narrower than <see cref="NarrowBelow"/>.</summary>
    public bool Compact { get; set; }

    /// <summary>The headers, the time column naming its zone.</summary>
    public string[] Headers => [time.Header, .. Names[1..]];

    /// <summary>The most of a message a cell draws: wider than any terminal; the detail pane shows the rest.</summary>
    private const int SummaryDrawn = 1000;

    public const int Time = 0;
    public const int Severity = 1;
    public const int Host = 3;
    public const int Kind = 4;
    public const int Summary = 5;

    public string[] Cells(TimelineRows rows, int row)
    {
        var entry = rows[row];
        return
        [
            (Compact ? time.Compact(entry.Timestamp, entry.TimeQuality) : time.Format(entry.Timestamp, entry.TimeQuality)) + TimeQualityText.Mark(entry.TimeQuality),
            SeverityBadge.Label(entry.Severity),
            SeverityText.SourceName(entry.Source),
            rows.Host(row),
            rows.Kind(row),
            SafeText.Clip(rows.Summary(row), SummaryDrawn),
        ];
    }

    public static Severity SeverityOf(TimelineRows rows, int row) => rows[row].Severity;
}
