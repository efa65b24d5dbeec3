using System.Collections.Concurrent;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Metamorphic;

/// <summary>
/// Every committed scenario, renamed, flattened, stripped of its manifests, and renamed and stripped, must name the same
/// cause (or honestly leave it not checked), the same servers by FQDN, and no made-up folder name in a fix: the tool
/// reads content, and an admin's folder names are not content.
/// </summary>
public class MetamorphicScenarioTests
{
    /// <summary>
    /// Cases where the product breaks the invariant today, each with why. The test asserts they still break it, so a
    /// fix turns the case red until it is removed from here: the list stays as short as the truth.
    /// </summary>
    /// <summary>
    /// Cases where the product still breaks the invariant, each with why; the test asserts they still fail, so a fix
    /// shows. Empty now: the two rules whose only evidence is the collector's manifest say they were not checked
    /// without one (<c>needs</c> in the rule files).
    /// </summary>
    private static readonly Dictionary<(string Scenario, string Transform), string> KnownFailures = [];

    private static string ScenariosFolder => Path.Combine(RepoPaths.SampleTraces, "scenarios");

    /// <summary>Untransformed results, one run per scenario however many transforms compare with it.</summary>
    private static readonly ConcurrentDictionary<string, Lazy<DiagnosisOutline>> Originals = new(StringComparer.Ordinal);

    /// <summary>The scenarios with a bundle and an expectation (the hand-made clock-skew folder has neither).</summary>
    private static IReadOnlyList<string> ScenarioNames() =>
        Directory.EnumerateDirectories(ScenariosFolder)
            .Where(d => Directory.Exists(Path.Combine(d, "bundle")) && File.Exists(Path.Combine(d, "expected.json")))
            .Select(d => Path.GetFileName(d))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var scenario in ScenarioNames())
        {
            foreach (var transform in BundleTransforms.All)
            {
                cases.Add(scenario, transform.Name);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Transformed_NamesTheSameCause_TheSameServers_AndNoFolderNameInAFix(string scenario, string transform)
    {
        var before = Original(scenario);
        var change = BundleTransforms.Named(transform);
        using var bundle = new TransformedBundle(Bundle(scenario), change);
        var after = DiagnosisOutline.Of(Diagnoser.Diagnose(new DiagnoseOptions { Paths = [bundle.Path] }));

        var violations = MetamorphicInvariant.Violations(before, after, change.IntroducedNames);
        var report = $"{scenario} × {transform}:\n  - {string.Join("\n  - ", violations)}\n"
            + $"  before: {before.Describe()}\n  after:  {after.Describe()}\n"
            + $"  transformed bundle: {string.Join(", ", bundle.Listing())}";
        if (KnownFailures.TryGetValue((scenario, transform), out var why))
        {
            Assert.True(violations.Count > 0, $"{scenario} × {transform} is listed as a known failure ({why}) but now holds: remove it from KnownFailures.\n{report}");
        }
        else
        {
            Assert.True(violations.Count == 0, report);
        }
    }

    /// <summary>A name found in an untransformed fix could not show a leak, so none may be there to begin with.</summary>
    [Fact]
    public void TheMadeUpNames_OccurInNoFixOfAnyScenario()
    {
        var clashes = (
            from scenario in ScenarioNames()
            from command in Original(scenario).FixCommands
            from name in MeaninglessNames.All
            where MeaninglessNames.OccursIn(command, name)
            select $"{scenario}: \"{name}\" in {command}").ToList();

        Assert.True(clashes.Count == 0, string.Join("\n", clashes));
    }

    /// <summary>Each known failure names a case that exists, so that a renamed scenario or transform does not hide one.</summary>
    [Fact]
    public void EveryKnownFailure_IsACase()
    {
        var cases = ScenarioNames().SelectMany(s => BundleTransforms.All.Select(t => (s, t.Name))).ToHashSet();
        Assert.All(KnownFailures.Keys, k => Assert.Contains(k, cases));
    }

    private static string Bundle(string scenario) => Path.Combine(ScenariosFolder, scenario, "bundle");

    private static DiagnosisOutline Original(string scenario) =>
        Originals.GetOrAdd(scenario, s => new Lazy<DiagnosisOutline>(() => DiagnosisOutline.Of(Diagnoser.Diagnose(new DiagnoseOptions { Paths = [Bundle(s)] })))).Value;
}
