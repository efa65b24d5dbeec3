using System.Globalization;
using System.Text.RegularExpressions;

namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// <c>g</c> and <c>:goto</c>, as lnav reads them: a time (<c>2013-05-14 09:21</c>, <c>2013-05-14T09:21:00Z</c>), a
/// time of day (<c>09:21:30</c>, on the selected row's day), a move from the selected row's time (<c>+5m</c>,
/// <c>-30s</c>, <c>+1h</c>, <c>+2d</c>) or a row number (<c>#1200</c> or <c>1200</c>). Times without a zone are in
/// the zone the screen shows (UTC, or local after <c>t</c>).
/// </summary>
public static partial class GoToTime
{
    /// <summary>The time to go to, or the row (counted from 1), or the reason the text is neither.</summary>
    public static (DateTimeOffset? Time, int? Row, string? Error) Parse(string text, DateTimeOffset selected, TimeZoneInfo shownZone)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return (null, null, "go to: type a time, +5m, -30s or a row number");
        }

        try
        {
            return ParseChecked(text, selected, shownZone);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException or FormatException)
        {
            // +99999999999d and the like: past what a time can be.
            return (null, null, $"go to: '{text}' is beyond any time ({e.GetType().Name})");
        }
    }

    private static (DateTimeOffset? Time, int? Row, string? Error) ParseChecked(string text, DateTimeOffset selected, TimeZoneInfo shownZone)
    {
        if (Relative().Match(text) is { Success: true } move)
        {
            var amount = double.Parse(move.Groups["n"].Value, CultureInfo.InvariantCulture) * (move.Groups["sign"].Value == "-" ? -1 : 1);
            var span = move.Groups["unit"].Value.ToLowerInvariant() switch
            {
                "ms" => TimeSpan.FromMilliseconds(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromDays(amount),
            };
            return (selected + span, null, null);
        }

        if (RowNumber().Match(text) is { Success: true } row && int.TryParse(row.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return (null, number, null);
        }

        if (TimeSpan.TryParseExact(text, ["hh\\:mm", "hh\\:mm\\:ss", "hh\\:mm\\:ss\\.fff"], CultureInfo.InvariantCulture, out var ofDay))
        {
            var day = TimeZoneInfo.ConvertTime(selected, shownZone);
            var local = new DateTime(day.Year, day.Month, day.Day, 0, 0, 0, DateTimeKind.Unspecified) + ofDay;
            return (new DateTimeOffset(local, shownZone.GetUtcOffset(local)), null, null);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var time))
        {
            var zoned = HasZone(text) ? time : new DateTimeOffset(time.DateTime, shownZone.GetUtcOffset(time.DateTime));
            return (zoned, null, null);
        }

        return (null, null, $"go to: '{text}' is not a time (2013-05-14 09:21, 09:21:30), a move (+5m, -30s) or a row number");
    }

    private static bool HasZone(string text) => text.EndsWith('Z') || text.EndsWith('z') || ZoneSuffix().IsMatch(text);

    [GeneratedRegex(@"^(?<sign>[+-])(?<n>\d+(\.\d+)?)\s*(?<unit>ms|s|m|h|d)$", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"^#?(?<n>\d{1,9})$")]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"[+-]\d\d:?\d\d$")]
    private static partial Regex ZoneSuffix();
}
