using System.Globalization;

namespace LyncOwaDiag.Time;

/// <summary>
/// The time zone of a local-time export as the user named it: <c>UTC</c>, a fixed offset (<c>-08:00</c>, <c>+0530</c>)
/// or a zone name (<c>Pacific Standard Time</c>, <c>Europe/Berlin</c>), the latter DST-aware.
/// </summary>
public sealed class TimeZoneSpec
{
    private readonly TimeSpan? _fixed;
    private readonly TimeZoneInfo? _zone;

    private TimeZoneSpec(string text, TimeSpan? fixedOffset, TimeZoneInfo? zone)
    {
        Text = text;
        _fixed = fixedOffset;
        _zone = zone;
    }

    public string Text { get; }

    public static bool TryParse(string text, out TimeZoneSpec? spec, out string? error)
    {
        var trimmed = text.Trim();
        spec = null;
        error = null;
        if (trimmed.Equals("UTC", StringComparison.OrdinalIgnoreCase) || trimmed == "Z")
        {
            spec = new TimeZoneSpec(trimmed, TimeSpan.Zero, null);
            return true;
        }

        if (trimmed.Length > 0 && trimmed[0] is '+' or '-')
        {
            var formats = new[] { @"hh\:mm", "hhmm", "hh" };
            if (TimeSpan.TryParseExact(trimmed[1..], formats, CultureInfo.InvariantCulture, out var offset) && offset <= TimeSpan.FromHours(14))
            {
                spec = new TimeZoneSpec(trimmed, trimmed[0] == '-' ? -offset : offset, null);
                return true;
            }

            error = $"'{text}' is not an offset like -08:00 or +0530";
            return false;
        }

        try
        {
            spec = new TimeZoneSpec(trimmed, null, TimeZoneInfo.FindSystemTimeZoneById(trimmed));
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            error = $"unknown time zone '{text}' (use UTC, an offset like -08:00, or a zone name such as \"Pacific Standard Time\")";
            return false;
        }
    }

    /// <summary>The UTC instant of a wall-clock time in this zone.</summary>
    public DateTimeOffset ToUtc(DateTime wallClock)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        var offset = _fixed ?? _zone!.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public override string ToString() => Text;
}
