using System.Globalization;
using System.Text.RegularExpressions;

namespace LyncOwaDiag.Parsing.Config;

/// <summary>How cmdlet output prints values: <c>{a, b}</c> collections and server-locale dates.</summary>
internal static partial class SnapshotValues
{
    /// <summary>The items of <c>{a, b, c...}</c>; a single value otherwise.</summary>
    public static IReadOnlyList<string> Items(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '{' || trimmed[^1] != '}')
        {
            return [];
        }

        var inner = trimmed[1..^1].Trim();
        if (inner.EndsWith("...", StringComparison.Ordinal))
        {
            inner = inner[..^3];
        }

        return inner.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// Reads a date in the culture given (else the invariant culture, then the date's own shape); says when the day
    /// and month could be swapped, which lowers the confidence of anything that uses it.
    /// </summary>
    public static (DateTime? Date, bool Ambiguous) Date(string value, CultureInfo? culture)
    {
        if (!TryDayAndMonth(value, out var first, out var second))
        {
            return (null, false);
        }

        var ambiguous = culture is null && first <= 12 && second <= 12 && first != second;
        var styles = DateTimeStyles.AllowWhiteSpaces;
        if (culture is not null && DateTime.TryParse(value, culture, styles, out var inCulture))
        {
            return (inCulture, false);
        }

        if (DateTime.TryParse(value, CultureInfo.InvariantCulture, styles, out var invariant))
        {
            return (invariant, ambiguous);
        }

        // dd.MM.yyyy and other day-first shapes the invariant culture rejects.
        return DateTime.TryParse(value, CultureInfo.GetCultureInfo("de-DE"), styles, out var dayFirst) ? (dayFirst, ambiguous) : (null, false);
    }

    /// <summary>
    /// The first two numbers of a numeric date written day or month first, year last (<c>19-07-2026</c>,
    /// <c>5/14/2013</c>): which is the day is for the caller to settle. False for any other shape.
    /// </summary>
    public static bool TryDayAndMonth(string value, out int first, out int second)
    {
        var match = NumericDate().Match(value.Trim());
        first = match.Success ? int.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture) : 0;
        second = match.Success ? int.Parse(match.Groups["b"].Value, CultureInfo.InvariantCulture) : 0;
        return match.Success;
    }

    [GeneratedRegex(@"^(?<a>\d{1,2})[/.\-](?<b>\d{1,2})[/.\-]\d{2,4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();
}
