namespace LyncOwaDiag.Tests.Support;

/// <summary>
/// The theory twin of <see cref="RealSampleFactAttribute"/>: skipped (its data not enumerated) where the shared
/// folder is absent, required under <c>CI=true</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RealSampleTheoryAttribute : TheoryAttribute
{
    public RealSampleTheoryAttribute() => Skip = RepoPaths.SharedSkipReason!;
}
