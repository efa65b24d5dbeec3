namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// What a timeline row shows besides its index entry: the summary (and, for records with no text to re-read, the
/// rendered record right after it) in the arena, and numbers for the host, the kind and the dialog.
/// </summary>
internal readonly record struct RowText(long At, ushort SummaryLength, ushort DetailLength, short Host, short Kind, int Dialog);
