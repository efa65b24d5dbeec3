using System.Text;

namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// Every key of the troubleshooter, once: the window looks the typed character up here, the help panel lists the
/// table, and the key bar shows the short names in the table's order while they fit (<c>?</c> and <c>q</c> always).
/// The keys follow lnav and less where they have one: <c>/</c> <c>n</c> <c>N</c> search, <c>e</c> <c>E</c> errors,
/// <c>m</c> <c>u</c> <c>U</c> bookmarks, <c>:filter-in</c>, <c>:filter-out</c>, <c>:goto</c>.
/// </summary>
public static class KeyTable
{
    public static readonly IReadOnlyList<KeyBinding> All =
    [
        new("?", '?', TroubleshooterCommand.Help, "Help", "this help"),
        new("q", 'q', TroubleshooterCommand.Quit, "Quit", "quit (also Ctrl+C)"),
        new("v", 'v', TroubleshooterCommand.ToggleView, "Answer/Log", "switch between the answer (the finding's cause, fix, checklist) and the timeline"),
        new("Enter", null, TroubleshooterCommand.OpenFinding, "Evidence", "on a finding: show the timeline at its first evidence row"),
        new("c", 'c', TroubleshooterCommand.Copy, "Copy", "copy to the clipboard: on a finding the next fix command (then its evidence lines), in the timeline the selected row"),
        new("/", '/', TroubleshooterCommand.Search, "Search", "search the timeline: a new regex (↑ recalls earlier ones), whole messages, as you type; Enter closes"),
        new("n", 'n', TroubleshooterCommand.NextMatch, "Next", "next match of the search (N: previous), with its number and a notice on wrapping"),
        new("N", 'N', TroubleshooterCommand.PreviousMatch, string.Empty, "previous match of the search"),
        new("e", 'e', TroubleshooterCommand.NextError, "Error", "next error or worse in the timeline (E: previous)"),
        new("E", 'E', TroubleshooterCommand.PreviousError, string.Empty, "previous error or worse"),
        new("]", ']', TroubleshooterCommand.NextEvidence, "Next ev", "next evidence row of the finding ([: previous)"),
        new("[", '[', TroubleshooterCommand.PreviousEvidence, string.Empty, "previous evidence row of the finding"),
        new(":", ':', TroubleshooterCommand.Command, "Cmd", "a command: filter-in REGEX, filter-out REGEX, clear-filter, goto TIME"),
        new("f", 'f', TroubleshooterCommand.Filter, "Filter", "filter: source, minimum severity, host, user, Call-ID, time range, matching and not matching regexes"),
        new("g", 'g', TroubleshooterCommand.GoTo, "Go to", "go to a time (2013-05-14 09:21, 09:21:30, +5m, -30s, +1h) or a row number"),
        new("m", 'm', TroubleshooterCommand.Bookmark, "Mark", "bookmark the selected row, or remove its bookmark (the time column shows ◆)"),
        new("u", 'u', TroubleshooterCommand.NextBookmark, string.Empty, "next bookmark (U: previous)"),
        new("U", 'U', TroubleshooterCommand.PreviousBookmark, string.Empty, "previous bookmark"),
        new("w", 'w', TroubleshooterCommand.Wrap, "Wrap", "wrap the detail pane's long lines, or not (←/→ scroll half a pane)"),
        new("l", 'l', TroubleshooterCommand.Ladder, "Ladder", "ladder of the selected event's SIP dialog"),
        new("s", 's', TroubleshooterCommand.Servers, "Servers", "the servers the bundle names: roles, names and where each was learned"),
        new("t", 't', TroubleshooterCommand.ToggleTime, "UTC/local", "show times in UTC or in this machine's local time"),
        new("x", 'x', TroubleshooterCommand.Export, "Export", "export a report (.md, .html or .json; redacted with --redact)"),
        new("Tab", null, TroubleshooterCommand.Pane, "Pane", "move between the panes"),
        new("Home", null, TroubleshooterCommand.FirstLast, string.Empty, "first event of the timeline (End: the last)"),
        new("Ctrl+U", null, TroubleshooterCommand.ClearField, string.Empty, "in a prompt or the filter's fields: empty it"),
    ];

    /// <summary>The command of a typed character, or null when the troubleshooter has none.</summary>
    public static TroubleshooterCommand? For(char typed)
    {
        foreach (var binding in All)
        {
            if (binding.Rune == typed)
            {
                return binding.Command;
            }
        }

        return null;
    }

    /// <summary>The help panel's text: every key and what it does.</summary>
    public static string Help() => string.Join('\n', All.Select(k => $"{k.Key,-7} {k.Long}"));

    /// <summary>
    /// The key bar for <paramref name="width"/> columns: the short names in the table's order, as many as fit, with
    /// Help and Quit (the table's first two) always among them.
    /// </summary>
    public static string Bar(int width)
    {
        var bar = new StringBuilder();
        foreach (var binding in All.Where(k => k.Short.Length > 0))
        {
            var item = $"{binding.Key} {binding.Short}";
            var room = bar.Length == 0 ? item.Length : bar.Length + 2 + item.Length;
            if (room > width)
            {
                continue;
            }

            if (bar.Length > 0)
            {
                bar.Append("  ");
            }

            bar.Append(item);
        }

        return bar.ToString();
    }
}
