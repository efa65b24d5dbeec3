namespace LyncOwaDiag.Tui.Tests.Support;

/// <summary>
/// A screen compared whole with its stored text in <c>golden/</c>; LYNCOWADIAG_BLESS=1 stores the current screen
/// instead (review the diff before committing it).
/// </summary>
internal static class ScreenGolden
{
    public static void AssertMatches(string name, string screen)
    {
        var path = Path.Combine(Bundles.Checkout, "tests", "LyncOwaDiag.Tui.Tests", "golden", name);
        // The load time is the one thing on screen that differs from run to run.
        var stable = System.Text.RegularExpressions.Regex.Replace(screen, @"read in \d+\.\d s", "read in 0.0 s");
        var lines = stable.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd());
        var actual = string.Join('\n', lines).TrimEnd('\n') + "\n";
        if (Environment.GetEnvironmentVariable("LYNCOWADIAG_BLESS") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run once with LYNCOWADIAG_BLESS=1 and review it");
        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal), actual);
    }
}
