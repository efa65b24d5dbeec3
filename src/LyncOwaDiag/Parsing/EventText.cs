using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing;

/// <summary>Helpers every reader uses to make an event's one-line summary and its keys.</summary>
internal static class EventText
{
    public const int MaxSummaryChars = 240;

    /// <summary>One line, at most <see cref="MaxSummaryChars"/> characters, an ellipsis where it was cut.</summary>
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
