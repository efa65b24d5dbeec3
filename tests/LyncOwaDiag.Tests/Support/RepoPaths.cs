namespace LyncOwaDiag.Tests.Support;

/// <summary>Finds the checkout and the shared folder beside it (CI lays <c>shared/</c> next to the clone).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleTraces => Path.Combine(Root, "sample-traces");

    public static string FuzzCorpus => Path.Combine(Root, "tests", "LyncOwaDiag.Tests", "fuzz-corpus");

    /// <summary>Where the shared reference folder (real samples, KNOWLEDGE.md) is expected: beside the checkout.</summary>
    public static string SharedCandidate { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>Whether this run must have the shared folder: CI lays it beside the clone and sets <c>CI=true</c>.</summary>
    public static bool SharedRequired { get; } =
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a real-sample test cannot run here; the skip reason on a public clone, the failure under CI.</summary>
    public static string SharedMissingReason => $"real samples not found beside the checkout: {SharedCandidate} does not exist; CI provides them";

    /// <summary>
    /// The shared reference folder. Tests that read it carry <see cref="RealSampleFactAttribute"/> or
    /// <see cref="RealSampleTheoryAttribute"/>, so they are skipped where it is absent, unless CI requires it; then
    /// this throws with the same sentence and the run fails.
    /// </summary>
    public static string Shared => Directory.Exists(SharedCandidate)
        ? SharedCandidate
        : throw new DirectoryNotFoundException(SharedMissingReason + (SharedRequired ? " (CI=true: they are required)" : ""));

    /// <summary>The skip reason for a test that needs the shared folder, or null when it must run.</summary>
    internal static string? SharedSkipReason => Directory.Exists(SharedCandidate) || SharedRequired ? null : SharedMissingReason;

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LyncOwaDiag.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("LyncOwaDiag.sln not found above the test binaries");
    }
}
