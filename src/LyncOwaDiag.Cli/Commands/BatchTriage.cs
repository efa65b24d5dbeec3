using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Cli.Hosting;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Reporting;
using Spectre.Console;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>
/// <c>triage --each DIR… --out DIR</c>: every subfolder or zip of the given folders is a bundle of its own,
/// triaged in parallel (up to <c>--jobs</c>), with a report set per bundle, a summary table, and
/// <c>summary.jsonl</c>; the exit code is the worst of all.
/// </summary>
internal sealed class BatchTriage(CliOutput output, DateTimeOffset generatedAt)
{
    /// <param name="Shown">The bundle's name in the output folder and the summary: its own, or with --redact a number.</param>
    /// <param name="Reason">The verdict's reason, redacted with the bundle's own names when --redact asked.</param>
    /// <param name="Title">The first cause's title, redacted as the reason is; null when there is none.</param>
    private sealed record Outcome(string Name, string Shown, string Path, int Exit, DiagnosisResult? Result, string? Reason, string? Error, string? Title = null)
    {
        /// <summary>Worst first: a bundle that could not be read, then failing, degraded, inconclusive, verified; then by the first cause's severity.</summary>
        public (int Verdict, int Severity) Rank => (
            Result?.Verdict switch { null => 0, Verdict.Failing => 1, Verdict.Degraded => 2, Verdict.Inconclusive => 3, _ => 4 },
            Result is not null && FirstCause(Result) is { } first ? (int)first.Severity : int.MaxValue);
    }

    /// <summary>
    /// The finding the summary names as the first cause: the top one when it is a warning or worse. An informational
    /// finding (the trace cannot show the failure) is no cause: beside "verified" it would contradict the verdict.
    /// </summary>
    private static Finding? FirstCause(DiagnosisResult result) => result.Findings.FirstOrDefault() is { Severity: <= Severity.Warning } first ? first : null;

    public int Run(TriageSettings settings, DiagnoseOptions template, RuleSet rules, Severity failOn)
    {
        var outFolder = settings.Out ?? throw new UsageException("--each needs --out DIR for the reports");
        if (File.Exists(outFolder))
        {
            throw new UsageException($"--out {outFolder}: a file, not a folder");
        }

        // Reports written under a folder of bundles would be read back as bundles on the next run.
        if (ReportFiles.InputHolding(outFolder, template.Paths) is { } under)
        {
            throw new UsageException($"--out {outFolder}: inside the input {under}, where the next run would read the reports as bundles; write them elsewhere");
        }

        // With --redact a bundle's name (often a collector's zip named after its server) shows nowhere: bundles are
        // numbered in name order, and the summary gives no path.
        var bundles = Bundles(template.Paths)
            .Select((b, i) => (b.Name, b.Path, Shown: settings.Redact ? $"bundle-{(i + 1).ToString("D3", CultureInfo.InvariantCulture)}" : b.Name))
            .ToList();
        if (bundles.Count == 0)
        {
            throw new UsageException("--each: no subfolder or .zip in " + string.Join(", ", template.Paths));
        }

        Directory.CreateDirectory(outFolder);
        var jobs = settings.Jobs ?? Environment.ProcessorCount;
        if (jobs < 1)
        {
            throw new UsageException("--jobs: at least 1");
        }

        var outcomes = new ConcurrentBag<Outcome>();
        Parallel.ForEach(bundles, new ParallelOptions { MaxDegreeOfParallelism = jobs }, bundle =>
        {
            outcomes.Add(Triage(bundle.Name, bundle.Shown, bundle.Path, template with { Paths = [bundle.Path], ParallelFiles = Math.Max(1, template.ParallelFiles / jobs) }, rules, failOn, outFolder, settings.Redact));
            if (!settings.Quiet)
            {
                output.Error.WriteLine(SafeText.ForTerminal($"lyncowadiag: {bundle.Shown} done"));
            }
        });

        var ordered = outcomes.OrderBy(o => o.Rank).ThenBy(o => o.Name, StringComparer.Ordinal).ToList();
        WriteSummary(ordered, outFolder, settings.Redact);
        return ordered.Max(o => o.Exit);
    }

    /// <summary>Each subfolder and each .zip directly inside the given folders, in name order; names made unique.</summary>
    private static List<(string Name, string Path)> Bundles(IEnumerable<string> parents)
    {
        var found = new List<(string, string)>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parent in parents)
        {
            if (!Directory.Exists(parent))
            {
                throw new UsageException($"--each: '{parent}' is not a folder");
            }

            var entries = Directory.EnumerateDirectories(parent)
                .Concat(Directory.EnumerateFiles(parent, "*.zip"))
                .Order(StringComparer.Ordinal);
            foreach (var path in entries)
            {
                var name = Path.GetFileName(path.TrimEnd(Path.DirectorySeparatorChar));
                name = name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? name[..^4] : name;
                var unique = name;
                for (var n = 2; !names.Add(unique); n++)
                {
                    unique = $"{name}-{n.ToString(CultureInfo.InvariantCulture)}";
                }

                found.Add((unique, path));
            }
        }

