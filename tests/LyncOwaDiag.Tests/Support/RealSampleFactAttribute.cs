namespace LyncOwaDiag.Tests.Support;

/// <summary>
/// A fact that reads the shared folder beside the checkout (real samples, KNOWLEDGE.md). A public clone has no such
/// folder: the test is then skipped with the reason; under <c>CI=true</c> it runs and its absence fails the run.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RealSampleFactAttribute : FactAttribute
{
    public RealSampleFactAttribute() => Skip = RepoPaths.SharedSkipReason!;
}
