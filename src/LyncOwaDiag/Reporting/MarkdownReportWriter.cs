using System.Globalization;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Reporting;

/// <summary>
/// The ticket report (docs/design.md#reports): GitHub-flavoured Markdown that reads well raw and rendered — summary table,
/// verdict, findings with cause, evidence (file:line), fix commands in fenced blocks and references, checklist,
/// not-checked rules, unexplained signals, inputs and time assumptions. Every string from a log goes through
/// <see cref="MarkdownText"/>.
/// </summary>
public static class MarkdownReportWriter
{
    private const int EvidenceShown = 10;

    public static void Write(TextWriter w, DiagnosisResult result, DateTimeOffset generatedAt, IReadOnlyList<DialogLadder>? ladders = null)
    {
        w.NewLine = "\n";
        w.WriteLine("# OWA instant messaging triage");
        w.WriteLine();
        w.WriteLine("| | |");
        w.WriteLine("|---|---|");
        w.WriteLine($"| Verdict | **{result.Verdict.ToString().ToLowerInvariant()}** — {MarkdownText.Escape(result.VerdictReason)} |");
        w.WriteLine($"| Causes found | {Counts(result.Findings)} |");
        w.WriteLine($"| Checklist | {string.Join(", ", result.Checklist.Select(c => $"{MarkdownText.Escape(c.Id)} {State(c.State)}"))} |");
        w.WriteLine($"| Unexplained signals | {result.Unexplained.Count.ToString(CultureInfo.InvariantCulture)} |");
        w.WriteLine($"| Inputs | {result.Inputs.Count.ToString(CultureInfo.InvariantCulture)} files, hosts {string.Join(", ", result.Inputs.Select(i => i.Host).Where(h => h is not null).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).Select(h => MarkdownText.Code(h, inTable: true)))} |");
        w.WriteLine($"| Events | {result.EventCount.ToString("N0", CultureInfo.InvariantCulture)}, {Time(result.First)} – {Time(result.Last)} |");
        w.WriteLine($"| Generated | {Time(generatedAt)} by lyncowadiag {ToolVersion.Text} |");
        w.WriteLine();

        w.WriteLine("## Findings");
        w.WriteLine();
        if (result.Findings.Count == 0)
        {
            w.WriteLine("No documented cause was found.");
            w.WriteLine();
        }

        var number = 0;
        foreach (var finding in result.Findings)
        {
            WriteFinding(w, finding, $"### {++number}. ");
        }

        WriteLadders(w, ladders ?? []);
        WriteChecklist(w, result);
        WriteNotChecked(w, result);
        WriteUnexplained(w, result);
        WriteServers(w, result);
        WriteInputs(w, result);
    }

    private static void WriteServers(TextWriter w, DiagnosisResult result)
    {
        if (result.Servers.Count == 0)
        {
            return;
        }

        w.WriteLine("## Servers");
        w.WriteLine();
        w.WriteLine("As the bundle's content names them; a folder name is only a guess and no check relies on it.");
        w.WriteLine();
        w.WriteLine("| server | FQDN | roles | files | names (where each was learned) |");
        w.WriteLine("|---|---|---|---|---|");
        foreach (var server in result.Servers)
        {
            var names = string.Join("<br>", server.Names.Select(n => MarkdownText.Code(n.Name, inTable: true) + " " + MarkdownText.Escape(ServerText.Source(n))));
            w.WriteLine($"| {MarkdownText.Code(server.Label, inTable: true)}{(server.IsGuess ? ServerText.GuessMark : string.Empty)} | {(server.Fqdn is null ? "not told" : MarkdownText.Code(server.Fqdn, inTable: true))} | {MarkdownText.Escape(ServerText.Roles(server.Roles))} | {server.Files.ToString(CultureInfo.InvariantCulture)} | {names} |");
        }

        w.WriteLine();
    }