        return found;
    }

    private Outcome Triage(string name, string shown, string path, DiagnoseOptions options, RuleSet rules, Severity failOn, string outFolder, bool redact)
    {
        // An error's text may name the bundle's files; with --redact only its kind is told.
        string Error(string text) => redact ? "the bundle could not be read (its reason is withheld by --redact)" : text;
        try
        {
            using var session = TimelineSession.Open(options);
            if (!session.HasReadableInput)
            {
                return new Outcome(name, shown, path, ExitCodes.Usage, null, null, "no readable input");
            }

            var result = Diagnoser.Diagnose(session, rules);
            var redactor = redact ? ReportFiles.Learn(session) : null;
            var folder = Path.Combine(outFolder, shown);
            Directory.CreateDirectory(folder);
            ReportFiles.WriteAll(ReportFiles.Extensions.Select(e => Path.Combine(folder, "report" + e)).ToList(), session, result, generatedAt, redactor);

            var reason = redactor is null ? result.VerdictReason : redactor.Redact(result.VerdictReason);
            var title = FirstCause(result)?.Title is { } t ? (redactor is null ? t : redactor.Redact(t)) : null;
            return new Outcome(name, shown, path, TriageCommand.ExitFor(result, failOn), result, reason, null, title);
        }
        catch (InvalidInputException e)
        {
            return new Outcome(name, shown, path, ExitCodes.Failed, null, null, Error("invalid input (--on-invalid fail): " + e.Diagnostic));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return new Outcome(name, shown, path, ExitCodes.Usage, null, null, Error(e.Message));
        }
    }

    private void WriteSummary(IReadOnlyList<Outcome> outcomes, string outFolder, bool redact)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("bundle", "verdict", "severity", "first cause", "title", "causes", "unexplained", "exit");
        using var jsonl = new StreamWriter(Path.Combine(outFolder, "summary.jsonl"), append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var o in outcomes)
        {
            var r = o.Result;
            var first = r is null ? null : FirstCause(r);
            table.AddRow(
                Markup.Escape(SafeText.ForTerminal(o.Shown)),
                r?.Verdict.ToString().ToLowerInvariant() ?? "error",
                first is null ? "—" : SeverityText.Name(first.Severity),
                Markup.Escape(SafeText.ForTerminal(first?.RuleId ?? o.Error ?? "—")),
                Markup.Escape(SafeText.ForTerminal(o.Title ?? "—")),
                (r?.Findings.Count(f => f.Severity <= Severity.Warning) ?? 0).ToString(CultureInfo.InvariantCulture),
                (r?.Unexplained.Count ?? 0).ToString(CultureInfo.InvariantCulture),
                o.Exit.ToString(CultureInfo.InvariantCulture));
            jsonl.WriteLine(JsonSerializer.Serialize(new
            {
                // Names and reasons come from the bundles: a terminal reading `jq -r` must not obey them.
                bundle = SafeText.ForTerminal(o.Shown),
                path = redact ? null : SafeText.ForTerminal(o.Path),
                verdict = r?.Verdict.ToString().ToLowerInvariant(),
                verdictReason = SafeText.ForTerminalOrNull(o.Reason),
                findings = r?.Findings.Select(f => new { ruleId = f.RuleId, severity = SeverityText.Name(f.Severity), confidence = f.Confidence.ToString().ToLowerInvariant(), count = f.Count }),
                unexplained = r?.Unexplained.Count,
                events = r?.EventCount,
                reports = r is null ? null : ReportFiles.Extensions.Select(e => Path.Combine(o.Shown, "report" + e)),
                exit = o.Exit,
                error = SafeText.ForTerminalOrNull(o.Error),
            }));
        }

        BatchIndexWriter.Write(Path.Combine(outFolder, "index.html"), outcomes.Select(o => new BatchIndexRow(
            o.Shown,
            o.Result?.Verdict.ToString().ToLowerInvariant() ?? "error",
            o.Result is not null && FirstCause(o.Result) is { } f ? SeverityText.Name(f.Severity) : null,
            o.Result is null ? null : FirstCause(o.Result)?.RuleId,
            o.Title,
            o.Reason ?? o.Error,
            o.Result is null ? [] : ReportFiles.Extensions.Select(e => o.Shown + "/report" + e).ToList())).ToList(), generatedAt);
        output.Console.Write(table);
        output.Console.WriteLine($"{outcomes.Count.ToString(CultureInfo.InvariantCulture)} bundle(s), worst first; reports, summary.jsonl and index.html in {SafeText.ForTerminal(outFolder)}");
    }
}
