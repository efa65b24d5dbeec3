namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// Every key of the troubleshooter and what it does: the help panel lists them all, the key bar those with a short
/// name (as many as the width shows).
/// </summary>
public static class KeyHelp
{
    public static readonly IReadOnlyList<(string Key, string Short, string Long)> All =
    [
        ("/", "Search", "search the timeline, regex as you type (Enter: next match; Esc: close)"),
        ("f", "Filter", "filter: source, minimum severity, host, user, Call-ID, time range"),
        ("n", "Next err", "next error or worse in the timeline"),
        ("N", "Prev err", "previous error or worse"),
        ("Enter", "Evidence", "on a finding: jump to its first evidence row"),
        ("]", "Next ev", "next evidence row of the finding"),
        ("[", "Prev ev", "previous evidence row of the finding"),
        ("l", "Ladder", "ladder of the selected event's SIP dialog"),
        ("s", "Servers", "the servers the bundle names: roles, names and where each was learned"),
        ("t", "UTC/local", "show times in UTC or in this machine's local time"),
        ("e", "Export", "export a report (.md, .html or .json; redacted with --redact)"),
        ("Tab", "Pane", "move between findings, timeline and detail"),
        ("Home", string.Empty, "first event of the timeline (End: the last)"),
        ("Ctrl+U", string.Empty, "in the search, filter or export field: empty it"),
        ("?", "Help", "this help"),
        ("q", "Quit", "quit (also Ctrl+C)"),
    ];
}
