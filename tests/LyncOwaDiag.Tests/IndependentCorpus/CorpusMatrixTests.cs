using System.Text;
using Xunit.Abstractions;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// The metamorphic matrix: every corpus scenario × every <see cref="CorpusVariations">variation</see> must keep the
/// verdict and the top cause it has as written. The table is printed; a red cell fails the build unless it is listed
/// below with why (asserted to stay red, so a fix asks for the entry to go).
/// </summary>
public sealed class CorpusMatrixTests(ITestOutputHelper output)
{
    /// <summary>(scenario, variation) → why the variation changes the conclusion today.</summary>
    internal static readonly IReadOnlyDictionary<(string Scenario, string Variation), string> KnownFailures =
        new Dictionary<(string, string), string>();

    /// <summary>
    /// Cells where the variation would contradict the scenario (a healthy neighbour beside a pool that is down), so
    /// the cell is not run; each with why.
    /// </summary>
    internal static readonly IReadOnlyDictionary<(string Scenario, string Variation), string> NotApplicable =
        new Dictionary<(string, string), string>
        {
            [("IM-ENABLED-NOT-INTEGRATED/nothing-integrated", "2nd-mailbox")] =
                "the scenario is an organisation that integrated nothing; an integrated neighbour makes it one server missing its web.config keys (WEBCONFIG-IMSERVERNAME-MISSING), a different documented cause",
            [("TRUSTED-APP-DUPLICATE/44024-and-14493-evtx-hand", "2nd-mailbox")] =
                "the scenario's Exchange servers serve a SipName dial plan, so a trusted application pool for the neighbour is itself a duplicate: it cannot be healthy beside it",
        };

    public static TheoryData<string> Variations => new(CorpusVariations.All.Select(v => v.Name));

    [Theory]
    [MemberData(nameof(Variations))]
    public void Variation_KeepsEveryVerdictAndTopCause(string variation)
    {
        var column = MatrixRuns.Column(CorpusVariations.All.Single(v => v.Name == variation))
            .Where(c => !NotApplicable.ContainsKey((c.Scenario, c.Variation))).ToList();
        var red = column.Where(c => !c.Holds && !KnownFailures.ContainsKey((c.Scenario, c.Variation))).ToList();
        var mended = column.Where(c => c.Holds && KnownFailures.ContainsKey((c.Scenario, c.Variation))).ToList();
        foreach (var cell in red)
        {
            output.WriteLine($"{cell.Scenario} × {cell.Variation}: {cell.Difference}\n{cell.Details}");
        }

        Assert.True(red.Count == 0, $"{red.Count} red cells under {variation}: {string.Join("; ", red.Select(c => $"{c.Scenario}: {c.Difference}"))}");
        Assert.True(mended.Count == 0, $"known failures that now hold, remove them: {string.Join(", ", mended.Select(c => c.Scenario))}");
    }

    [Fact]
    public void Matrix_PrintsItsTable()
    {
        var columns = CorpusVariations.All.Select(MatrixRuns.Column).ToList();
        var table = new StringBuilder();
        table.AppendLine($"| scenario | {string.Join(" | ", CorpusVariations.All.Select(v => v.Name))} |");
        table.AppendLine($"|---|{string.Concat(CorpusVariations.All.Select(_ => "---|"))}");
        foreach (var scenario in ScenarioCatalog.All)
        {
            var marks = columns.Select(column => column.Single(c => c.Scenario == scenario.Name)).Select(Mark);
            table.AppendLine($"| {scenario.Name} | {string.Join(" | ", marks)} |");
        }

        var cells = columns.SelectMany(c => c).ToList();
        var red = cells.Count(c => Mark(c) == "RED");
        table.AppendLine();
        table.AppendLine($"{cells.Count(c => Mark(c) == "ok")} ok, {cells.Count(c => Mark(c) == "known")} known failures, {cells.Count(c => Mark(c) == "n/a")} not applicable, {red} red of {cells.Count} cells");
        output.WriteLine(table.ToString());
        Assert.Equal(0, red);
    }

    [Fact]
    public void EveryListedCell_IsACell()
    {
        var cells = ScenarioCatalog.All.SelectMany(s => CorpusVariations.All.Select(v => (s.Name, v.Name))).ToHashSet();
        Assert.All(KnownFailures.Keys.Concat(NotApplicable.Keys), k => Assert.Contains(k, cells));
    }

    private static string Mark(MatrixCell cell) =>
        NotApplicable.ContainsKey((cell.Scenario, cell.Variation)) ? "n/a"
        : cell.Holds ? (KnownFailures.ContainsKey((cell.Scenario, cell.Variation)) ? "MENDED" : "ok")
        : KnownFailures.ContainsKey((cell.Scenario, cell.Variation)) ? "known" : "RED";
}
