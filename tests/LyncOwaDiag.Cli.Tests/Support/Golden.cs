namespace LyncOwaDiag.Cli.Tests.Support;

/// <summary>
/// Golden files: the stored expected text, line ends normalised, compared whole. Set LYNCOWADIAG_BLESS=1 to write
/// the current output as the new expectation (then review the diff before committing it).
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string name, string actual)
    {
        var path = Path.Combine(CliRun.Root, "tests", "LyncOwaDiag.Cli.Tests", "golden", name);
        var normalised = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("LYNCOWADIAG_BLESS") == "1")
        {
            File.WriteAllText(path, normalised);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests once with LYNCOWADIAG_BLESS=1 and review it");
        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal), normalised);
    }
}
