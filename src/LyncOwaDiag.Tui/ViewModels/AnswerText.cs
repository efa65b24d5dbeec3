using System.Globalization;
using System.Text;
using LyncOwaDiag.Model;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// The answer pane's pages, written as an admin reads them: what is wrong and what to run first, then what backs it.
/// Every log-derived text is made terminal-safe here; the pane wraps the lines to its width when it draws.
/// </summary>
public static class AnswerText
{
    /// <summary>The summary page: the verdict and why, the checklist with its first evidence, what was not checked and what to collect, the unexplained signals.</summary>
    public static AnswerPage Summary(DiagnosisResult result, Func<string, string>? shorten = null)
    {
        var text = new StringBuilder();
        var copyable = new List<string>();
        text.Append("Verdict: ").Append(result.Verdict.ToString().ToLowerInvariant()).Append(" — ").AppendLine(Safe(result.VerdictReason));
        if (result.Findings.Count > 0)
        {
            var first = result.Findings[0];
            text.Append("First cause: ").Append(Safe(first.RuleId)).Append(" — ").AppendLine(Safe(first.Title));
            text.AppendLine("(↓ the findings list: each finding's cause and fix commands)");
        }
        else
        {
            text.AppendLine("No finding: no documented cause shows in what was collected.");
        }

        if (result.Checklist.Count > 0)
        {
            text.AppendLine().AppendLine("Checklist:");
            foreach (var item in result.Checklist)
            {
                var state = item.State switch { ChecklistState.Passed => "passed", ChecklistState.Failed => "FAILED", _ => "not checked" };
                text.Append("  [").Append(state).Append("] ").Append(Safe(item.Id)).Append(": ").Append(Safe(item.Title)).Append(" — ").AppendLine(Safe(item.Reason));
                if (item.ToCollect is { } collect && item.State == ChecklistState.NotChecked)
                {
                    text.Append("      to collect: ").AppendLine(Safe(collect));
                }

                foreach (var evidence in item.Evidence.Take(1))
                {
                    var line = EvidenceLine(evidence, shorten);
                    copyable.Add(line);
                    text.Append("      evidence: ").AppendLine(line);
                }
            }
        }

        if (result.NotChecked.Count > 0)
        {
            text.AppendLine().AppendLine("Not checked (the evidence was not collected):");
            foreach (var rule in result.NotChecked)
            {
                text.Append("  ").Append(Safe(rule.RuleId)).Append(": ").AppendLine(Safe(rule.Reason));
            }
        }

        text.AppendLine().Append("Unexplained signals: ").Append(N(result.Unexplained.Count));
        text.AppendLine(result.OtherErrors > 0 ? $" (and {N(result.OtherErrors)} error(s) of unrelated providers, not listed)" : string.Empty);
        foreach (var signal in result.Unexplained.Take(50))
        {
            text.Append("  ").Append(SeverityText.Name(signal.Severity)).Append(" ×").Append(N(signal.Count)).Append(": ").AppendLine(Safe(signal.Signature));
            foreach (var evidence in signal.Evidence.Take(1))
            {
                var line = EvidenceLine(evidence, shorten);
                copyable.Add(line);
                text.Append("      first at ").AppendLine(line);
            }
        }

        return new AnswerPage(text.ToString().TrimEnd(), copyable);
    }

    /// <summary>One finding's page: heading, cause, what would confirm it, the fix steps with their commands, references, what it explains, its evidence.</summary>
    public static AnswerPage Finding(Finding finding, Func<string, string>? shorten = null)
    {
        var text = new StringBuilder();
        var commands = new List<string>();
        var evidenceLines = new List<string>();
        text.Append(Safe(finding.RuleId)).Append(" · ").Append(SeverityText.Name(finding.Severity)).Append(" · ")
            .Append(finding.Confidence.ToString().ToLowerInvariant()).Append(" confidence · seen ").Append(N(finding.Count)).Append("× ")
            .Append(Time(finding.FirstSeen)).Append(" – ").AppendLine(Time(finding.LastSeen));
        text.AppendLine(Safe(finding.Title));
        text.AppendLine().Append("Cause: ").AppendLine(Safe(finding.Cause));
        if (finding.Confirm is { } confirm)
        {
            text.AppendLine().Append("To confirm: ").AppendLine(Safe(confirm));
        }

        if (finding.Fix.Count > 0)
        {
            text.AppendLine().AppendLine("Fix (c copies the next command):");
            var step = 0;
            foreach (var fix in finding.Fix)
            {
                text.Append("  ").Append(++step).Append(". ").AppendLine(Safe(fix.Text));
                if (fix.Command is { } command)
                {
                    commands.Add(Safe(command));
                    text.Append("     ").AppendLine(Safe(command));
                }
            }
        }

        if (finding.References.Count > 0)
        {
            text.AppendLine().AppendLine("References:");
            foreach (var reference in finding.References)
            {
                text.Append("  ").AppendLine(Safe(reference));
            }
        }

        if (finding.Consequences.Count > 0)
        {
            text.AppendLine().AppendLine("Explains (folded under it: fixing the cause fixes these):");
            foreach (var consequence in finding.Consequences)
            {
                text.Append("  └ ").Append(Safe(consequence.RuleId)).Append(" (").Append(SeverityText.Name(consequence.Severity)).Append("): ").AppendLine(Safe(consequence.Title));
            }
        }

        text.AppendLine().Append("Evidence (").Append(N(finding.Evidence.Count)).AppendLine("; Enter walks it in the timeline, ] and [ step):");
        var number = 0;
        foreach (var evidence in finding.Evidence)
        {
            var line = EvidenceLine(evidence, shorten);
            evidenceLines.Add(line);
            text.Append("  ").Append(++number).Append(". ").AppendLine(line);
        }

        return new AnswerPage(text.ToString().TrimEnd(), [.. commands, .. evidenceLines]) { Commands = commands.Count };
    }

    /// <summary>An evidence line as it is shown and copied: where (without the input folder, when <paramref name="shorten"/> is given), when, what.</summary>
    public static string EvidenceLine(Evidence evidence, Func<string, string>? shorten = null) =>
        Safe($"{(shorten ?? (l => l))(evidence.Location.ToString())} [{TimeQualityText.Format(evidence.Time, evidence.TimeQuality)}] {evidence.Excerpt}");

    private static string Safe(string? text) => SafeText.ForTerminal(text);

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "?";
}
