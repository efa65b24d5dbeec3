using System.Text;

namespace LyncOwaDiag.Reporting;

/// <summary>
/// Log text is untrusted: before it reaches a terminal, control characters (ANSI/OSC escapes, bells, backspaces)
/// and bidirectional overrides are made visible instead of being obeyed.
/// </summary>
public static class SafeText
{
    /// <summary>As <see cref="ForTerminal"/>, keeping a null a null (a JSON field that has no value).</summary>
    public static string? ForTerminalOrNull(string? text) => text is null ? null : ForTerminal(text);

    public static string ForTerminal(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!NeedsEscaping(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                builder.Append(c <= 0xFF ? $"\\x{(int)c:X2}" : $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A message cut to <paramref name="width"/> characters for drawing (a console line, a table cell), an ellipsis
    /// where it was cut: events keep their whole text, views cut only what they show.
    /// </summary>
    public static string Clip(string text, int width) =>
        text.Length <= width ? text : string.Concat(text.AsSpan(0, Math.Max(0, width - 1)), "…");

    private static bool NeedsEscaping(string text)
    {
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnsafe(char c) =>
        (char.IsControl(c) && c != '\t')
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';
}
