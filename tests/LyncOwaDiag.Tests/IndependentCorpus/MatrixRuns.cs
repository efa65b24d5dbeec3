using System.Collections.Concurrent;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;
using LyncOwaDiag.Time;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// Writes a scenario under a variation, diagnoses it as a user would (with <c>--tz</c> when the variation moved the
/// admins' clocks) and compares it with the scenario as written; each cell once per test run.
/// </summary>
internal static class MatrixRuns
{
    private static readonly ConcurrentDictionary<(string, string), Lazy<MatrixCell>> Cells = new();

    public static MatrixCell Of(CorpusScenario scenario, CorpusVariation variation) =>
        Cells.GetOrAdd((scenario.Name, variation.Name), _ => new Lazy<MatrixCell>(() => Run(scenario, variation))).Value;

    /// <summary>Every scenario under <paramref name="variation"/>, two at a time (the machines we run on have two cores).</summary>
    public static IReadOnlyList<MatrixCell> Column(CorpusVariation variation)
    {
        var cells = new ConcurrentBag<MatrixCell>();
        Parallel.ForEach(ScenarioCatalog.All, new ParallelOptions { MaxDegreeOfParallelism = 2 }, s => cells.Add(Of(s, variation)));
        return cells.OrderBy(c => c.Scenario, StringComparer.Ordinal).ToList();
    }

    private static MatrixCell Run(CorpusScenario scenario, CorpusVariation variation)
    {
        var asWritten = ScenarioRuns.Of(scenario);
        using var temp = new TempFolder();
        string path;
        using (variation.Use())
        {
            path = BundleWriter.Write(scenario.Build(), temp.Path);
        }

        var zones = new List<TimeZoneRule>();
        if (variation.LocalOffsetHours is { } hours)
        {
            TimeZoneRule.TryParse(hours.ToString("+00;-00", System.Globalization.CultureInfo.InvariantCulture) + ":00", out var zone, out _);
            zones.Add(zone!);
        }

        var result = Diagnoser.Diagnose(new DiagnoseOptions { Paths = [path], TimeZones = zones });
        var judged = ScenarioJudge.Judge(scenario, result, TimeSpan.Zero);
        return new MatrixCell(scenario.Name, variation.Name, judged.ActualTop, result.Verdict, asWritten.ActualTop, asWritten.Verdict, judged.Details);
    }
}
