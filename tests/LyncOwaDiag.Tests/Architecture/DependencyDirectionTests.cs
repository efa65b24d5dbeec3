using System.Reflection;
using NetArchTest.Rules;

namespace LyncOwaDiag.Tests.Architecture;

/// <summary>Dependencies point down the pipeline only (docs/design.md#layout): no stage knows the stages after it.</summary>
public class DependencyDirectionTests
{
    private static readonly string[] Stages =
    [
        "LyncOwaDiag.Model",
        "LyncOwaDiag.Inputs",
        "LyncOwaDiag.Parsing",
        "LyncOwaDiag.Time",
        "LyncOwaDiag.Correlation",
        "LyncOwaDiag.Classification",
        "LyncOwaDiag.Reporting",
        "LyncOwaDiag.Pipeline",
    ];

    private static readonly Assembly Core = typeof(LyncOwaDiag.Model.TimelineEvent).Assembly;

    public static TheoryData<int> StageIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Stages.Length - 1; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StageIndexes))]
    public void Stage_DoesNotDependOnLaterStages(int index)
    {
        var later = Stages[(index + 1)..];
        var result = Types.InAssembly(Core).That().ResideInNamespace(Stages[index]).ShouldNot().HaveDependencyOnAny(later).GetResult();
        Assert.True(result.IsSuccessful, $"{Stages[index]} depends on a later stage: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Core_HasNoUserInterfaceDependency()
    {
        var result = Types.InAssembly(Core).ShouldNot().HaveDependencyOnAny("Spectre.Console", "Terminal.Gui").GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void EveryCoreNamespace_IsAPipelineStage()
    {
        var namespaces = Core.GetTypes().Select(t => t.Namespace).Where(n => n is not null && n.StartsWith("LyncOwaDiag", StringComparison.Ordinal)).Distinct();
        Assert.All(namespaces, n => Assert.Contains(Stages, s => n == s || n!.StartsWith(s + ".", StringComparison.Ordinal)));
    }
}
