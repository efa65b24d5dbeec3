namespace LyncOwaDiag.Tests.Support;

/// <summary>Finds the checkout and the shared folder beside it (CI lays <c>shared/</c> next to the clone).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleTraces => Path.Combine(Root, "sample-traces");

    public static string FuzzCorpus => Path.Combine(Root, "tests", "LyncOwaDiag.Tests", "fuzz-corpus");

    /// <summary>The shared reference folder; the tests that read real samples need it and say so if missing.</summary>
    public static string Shared
    {
        get
        {
            var candidate = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            if (!Directory.Exists(candidate))
            {
                throw new DirectoryNotFoundException($"the shared folder with the real samples is expected at {candidate}");
            }

            return candidate;
        }
    }

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
