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

        var failedEssential = checklist.Where(c => c.Essential && c.State == ChecklistState.Failed).ToList();
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
}
