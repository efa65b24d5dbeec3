using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>Multi-line log text made safe to draw: each line through <see cref="SafeText.ForTerminal"/>, the line breaks kept.</summary>
public static class TerminalText
{
    /// <remarks>A byte order mark is dropped: it has no width and would shift the rest of the line.</remarks>
    public static string Lines(string text) =>
        string.Join('\n', text.TrimStart('\uFEFF').Split('\n').Select(line => SafeText.ForTerminal(line.TrimEnd('\r').Replace("\uFEFF", string.Empty, StringComparison.Ordinal))));
}
