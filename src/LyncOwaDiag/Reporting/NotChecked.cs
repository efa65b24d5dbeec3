using LyncOwaDiag.Model;

namespace LyncOwaDiag.Reporting;

/// <summary>
/// The reports' "Not checked" section: the checklist items the bundle could not decide, with what would let them be
/// decided, and the rules whose cause would show only in a source that was not collected.
/// </summary>
public static class NotChecked
{
    public static IReadOnlyList<(string Id, string Title, string Reason, string? ToCollect)> Of(DiagnosisResult result) =>
    [
        // A reason that already says what to collect is not followed by it again.
        .. result.Checklist.Where(c => c.State == ChecklistState.NotChecked)
            .Select(c => (c.Id, c.Title, c.Reason, c.ToCollect is { } what && !c.Reason.Contains(what, StringComparison.OrdinalIgnoreCase) ? what : null)),
        .. result.NotChecked.Select(n => (n.RuleId, n.Title, n.Reason, (string?)null)),
    ];
}
