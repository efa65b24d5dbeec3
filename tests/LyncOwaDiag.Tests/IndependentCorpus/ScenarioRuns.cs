using System.Collections.Concurrent;
using System.Diagnostics;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// Generates each scenario's bundle into a temporary folder, diagnoses it through the public pipeline and judges
/// the result, once per test run: the theory and the summary table share the outcomes. Set
/// <c>LYNCOWADIAG_CORPUS_OUT</c> to a folder to keep the generated bundles for inspection with the CLI.
/// </summary>
internal static class ScenarioRuns
{
    private static readonly ConcurrentDictionary<string, Lazy<ScenarioOutcome>> Outcomes = new(StringComparer.Ordinal);

    public static ScenarioOutcome Of(CorpusScenario scenario) =>
        Outcomes.GetOrAdd(scenario.Name, _ => new Lazy<ScenarioOutcome>(() => Run(scenario))).Value;

    private static ScenarioOutcome Run(CorpusScenario scenario)
    {
        using var temp = new TempFolder();
        var incident = scenario.Build();
        var path = BundleWriter.Write(incident, temp.Path);
        var clock = Stopwatch.StartNew();
        var result = Diagnoser.Diagnose(new DiagnoseOptions { Paths = [path] });
        var outcome = ScenarioJudge.Judge(scenario, result, clock.Elapsed);
        if (Environment.GetEnvironmentVariable("LYNCOWADIAG_CORPUS_OUT") is { Length: > 0 } keep)
        {
            var folder = Path.Combine(keep, scenario.Name.Replace('/', '_'));
            BundleWriter.Write(incident, folder);
            File.WriteAllText(Path.Combine(folder, "diagnosis.txt"),
                $"shows: {scenario.Shows}\nexpected {scenario.Expected}; top {outcome.ActualTop ?? "none"}; {(outcome.Passed ? "pass" : outcome.Mismatch)}\n{outcome.Details}");
        }

        return outcome;
    }
}
