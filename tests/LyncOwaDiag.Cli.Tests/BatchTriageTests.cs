using System.IO.Compression;
using System.Text.Json;
using LyncOwaDiag.Cli.Tests.Support;

namespace LyncOwaDiag.Cli.Tests;

/// <summary><c>triage --each</c> as a script runs it over a pile of bundles: folders and zips, a report set each, a summary, the worst exit.</summary>
public sealed class BatchTriageTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("lyncowadiag-batch-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Theory]
    [InlineData("1")]
    [InlineData("4")]
    public void EachFolderAndZip_IsABundle_WithReports_ASummary_AndTheWorstExit(string jobs)
    {
        var pile = Path.Combine(_root, "pile");
        Copy(Path.Combine(CliRun.Root, "sample-traces", "scenarios", "healthy", "bundle"), Path.Combine(pile, "site-a"));
        Directory.CreateDirectory(pile);
        ZipFile.CreateFromDirectory(Path.Combine(CliRun.Root, "sample-traces", "scenarios", "CERT-NOT-FOUND", "bundle"), Path.Combine(pile, "site-b.zip"));
        var output = Path.Combine(_root, "out");

        var run = CliRun.Of("triage", "--each", pile, "--out", output, "--jobs", jobs, "--quiet");

        Assert.Equal(1, run.ExitCode);
        var lines = File.ReadAllLines(Path.Combine(output, "summary.jsonl"));
        Assert.Equal(2, lines.Length);
        // Worst first: the failing bundle before the verified one, whatever their names.
        using var b = JsonDocument.Parse(lines[0]);
        using var a = JsonDocument.Parse(lines[1]);
        Assert.Equal(("site-a", "verified", 0), (a.RootElement.GetProperty("bundle").GetString(), a.RootElement.GetProperty("verdict").GetString(), a.RootElement.GetProperty("exit").GetInt32()));
        Assert.Equal(("site-b", "failing", 1), (b.RootElement.GetProperty("bundle").GetString(), b.RootElement.GetProperty("verdict").GetString(), b.RootElement.GetProperty("exit").GetInt32()));
        Assert.Equal("CERT-NOT-FOUND", b.RootElement.GetProperty("findings")[0].GetProperty("ruleId").GetString());
        Assert.True(File.Exists(Path.Combine(output, "site-b", "report.md")));
        Assert.True(File.Exists(Path.Combine(output, "site-a", "report.json")));
        Assert.True(run.Out.IndexOf("site-b", StringComparison.Ordinal) < run.Out.IndexOf("site-a", StringComparison.Ordinal), run.Out);
        Assert.Contains("severity", run.Out, StringComparison.Ordinal);
        Assert.Contains("title", run.Out, StringComparison.Ordinal);

        // The index links every report, worst first, with severity and title.
        var index = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.True(index.IndexOf("site-b", StringComparison.Ordinal) < index.IndexOf("site-a", StringComparison.Ordinal));
        foreach (var report in new[] { "site-b/report.html", "site-b/report.md", "site-b/report.json", "site-a/report.html" })
        {
            Assert.Contains($"href=\"{report}\"", index, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<script", index, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Content-Security-Policy", index, StringComparison.Ordinal);
    }

    [Fact]
    public void AVerifiedBundle_NamesNoFirstCause_EvenWithAnInformationalFinding()
    {
        var pile = Path.Combine(_root, "pile-info");
        Copy(Path.Combine(CliRun.Root, "sample-traces", "scenarios", "TRACE-INSUFFICIENT", "bundle"), Path.Combine(pile, "quiet-trace"));

        var run = CliRun.Of("triage", "--each", pile, "--out", Path.Combine(_root, "info-out"), "--quiet");

        var index = File.ReadAllText(Path.Combine(_root, "info-out", "index.html"));
        var row = index.Split('\n').Single(l => l.Contains("quiet-trace", StringComparison.Ordinal) && l.StartsWith("<tr>", StringComparison.Ordinal));
        // The scenario's verdict is verified with one informational finding: "verified" beside a "first cause" would contradict itself.
        Assert.Contains(">verified<", row, StringComparison.Ordinal);
        Assert.DoesNotContain("TRACE-INSUFFICIENT", row, StringComparison.Ordinal);
        Assert.DoesNotContain("TRACE-INSUFFICIENT", run.Out, StringComparison.Ordinal);
        Assert.Contains("TRACE-INSUFFICIENT", File.ReadAllText(Path.Combine(_root, "info-out", "summary.jsonl")), StringComparison.Ordinal);
    }

    [Fact]
    public void TheIndex_EscapesBundleNames_InTextAndInLinks()
    {
        var pile = Path.Combine(_root, "pile-odd");
        var odd = "a <b> & #1?x";
        Copy(Path.Combine(CliRun.Root, "sample-traces", "scenarios", "healthy", "bundle"), Path.Combine(pile, odd));

        var run = CliRun.Of("triage", "--each", pile, "--out", Path.Combine(_root, "odd-out"), "--quiet");

        var index = File.ReadAllText(Path.Combine(_root, "odd-out", "index.html"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("a &lt;b&gt; &amp; #1?x", index, StringComparison.Ordinal);
        Assert.Contains("href=\"a%20%3Cb%3E%20%26%20%231%3Fx/report.html\"", index, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_root, "odd-out", odd, "report.html")));
    }

    [Fact]
    public void OnTheScenarios_EachBundleGetsItsReports_AndTheSummaryNamesTheExpectedCause()
    {
        var scenarios = Path.Combine(CliRun.Root, "sample-traces", "scenarios");
        var output = Path.Combine(_root, "scenarios-out");

        var run = CliRun.Of("triage", "--each", scenarios, "--out", output, "--quiet");

        Assert.Equal(1, run.ExitCode);
        var summary = File.ReadAllLines(Path.Combine(output, "summary.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(e => e.GetProperty("bundle").GetString()!);
        foreach (var folder in Directory.EnumerateDirectories(scenarios).Where(d => File.Exists(Path.Combine(d, "expected.json"))))
        {
            var name = Path.GetFileName(folder);
            using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
            var line = summary[name];
            Assert.Equal(expected.RootElement.GetProperty("verdict").GetString(), line.GetProperty("verdict").GetString());
            var top = expected.RootElement.GetProperty("top").GetString();
            var first = line.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).FirstOrDefault();
            Assert.True(top == first, $"{name}: expected {top} first, the summary says {first}");
            Assert.All(new[] { "report.md", "report.html", "report.json" }, r => Assert.True(File.Exists(Path.Combine(output, name, r)), $"{name}/{r}"));
        }
    }

    [Fact]
    public void WithoutOut_IsAUsageError()
    {
        var run = CliRun.Of("triage", "--each", _root);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--each needs --out DIR", run.Error, StringComparison.Ordinal);
    }
}
