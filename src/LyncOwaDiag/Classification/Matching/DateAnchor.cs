namespace LyncOwaDiag.Classification.Matching;

/// <summary>
/// A point in time a date is compared with: <c>logsStart</c> or <c>logsEnd</c> (the span the bundle's events
/// cover), optionally moved by a duration (<c>logsEnd+30d</c>).
/// </summary>
internal sealed record DateAnchor(bool End, TimeSpan Shift)
{
    public static bool TryParse(string text, out DateAnchor? anchor, out string? error)
    {
        anchor = null;
        error = null;
        var t = text.Trim();
        var at = t.IndexOfAny(['+', '-']);
        var name = at < 0 ? t : t[..at];
        var shift = TimeSpan.Zero;
        if (at >= 0)
        {
            if (!Duration.TryParse(t[(at + 1)..], out shift))
            {
                error = $"'{t[(at + 1)..]}' is not a duration (e.g. 30d, 12h, 5m, 30s)";
                return false;
            }

            shift = t[at] == '-' ? -shift : shift;
        }

        var end = name.Equals("logsEnd", StringComparison.OrdinalIgnoreCase);
        if (!end && !name.Equals("logsStart", StringComparison.OrdinalIgnoreCase))
        {
            error = $"'{name}' is not a date anchor (logsStart or logsEnd, optionally +/- a duration)";
            return false;
        }

        anchor = new DateAnchor(end, shift);
        return true;
    }

    /// <summary>The anchor's time, read as the servers' wall clock (snapshot dates carry no zone; a day's error is accepted).</summary>
    public DateTime? Resolve(MatchContext context) =>
        (End ? context.LogsEnd : context.LogsStart)?.UtcDateTime.Add(Shift);

    public override string ToString() =>
        (End ? "logsEnd" : "logsStart") + (Shift == TimeSpan.Zero ? string.Empty : (Shift < TimeSpan.Zero ? "-" : "+") + Duration.Format(Shift.Duration()));
}