    private static void WriteLadders(TextWriter w, IReadOnlyList<DialogLadder> ladders)
    {
        if (ladders.Count == 0)
        {
            return;
        }

        w.WriteLine("## Failing dialogs");
        w.WriteLine();
        foreach (var ladder in ladders)
        {
            w.WriteLine($"### Call-ID {MarkdownText.Code(ladder.CallId)}");
            w.WriteLine();
            w.WriteLine(MarkdownText.Escape(ladder.Span));
            w.WriteLine();
            w.WriteLine(MarkdownText.Block(ladder.Ladder.TrimEnd('\n'), "text"));
            w.WriteLine();
        }
    }

    private static void WriteFinding(TextWriter w, Finding f, string heading, bool folded = false)
    {
        w.WriteLine($"{heading}{MarkdownText.Code(f.RuleId)} {MarkdownText.Escape(f.Title)}");
        w.WriteLine();
        w.WriteLine($"**{SeverityText.Name(f.Severity)}**, {f.Confidence.ToString().ToLowerInvariant()} confidence; seen {f.Count.ToString("N0", CultureInfo.InvariantCulture)}× from {Time(f.FirstSeen)} to {Time(f.LastSeen)}.");
        w.WriteLine();
        w.WriteLine($"**Cause.** {MarkdownText.Escape(f.Cause)}");
        w.WriteLine();
        if (f.Confirm is not null)
        {
            w.WriteLine($"**To confirm.** {MarkdownText.Escape(f.Confirm)}");
            w.WriteLine();
        }

        if (f.Evidence.Count > 0)
        {
            w.WriteLine("**Evidence**");
            w.WriteLine();
            foreach (var e in f.Evidence.Take(EvidenceShown))
            {
                w.WriteLine($"- {MarkdownText.Code(e.Location.ToString())} {MarkdownText.Escape(TimeQualityText.Format(e.Time, e.TimeQuality))}: {MarkdownText.Code(e.Excerpt)}");
            }

            w.WriteLine();
        }

        if (f.Fix.Count > 0)
        {
            // A folded finding's fix is an alternative, not a second step: fixing the cause above fixes it.
            w.WriteLine(folded ? "**Fix, only if this is a cause of its own** (an alternative: the fix above comes first)" : "**Fix**");
            w.WriteLine();
            var step = 0;
            foreach (var fix in f.Fix)
            {
                w.WriteLine($"{++step}. {MarkdownText.Escape(fix.Text)}");
                if (fix.Command is not null)
                {
                    w.WriteLine();
                    foreach (var line in MarkdownText.Block(fix.Command, "powershell").Split('\n'))
                    {
                        w.WriteLine("   " + line);
                    }

                    w.WriteLine();
                }
            }

            w.WriteLine();
        }

        if (f.References.Count > 0)
        {
            w.WriteLine($"**References:** {string.Join("; ", f.References.Select(ReferenceLink.Markdown))}");
            w.WriteLine();
        }

        foreach (var consequence in f.Consequences)
        {
            WriteFinding(w, consequence, "#### Explains: ", folded: true);
        }
    }

    private static void WriteChecklist(TextWriter w, DiagnosisResult result)
    {
        if (result.Checklist.Count == 0)
        {
            return;
        }

        w.WriteLine("## Verification checklist");
        w.WriteLine();
        w.WriteLine("| item | state | why | evidence |");
        w.WriteLine("|---|---|---|---|");
        foreach (var item in result.Checklist)
        {
            var evidence = item.Evidence.Count > 0 ? MarkdownText.Code(item.Evidence[0].Location.ToString(), inTable: true) : string.Empty;
            w.WriteLine($"| {MarkdownText.Code(item.Id, inTable: true)} {MarkdownText.Escape(item.Title)} | {State(item.State)} | {MarkdownText.Escape(item.Reason)} | {evidence} |");
        }

        w.WriteLine();
    }

