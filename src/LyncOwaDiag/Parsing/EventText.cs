using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing;

/// <summary>Helpers every reader uses to make an event's one-line summary and its keys.</summary>
internal static class EventText
{
    /// <summary>
    /// The most an event's message keeps: far above any real message (an IM exception with its stack is a few
    /// thousand characters), so search, filters, --grep and the jsonl see the whole text; only a hostile line of
    /// megabytes is cut, with an ellipsis. Lists and panes cut for their width when they draw (SafeText.Clip).
    /// </summary>
    public const int MaxSummaryChars = 16 * 1024;

    /// <summary>One line, the whole message (up to <see cref="MaxSummaryChars"/>, an ellipsis where it was cut).</summary>
    public static string Summary(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length <= MaxSummaryChars ? oneLine : string.Concat(oneLine.AsSpan(0, MaxSummaryChars - 1), "…");
    }

    /// <summary>Adds a key unless the value is empty; values are trimmed.</summary>
    public static void AddKey(List<EventKey> keys, KeyKind kind, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            keys.Add(new EventKey(kind, value.Trim()));
        }
    }
}
