using System.Globalization;

namespace LyncOwaDiag.Parsing.ExchangeLog;

/// <summary>Exchange logs stamp rows in UTC as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> (some writers omit the fraction).</summary>
internal static class ExchangeLogTime
{
    private static readonly string[] Formats =
        ["yyyy-MM-dd'T'HH:mm:ss.fff'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    public static bool TryParse(string text, out DateTimeOffset time) =>
        DateTimeOffset.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
}
