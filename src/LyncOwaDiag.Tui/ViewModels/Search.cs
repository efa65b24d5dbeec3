using System.Text.RegularExpressions;

namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// <c>/</c> incremental search: a regex (case-insensitive, non-backtracking, so a pattern typed by hand cannot hang
/// the screen) tried on each row's text from the row after the current one, wrapping once round the timeline.
/// An invalid pattern is reported, not thrown.
/// </summary>
public sealed class Search(Func<int, string> rowText, Func<int> count)
{
    private Regex? _pattern;

    public string? Error { get; private set; }

    public string Text { get; private set; } = string.Empty;

    /// <summary>Sets the pattern as typed so far; false with <see cref="Error"/> when it is not (yet) a valid regex.</summary>
    public bool SetPattern(string text)
    {
        Text = text;
        try
        {
            _pattern = text.Length == 0 ? null : new Regex(text, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
            Error = null;
            return true;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            _pattern = null;
            Error = e.Message;
            return false;
        }
    }

    /// <summary>The next matching row after <paramref name="from"/> (or before it when <paramref name="backwards"/>), wrapping; null when none.</summary>
    public int? Find(int from, bool backwards = false)
    {
        var n = count();
        if (_pattern is null || n == 0)
        {
            return null;
        }

        for (var step = 1; step <= n; step++)
        {
            var row = ((backwards ? from - step : from + step) % n + n) % n;
            if (_pattern.IsMatch(rowText(row)))
            {
                return row;
            }
        }

        return null;
    }
}
