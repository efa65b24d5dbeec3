using LyncOwaDiag.Cli.Tests.Support;

namespace LyncOwaDiag.Cli.Tests;

/// <summary>What a user types from habit: --version, a near-miss of a command or option, "warn", a Call-ID not there.</summary>
public class CommandLineHabitsTests
{
    private static string Bundle(string scenario) => Path.Combine(CliRun.Root, "sample-traces", "scenarios", scenario, "bundle");

    [Theory]
    [InlineData("--version")]
    [InlineData("-V")]
    public void Version_IsTheToolsOwn_AndTheReportsSayTheSame(string option)
    {
        var run = CliRun.Of(option);
        var json = Path.Combine(Path.GetTempPath(), $"version-{Guid.NewGuid():N}.json");
        try
        {
            CliRun.Of("triage", Bundle("healthy"), "--report", json, "--quiet");

            Assert.Equal(0, run.ExitCode);
            Assert.Matches(@"^lyncowadiag \d+\.\d+\.\d+\s*$", run.Out);
            Assert.Contains($"\"tool\": \"{run.Out.Trim()}\"", File.ReadAllText(json), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(json);
        }
    }

    [Theory]
    [InlineData("triag|x", "Did you mean 'triage'?")]
    [InlineData("timelin|x", "Did you mean 'timeline'?")]
    [InlineData("triage|x|--fail-onn|error", "Did you mean '--fail-on'?")]
    [InlineData("timeline|x|--fromat|csv", "Did you mean '--format'?")]
    [InlineData("triage|x|--quite", "Did you mean '--quiet'?")]
    public void ANearMiss_IsAnsweredWithTheNearestName(string args, string suggestion)
    {
        var run = CliRun.Of(args.Split('|'));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(suggestion, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SomethingFarFromAnyName_GetsNoGuess()
    {
        var run = CliRun.Of("frobnicate", "x");

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("Did you mean", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Warn_IsTakenForWarning()
    {
        // The healthy bundle has warnings but no error: "warn" must fail it as "warning" does.
        Assert.Equal(CliRun.Of("triage", Bundle("healthy"), "--fail-on", "warning", "--quiet").ExitCode,
            CliRun.Of("triage", Bundle("healthy"), "--fail-on", "warn", "--quiet").ExitCode);
        Assert.NotEqual(2, CliRun.Of("triage", Bundle("healthy"), "--fail-on", "warn", "--quiet").ExitCode);
    }

    [Fact]
    public void Flow_WithACallIdTheInputsDoNotHave_ExitsTwo_Saying()
    {
        var run = CliRun.Of("flow", Bundle("healthy"), "--call-id", "not-in-the-bundle", "--quiet");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no SIP message with Call-ID not-in-the-bundle", run.Error, StringComparison.Ordinal);
    }
}
