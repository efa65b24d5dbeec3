using System.Text.Json;
using LyncOwaDiag.Cli.Tests.Support;

namespace LyncOwaDiag.Cli.Tests;

/// <summary>
/// What an admin sees first: triage's verdict and first fix inside an 80×24 terminal's first screen, --quiet as
/// only the answer, and messages kept whole so that --grep and the jsonl find text past the 240th character.
/// </summary>
public class AnswerFirstTests
{
    private static string Bundle(string scenario) => Path.Combine(CliRun.Root, "sample-traces", "scenarios", scenario, "bundle");

    [Theory]
    [InlineData("CERT-NAME-MISMATCH")]
    [InlineData("TRUSTED-APP-MISSING")]
    [InlineData("WEBCONFIG-KEYS-MISPLACED")]
    [InlineData("LYNC-UNREACHABLE")]
    public void Triage_At80Columns_ShowsTheVerdictAndTheFirstFixCommand_InItsFirst24Lines(string scenario)
    {
        var run = CliRun.AtWidth(80, "triage", Bundle(scenario));
        var lines = run.Out.Split('\n');
        var result = Pipeline.Diagnoser.Diagnose(new Pipeline.DiagnoseOptions { Paths = [Bundle(scenario)] });
        var command = result.Findings[0].Fix.First(f => f.Command is not null).Command!;
        var commands = result.AllFindings.SelectMany(f => f.Fix).Select(f => f.Command).OfType<string>().ToHashSet(StringComparer.Ordinal);

        Assert.StartsWith("Verdict: failing", lines[0], StringComparison.Ordinal);
        // The command on one line of its own, never broken (pasted into PowerShell, a broken one runs half of itself);
        // every other line fits the 80 columns.
        Assert.Contains(lines.Take(24), l => l.Trim() == command);
        Assert.All(lines.Where(l => !commands.Contains(l.Trim())), l => Assert.True(l.Length <= 80, $"wider than 80 columns: {l}"));
    }

    [Theory]
    [InlineData("CERT-NAME-MISMATCH")]
    [InlineData("healthy")]
    public void Triage_At80Columns_MatchesItsGoldenScreen(string scenario)
    {
        // A path relative to the test's folder: the same length on every checkout, so the wrapping is too.
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Bundle(scenario));
        var run = CliRun.AtWidth(80, "triage", relative);

        Golden.AssertMatches($"triage-80-{scenario}.txt", run.Out.Replace(relative, "BUNDLE", StringComparison.Ordinal));
    }

    [Fact]
    public void Triage_OnTheHealthyBundle_SaysVerifiedOnItsFirstLine()
    {
        var run = CliRun.AtWidth(80, "triage", Bundle("healthy"));

        Assert.StartsWith("Verdict: verified", run.Out, StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Quiet_PrintsTheVerdictAndTheFindingsOnly()
    {
        var full = CliRun.Of("triage", Bundle("CERT-NAME-MISMATCH"));
        var quiet = CliRun.Of("triage", Bundle("CERT-NAME-MISMATCH"), "--quiet");

        Assert.StartsWith("Verdict:", quiet.Out, StringComparison.Ordinal);
        Assert.Contains("Finding CERT-NAME-MISMATCH", quiet.Out, StringComparison.Ordinal);
        foreach (var section in new[] { "Verification checklist:", "Inputs:", "Timeline:", "Servers (" })
        {
            Assert.Contains(section, full.Out, StringComparison.Ordinal);
            Assert.DoesNotContain(section, quiet.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheWholeMessage_IsSearched_AndWritten_PastThe240thCharacter()
    {
        var grep = CliRun.Of("timeline", Bundle("TRUSTED-APP-MISSING"), "--source", "owa-im", "--grep", @"\(504\) Server time-out.*EndEstablish");
        var jsonl = CliRun.Of("timeline", Bundle("TRUSTED-APP-MISSING"), "--source", "owa-im", "--format", "jsonl", "--severity", "error");

        var rows = grep.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.All(rows, r => Assert.Contains("SignInCallback failed", r, StringComparison.Ordinal));
        var messages = jsonl.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("message").GetString()!).ToList();
        var callback = messages.First(m => m.Contains("SignInCallback failed", StringComparison.Ordinal));
        Assert.True(callback.Length > 240, callback);
        Assert.Contains("EndEstablish(IAsyncResult result)", callback, StringComparison.Ordinal);
        Assert.DoesNotContain("…", callback, StringComparison.Ordinal);
    }

    [Fact]
    public void Grep_OnALongMessage_CannotRunAway_AndABackreferenceIsAUsageError()
    {
        var run = CliRun.Of("timeline", Bundle("TRUSTED-APP-MISSING"), "--grep", "(x+x+)+y");
        var backreference = CliRun.Of("timeline", Bundle("TRUSTED-APP-MISSING"), "--grep", @"(a)\1");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, backreference.ExitCode);
        Assert.Contains("--grep", backreference.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("timeline")]
    [InlineData("tui")]
    public void Follow_WithRedact_IsRefused_WithTheReason(string command)
    {
        var run = CliRun.Of(command, Bundle("healthy"), "--follow", "--redact");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--follow cannot be used with --redact", run.Error, StringComparison.Ordinal);
    }
}
