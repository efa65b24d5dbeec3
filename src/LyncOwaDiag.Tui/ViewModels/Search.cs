using System.Text.RegularExpressions;

namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// <c>/</c> search as in less, vim and lnav: each <c>/</c> starts a new term (↑ recalls earlier ones), a regex
/// (case-insensitive, non-backtracking, so a pattern typed by hand cannot hang the screen) tried on each row's whole
/// text; <c>n</c>/<c>N</c> go to the next or previous match, wrapping round the timeline. The matches are counted
/// once the term is entered, so a move can say "match 3 of 27". An invalid pattern is reported, not thrown.
/// </summary>
public sealed class Search(Func<int, string> rowText, Func<int> count)
{
    private const int HistoryKept = 50;

    private readonly List<string> _history = [];
    private Regex? _pattern;
    private int _recalled = -1;
    private volatile MatchCount? _matches;

    public string? Error { get; private set; }

    public string Text { get; private set; } = string.Empty;

    /// <summary>The pattern in force, for highlighting the matches on screen; null when there is none.</summary>
    public Regex? Pattern => _pattern;

    /// <summary>Sets the pattern as typed so far; false with <see cref="Error"/> when it is not (yet) a valid regex.</summary>
    public bool SetPattern(string text)
    {
        Text = text;
        _matches = null;
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

    /// <summary>Enter: the term joins the history, and its matches are counted in the background.</summary>
    public Task Commit()
    {
        _recalled = -1;
        if (Text.Length == 0 || _pattern is null)
        {
            return Task.CompletedTask;
        }

        _history.Remove(Text);
        _history.Add(Text);
        if (_history.Count > HistoryKept)
        {
            _history.RemoveAt(0);
        }

        var pattern = _pattern;
        var rows = count();
        return Task.Run(() =>
        {
            var matching = new List<int>();
            for (var row = 0; row < rows; row++)
            {
                if (pattern.IsMatch(rowText(row)))
                {
                    matching.Add(row);
                }
            }

            if (ReferenceEquals(pattern, _pattern))
            {
                _matches = new MatchCount(rows, matching);
            }
        });
    }

    /// <summary>↑ (<paramref name="older"/>) or ↓ in the prompt: an earlier term, or null at the end of the history.</summary>
    public string? Recall(bool older)
    {
        if (_history.Count == 0)
        {
            return null;
        }

        _recalled = older
            ? (_recalled < 0 ? _history.Count - 1 : Math.Max(0, _recalled - 1))
            : (_recalled < 0 ? -1 : _recalled + 1);
        if (_recalled >= _history.Count)
        {
            _recalled = -1;
        }

        return _recalled < 0 ? string.Empty : _history[_recalled];
    }

    public IReadOnlyList<string> History => _history;

    public bool IsMatch(int row) => _pattern is { } pattern && pattern.IsMatch(rowText(row));

    /// <summary>"match 3 of 27" for a matching row, once counted over the rows there are now; null before.</summary>
    public string? Position(int row)
    {
        if (_matches is not { } matches || matches.Rows != count())
        {
            return null;
        }

        var at = matches.Matching.BinarySearch(row);
        return at < 0 ? null : $"match {at + 1} of {matches.Matching.Count}";
    }

    /// <summary>
    /// The next matching row after <paramref name="from"/> (or before it when <paramref name="backwards"/>), wrapping;
    /// null when none. <paramref name="wrapped"/> says whether the search went past the end (or the start).
    /// </summary>
    public int? Find(int from, out bool wrapped, bool backwards = false)
    {
        wrapped = false;
        var n = count();
        if (_pattern is null || n == 0)
        {
            return null;
        }

        for (var step = 1; step <= n; step++)
        {
            var raw = backwards ? from - step : from + step;
            var row = (raw % n + n) % n;
            if (_pattern.IsMatch(rowText(row)))
            {
                wrapped = raw != row;
                return row;
            }
        }

        return null;
    }

    /// <summary>Finds as <see cref="Find(int, out bool, bool)"/>, when whether it wrapped does not matter.</summary>
    public int? Find(int from, bool backwards = false) => Find(from, out _, backwards);

    private sealed record MatchCount(int Rows, List<int> Matching);
}
