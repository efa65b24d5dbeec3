using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// The independent corpus: bundles written from the documentation alone (KNOWLEDGE.md, FORMATS.md, BUNDLES.md and
/// the references), never from the rules, each checked against what the documentation says should be concluded.
/// Where the tool concludes otherwise the scenario is listed in <see cref="KnownFailures"/> with the difference, and
/// the test asserts that it still fails, so a fix shows up as a failing test asking for the entry to be removed.
/// </summary>
public sealed class IndependentCorpusTests(ITestOutputHelper output)
{
    /// <summary>Scenario → expected vs actual, in one line.</summary>
    internal static readonly IReadOnlyDictionary<string, string> KnownFailures = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ENDPOINT-MANAGER-NOT-INITIALISED/no-112-event-xml-hand"] =
            "expected top ENDPOINT-MANAGER-NOT-INITIALISED, Failing; actual Inconclusive: no IM log, and the HttpProxy log's OWA requests are not taken for IM sign-ins. Disputed: event 112 is logged once per app-pool start, so an afternoon export without it proves nothing unless the pool started inside it (the IM log's 'Initializing Endpoint' would show that)",
    };

    public static TheoryData<string> Scenarios => new(ScenarioCatalog.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scenario_ConcludesWhatTheDocumentationSays(string name)
    {
        var outcome = ScenarioRuns.Of(ScenarioCatalog.Named(name));
        output.WriteLine($"shows: {outcome.Scenario.Shows}");
        output.WriteLine($"expected {outcome.Scenario.Expected}; top {outcome.ActualTop ?? "none"}; {outcome.Mismatch}");
        output.WriteLine(outcome.Details);
        if (KnownFailures.TryGetValue(name, out var reason))
        {
            Assert.False(outcome.Passed, $"{name} now concludes what the documentation says; remove it from KnownFailures (was: {reason})");
        }
        else
        {
            Assert.True(outcome.Passed, $"{name}: {outcome.Mismatch}");
        }
    }

    [Fact]
    public void Catalog_CoversEveryDocumentedCauseAndFiveHealthyBundles()
    {
        var named = ScenarioCatalog.All.SelectMany(s => (IEnumerable<string?>)[s.ExpectedTop, .. s.MustAlsoAppear]).ToHashSet();
        Assert.DoesNotContain(ScenarioCatalog.DocumentedCauses, c => !named.Contains(c));
        Assert.Equal(5, ScenarioCatalog.All.Count(s => s.IsHealthy));
        Assert.Equal(ScenarioCatalog.All.Count, ScenarioCatalog.All.Select(s => s.Name).Distinct().Count());
        Assert.DoesNotContain(KnownFailures.Keys, k => ScenarioCatalog.All.All(s => s.Name != k));
    }

    [Fact]
    public void Corpus_PrintsItsResultTable()
    {
        var clock = Stopwatch.StartNew();
        var outcomes = ScenarioCatalog.All.Select(ScenarioRuns.Of).ToList();
        var table = new StringBuilder();
        table.AppendLine("| scenario | expected | actual top | verdict | result |");
        table.AppendLine("|---|---|---|---|---|");
        foreach (var o in outcomes)
        {
            var result = o.Passed ? "pass" : KnownFailures.ContainsKey(o.Scenario.Name) ? "known failure" : "FAIL";
            table.AppendLine($"| {o.Scenario.Name} | {o.Scenario.Expected} | {o.ActualTop ?? "none"} | {o.Verdict} | {result} |");
        }

        table.AppendLine();
        var known = outcomes.Count(o => !o.Passed && KnownFailures.ContainsKey(o.Scenario.Name));
        table.AppendLine($"{outcomes.Count(o => o.Passed)} pass, {known} known failures, {outcomes.Count(o => !o.Passed) - known} new failures of {outcomes.Count}; diagnosis time {TimeSpan.FromTicks(outcomes.Sum(o => o.Elapsed.Ticks)).TotalSeconds:F1} s, this test {clock.Elapsed.TotalSeconds:F1} s");
        output.WriteLine(table.ToString());
        Assert.All(outcomes, o => Assert.True(o.Passed || KnownFailures.ContainsKey(o.Scenario.Name), $"{o.Scenario.Name}: {o.Mismatch}"));
    }
}
