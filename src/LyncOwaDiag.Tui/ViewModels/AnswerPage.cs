namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// What the answer pane shows for the row of the findings list: the summary (verdict, checklist, not checked,
/// unexplained signals) or one finding (cause, fixes, references, what it explains, evidence), as terminal-safe
/// lines, and the texts <c>c</c> copies from it in order: the fix commands, then the evidence lines.
/// </summary>
public sealed record AnswerPage(string Text, IReadOnlyList<string> Copyable)
{
    /// <summary>How many of <see cref="Copyable"/> are fix commands (they come first).</summary>
    public int Commands { get; init; }
}
