namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// One key of the troubleshooter: the key as the help writes it, what it does, its name on the key bar (empty: not
/// on the bar) and the help's line. <paramref name="Rune"/> is the character that triggers it, or null for the named
/// keys (Enter, Tab, Home) whose meaning depends on the focused pane.
/// </summary>
public sealed record KeyBinding(string Key, char? Rune, TroubleshooterCommand Command, string Short, string Long);
