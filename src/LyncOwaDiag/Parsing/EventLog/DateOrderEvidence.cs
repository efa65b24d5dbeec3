using System.Globalization;

namespace LyncOwaDiag.Parsing.EventLog;

/// <summary>
/// Settles day-first or month-first for a file's numeric dates from the dates themselves: <c>19-07-2026</c> can only
/// be day-first, <c>07/19/2026</c> only month-first. One such date settles the file (a file is written in one
/// format); dates that settle it both ways leave it unsettled, and so do files whose dates could all be either.
/// </summary>
internal sealed class DateOrderEvidence
{
    private long _dayFirstLine;
    private long _monthFirstLine;
    private string? _dayFirstText;
    private string? _monthFirstText;

    public void Observe(string text, long line)
    {
        if (!Config.SnapshotValues.TryDayAndMonth(text, out var first, out var second))
        {
            return;
        }

        if (first > 12 && second <= 12 && _dayFirstText is null)
        {
            (_dayFirstLine, _dayFirstText) = (line, text.Trim());
        }
        else if (second > 12 && first <= 12 && _monthFirstText is null)
        {
            (_monthFirstLine, _monthFirstText) = (line, text.Trim());
        }
    }

    /// <summary>True for day-first, false for month-first, null when the dates do not settle it (or contradict each other).</summary>
    public bool? DayFirst => (_dayFirstText, _monthFirstText) switch
    {
        ({ }, null) => true,
        (null, { }) => false,
        _ => null,
    };

    /// <summary>Why the order was settled, or why it could not be, for a diagnostic; null when no date said anything.</summary>
    public string? Grounds => (_dayFirstText, _monthFirstText) switch
    {
        ({ } day, null) => $"dates read day-first: line {_dayFirstLine.ToString(CultureInfo.InvariantCulture)}'s '{day}' can only be day-first",
        (null, { } month) => $"dates read month-first: line {_monthFirstLine.ToString(CultureInfo.InvariantCulture)}'s '{month}' can only be month-first",
        ({ } day, { } month) => $"dates disagree on day and month order (line {_dayFirstLine.ToString(CultureInfo.InvariantCulture)}: '{day}', line {_monthFirstLine.ToString(CultureInfo.InvariantCulture)}: '{month}'); read in the export's culture",
        _ => null,
    };

    /// <summary>
    /// The culture to read with: <paramref name="culture"/> when its order agrees with the evidence or there is none;
    /// otherwise one with the settled order and the same separators' leniency (en-GB day-first, en-US month-first).
    /// </summary>
    public CultureInfo Settle(CultureInfo culture)
    {
        var dayFirstCulture = culture.DateTimeFormat.ShortDatePattern.TrimStart().StartsWith('d');
        return DayFirst switch
        {
            true when !dayFirstCulture => CultureInfo.GetCultureInfo("en-GB"),
            false when dayFirstCulture || culture.DateTimeFormat.ShortDatePattern.TrimStart().StartsWith('y') => CultureInfo.GetCultureInfo("en-US"),
            _ => culture,
        };
    }
}
