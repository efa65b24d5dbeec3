using LyncOwaDiag.Model;

namespace LyncOwaDiag.Tests.Metamorphic;

/// <summary>
/// What must hold between a scenario's result and its result after a transform that changes only names and layout:
/// the same cause first (or the cause honestly not checked, never another error first), the same servers by FQDN,
/// and no made-up folder name in a fix command.
/// </summary>
internal static class MetamorphicInvariant
{
    /// <summary>Every way <paramref name="after"/> breaks the invariant against <paramref name="before"/>; empty when it holds.</summary>
    public static IReadOnlyList<string> Violations(DiagnosisOutline before, DiagnosisOutline after, IReadOnlyList<string> introducedNames)
    {
        var violations = new List<string>();
        if (CauseViolation(before, after) is { } cause)
        {
            violations.Add(cause);
        }

        if (!before.Fqdns.SetEquals(after.Fqdns))
        {
            violations.Add($"servers by FQDN changed: [{string.Join(", ", before.Fqdns.Order(StringComparer.OrdinalIgnoreCase))}] "
                + $"-> [{string.Join(", ", after.Fqdns.Order(StringComparer.OrdinalIgnoreCase))}]");
        }

        foreach (var name in introducedNames)
        {
            foreach (var command in after.FixCommands.Where(c => MeaninglessNames.OccursIn(c, name)))
            {
                violations.Add($"a fix command names the folder name \"{name}\": {command}");
            }
        }

        return violations;
    }

    private static string? CauseViolation(DiagnosisOutline before, DiagnosisOutline after)
    {
        var errorFirstOfAnotherRule = after.Top is { } top && top.Severity <= Severity.Error && top.RuleId != before.Top?.RuleId;
        if (before.Verdict == Verdict.Verified)
        {
            return after.Verdict == Verdict.Verified ? null : $"a verified bundle became {after.Verdict} with {after.TopText} first";
        }

        if (before.Verdict is not (Verdict.Failing or Verdict.Degraded) || before.Top is null)
        {
            return after.Verdict == before.Verdict && !errorFirstOfAnotherRule
                ? null
                : $"verdict {before.Verdict} with {before.TopText} first became {after.Verdict} with {after.TopText} first";
        }

        var cause = before.Top.RuleId;
        if (after.Top?.RuleId == cause)
        {
            return null;
        }

        // The cause may become "not checked" when what showed it is gone (a manifest); then nothing else may take its place.
        var honestlyNotChecked = after.NotChecked.Contains(cause) && after.Findings.All(f => f.RuleId != cause);
        return honestlyNotChecked && !errorFirstOfAnotherRule
            ? null
            : $"expected {cause} first (or {cause} not checked with no other error first), got {after.TopText} first"
                + (after.NotChecked.Contains(cause) ? $" ({cause} is listed as not checked)" : $" ({cause} is not listed as not checked)");
    }
}
