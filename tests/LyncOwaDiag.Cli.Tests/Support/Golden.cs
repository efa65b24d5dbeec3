namespace LyncOwaDiag.Cli.Tests.Support;

/// <summary>
/// Golden files: the stored expected text, line ends normalised, compared whole. Set LYNCOWADIAG_BLESS=1 to write
/// the current output as the new expectation (then review the diff before committing it).
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string name, string actual) =>
        AssertFileMatches(Path.Combine(CliRun.Root, "tests", "LyncOwaDiag.Cli.Tests", "golden", name), actual);

    /// <summary>A file anywhere in the checkout (e.g. a generated document) that must equal the output.</summary>
    public static void AssertFileMatches(string path, string actual)
    {
        var normalised = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("LYNCOWADIAG_BLESS") == "1")
        {
            File.WriteAllText(path, normalised);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests once with LYNCOWADIAG_BLESS=1 and review it");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var lines = normalised.Split('\n');
        var first = Enumerable.Range(0, Math.Max(expected.Length, lines.Length))
            .FirstOrDefault(i => i >= expected.Length || i >= lines.Length || expected[i] != lines[i], -1);
        if (first < 0)
        {
            return;
        }

        Assert.Fail(
            $"{path} differs from the output at line {first + 1}:\n  file:   {(first < expected.Length ? expected[first] : "(end)")}\n  output: {(first < lines.Length ? lines[first] : "(end)")}\n" +
            "rewrite it with LYNCOWADIAG_BLESS=1 and review the diff");
    }
}
