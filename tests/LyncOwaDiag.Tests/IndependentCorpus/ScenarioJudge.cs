using System.Text;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// Compares a diagnosis with a scenario's documented conclusion. A failing bundle passes when the first finding is
/// the expected cause, the verdict is one of the expected ones, the causes that must appear do, and every other
/// error-level finding is one the documentation allows beside it. A healthy bundle passes when it is verified or
/// degraded and no finding is at error level.
/// </summary>
internal static class ScenarioJudge
{
    public static ScenarioOutcome Judge(CorpusScenario scenario, DiagnosisResult result, TimeSpan elapsed)
    {
        var top = result.Findings.Count > 0 ? result.Findings[0].RuleId : null;
        var problems = new List<string>();
        if (!scenario.Verdicts.Contains(result.Verdict))
        {
            problems.Add($"verdict {result.Verdict}, expected {string.Join(" or ", scenario.Verdicts)}");
        }

        if (scenario.IsHealthy)
        {
            var errors = result.AllFindings.Where(f => f.Severity <= Severity.Error).Select(f => f.RuleId).Distinct().ToList();
            if (errors.Count > 0)
            {
                problems.Add($"error-level findings on a healthy bundle: {string.Join(", ", errors)}");
            }
        }
        else
        {
            if (top != scenario.ExpectedTop)
            {
                problems.Add($"top {top ?? "none"}, expected {scenario.ExpectedTop}");
            }

            var present = result.AllFindings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
            var missing = scenario.MustAlsoAppear.Where(id => !present.Contains(id)).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"missing {string.Join(", ", missing)}");
            }

            var allowed = new HashSet<string>([scenario.ExpectedTop!, .. scenario.MayAlsoAppear, .. scenario.MustAlsoAppear], StringComparer.Ordinal);
            var unexpected = result.Findings.Where(f => f.Severity <= Severity.Error && !allowed.Contains(f.RuleId)).Select(f => f.RuleId).Distinct().ToList();
            if (unexpected.Count > 0)
            {
                problems.Add($"unexpected error-level findings: {string.Join(", ", unexpected)}");
            }
        }

        return new ScenarioOutcome(scenario, top, result.Verdict, problems.Count == 0, string.Join("; ", problems), Describe(result), elapsed);
    }

    private static string Describe(DiagnosisResult result)
    {
        var text = new StringBuilder();
        text.Append($"verdict {result.Verdict}: {result.VerdictReason}\n");
        foreach (var finding in result.Findings)
        {
            text.Append($"  {finding.RuleId} {finding.Severity}/{finding.Confidence}");
            if (finding.Consequences.Count > 0)
            {
                text.Append($" [consequences: {string.Join(", ", finding.Consequences.Select(c => c.RuleId))}]");
            }

            text.Append($" — {finding.Evidence.FirstOrDefault()?.Excerpt}\n");
        }

        foreach (var item in result.Checklist)
        {
            text.Append($"  checklist {item.Id}: {item.State} ({item.Reason})\n");
        }

        if (result.NotChecked.Count > 0)
        {
            text.Append($"  not checked: {string.Join(", ", result.NotChecked.Select(n => n.RuleId))}\n");
        }

        foreach (var input in result.Inputs)
        {
            text.Append($"  input {input.File}: {input.Format} host={input.Host} events={input.Events} diagnostics={input.Diagnostics}{(input.SkippedReason is null ? string.Empty : " skipped: " + input.SkippedReason)}\n");
        }

        return text.ToString();
    }
}
