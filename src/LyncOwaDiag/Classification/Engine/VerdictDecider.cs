using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Engine;

/// <summary>
/// The one-word answer: <c>failing</c> when a finding is an error or worse, <c>degraded</c> for warnings or a failed
/// item that is not essential, <c>verified</c> when every essential checklist item passed and nothing is wrong,
/// and <c>inconclusive</c> when the bundle cannot tell.
/// </summary>
internal static class VerdictDecider
{
    public static (Verdict Verdict, string Reason) Decide(IReadOnlyList<Finding> findings, IReadOnlyList<ChecklistResult> checklist, IReadOnlyList<NotCheckedRule> notChecked)
    {
        var errors = findings.Where(f => f.Severity <= Severity.Error).ToList();
        if (errors.Count > 0)
        {
            return (Verdict.Failing, $"{errors.Count} cause(s) at error level or worse, first {errors[0].RuleId}");
        }

        // An essential check whose failing events a warning-level finding accounts for (one user not enabled for
        // Lync: that user's sign-in fails, the others' succeed) is as bad as that finding, not worse.
        var failedEssential = checklist.Where(c => c.Essential && c.State == ChecklistState.Failed && ExplainedBy(c, findings) is null).ToList();
        if (failedEssential.Count > 0)
        {
            return (Verdict.Failing, $"essential checks failed: {string.Join(", ", failedEssential.Select(c => c.Id))}");
        }

        var warnings = findings.Where(f => f.Severity == Severity.Warning).ToList();
        var failed = checklist.Where(c => c.State == ChecklistState.Failed).ToList();
        if (warnings.Count > 0 || failed.Count > 0)
        {
            return (Verdict.Degraded, warnings.Count > 0
                ? $"{warnings.Count} warning(s), first {warnings[0].RuleId}"
                : $"checks failed: {string.Join(", ", failed.Select(c => c.Id))}");
        }

        var notPassed = checklist.Where(c => c.Essential && c.State != ChecklistState.Passed).ToList();
        if (checklist.Count(c => c.Essential) > 0 && notPassed.Count == 0)
        {
            return (Verdict.Verified, $"every essential check passed ({string.Join(", ", checklist.Where(c => c.Essential).Select(c => c.Id))}) and no cause was found");
        }

        var missing = notPassed.Select(c => c.Id).Concat(notChecked.Select(n => n.RuleId)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var collect = notPassed.Select(c => c.ToCollect).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return (Verdict.Inconclusive, missing.Count == 0
            ? "no cause found, but the bundle cannot show that the integration works"
            : $"no cause found; not checked for want of evidence: {string.Join(", ", missing)}" + (collect.Count > 0 ? $"; to check them, collect {string.Join("; ", collect)}" : string.Empty));
    }

    /// <summary>
    /// The finding that accounts for every failing event the check kept — it holds the event, or the event names a
    /// user the finding names (the IM log's failed sign-in of the user whose REGISTER Lync refused) — or null; a check
    /// failed by absence, or with more failures than it kept, has none.
    /// </summary>
    private static Finding? ExplainedBy(ChecklistResult check, IReadOnlyList<Finding> findings)
    {
        if (check.Evidence.Count == 0 || check.Evidence.Count < check.FailCount)
        {
            return null;
        }

        // A warning-level cause only: an informational finding (the trace cannot show more) accounts for nothing.
        return findings.SelectMany(f => f.Consequences.Prepend(f)).Where(f => f.Severity == Severity.Warning).FirstOrDefault(f =>
        {
            var users = f.Entities.Where(n => n.Contains('@', StringComparison.Ordinal)).ToList();
            return check.Evidence.All(e => f.Evidence.Any(x => x.Location == e.Location) || users.Any(u => e.Excerpt.Contains(u, StringComparison.OrdinalIgnoreCase)));
        });
    }
}