    /// <summary>What the bundle could not show, and what to collect so that it can: checks and rules alike.</summary>
    private static void WriteNotChecked(TextWriter w, DiagnosisResult result)
    {
        var items = NotChecked.Of(result);
        if (items.Count == 0)
        {
            return;
        }

        w.WriteLine("## Not checked");
        w.WriteLine();
        w.WriteLine("The bundle holds no evidence either way for these; collect what each names and run again.");
        w.WriteLine();
        foreach (var (id, title, reason, collect) in items)
        {
            w.WriteLine($"- {MarkdownText.Code(id)} {MarkdownText.Escape(title)}: {MarkdownText.Escape(reason)}{(collect is null ? string.Empty : $" **To collect:** {MarkdownText.Escape(collect)}")}");
        }

        w.WriteLine();
    }

    private static void WriteUnexplained(TextWriter w, DiagnosisResult result)
    {
        w.WriteLine("## Unexplained signals");
        w.WriteLine();
        if (result.Unexplained.Count == 0)
        {
            w.WriteLine("None: every error and warning of the integration's sources is explained by a finding.");
        }
        else
        {
            w.WriteLine("| signature | severity | count | first seen | where |");
            w.WriteLine("|---|---|---|---|---|");
            foreach (var s in result.Unexplained)
            {
                var where = s.Evidence.Count > 0 ? MarkdownText.Code(s.Evidence[0].Location.ToString(), inTable: true) : string.Empty;
                w.WriteLine($"| {MarkdownText.Code(s.Signature, inTable: true)} | {SeverityText.Name(s.Severity)} | {s.Count.ToString("N0", CultureInfo.InvariantCulture)} | {Time(s.FirstSeen)} | {where} |");
            }
        }

        if (result.OtherErrors > 0)
        {
            w.WriteLine();
            w.WriteLine($"{result.OtherErrors.ToString("N0", CultureInfo.InvariantCulture)} error(s) of providers outside the integration are counted, not listed.");
        }

        w.WriteLine();
    }

    private static void WriteInputs(TextWriter w, DiagnosisResult result)
    {
        w.WriteLine("## Inputs and time assumptions");
        w.WriteLine();
        w.WriteLine("| file | format | host | events | diagnostics | first | last | time |");
        w.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var i in result.Inputs)
        {
            w.WriteLine($"| {MarkdownText.Code(i.File, inTable: true)} | {i.Format} | {MarkdownText.Code(i.Host, inTable: true)}{(i.HostOrigin == HostOrigin.FolderName ? ServerText.GuessMark : string.Empty)} | {i.Events.ToString(CultureInfo.InvariantCulture)} | {i.Diagnostics.ToString(CultureInfo.InvariantCulture)} | {Time(i.First)} | {Time(i.Last)} | {(i.TimeQuality is { } q ? TimeQualityText.Name(q) : i.SkippedReason is null ? string.Empty : MarkdownText.Escape(i.SkippedReason))} |");
        }

        w.WriteLine();
        foreach (var a in result.TimeAssumptions.Where(a => a.Quality != TimeQuality.Exact))
        {
            w.WriteLine($"- {MarkdownText.Code(a.File)}: {TimeQualityText.Name(a.Quality)} — {MarkdownText.Escape(a.How)}");
        }

        foreach (var s in result.Skews)
        {
            w.WriteLine($"- clock skew: {MarkdownText.Code(s.Host)} is {(-s.Offset).TotalSeconds.ToString("+0.000;-0.000", CultureInfo.InvariantCulture)} s against {MarkdownText.Code(s.Reference)} ({s.Pairs.ToString(CultureInfo.InvariantCulture)} message pairs), {(result.SkewsCorrected ? "corrected" : "not corrected (--no-skew-correction)")}");
        }

        if (result.Diagnostics.Count > 0)
        {
            w.WriteLine($"- {result.Diagnostics.Count.ToString(CultureInfo.InvariantCulture)} malformed or odd record(s); the JSON report lists them with file and line");
        }
    }

    private static string Counts(IReadOnlyList<Finding> findings) =>
        findings.Count == 0 ? "none" : string.Join(", ", findings.Select(f => f.RuleId).Select(id => MarkdownText.Code(id, inTable: true)));

    private static string State(ChecklistState state) => state switch
    {
        ChecklistState.Passed => "passed",
        ChecklistState.Failed => "**failed**",
        _ => "not checked",
    };

    private static string Time(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "?";
}
