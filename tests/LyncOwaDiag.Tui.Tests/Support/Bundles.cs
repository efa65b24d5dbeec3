namespace LyncOwaDiag.Tui.Tests.Support;

/// <summary>The scenario bundles of sample-traces, found from the test's own folder up to the checkout.</summary>
internal static class Bundles
{
    public static string Checkout { get; } = Up(new DirectoryInfo(AppContext.BaseDirectory));

    public static string Scenario(string name) => Path.Combine(Checkout, "sample-traces", "scenarios", name, "bundle");

    private static string Up(DirectoryInfo? folder) =>
        folder is null ? throw new DirectoryNotFoundException("no LyncOwaDiag.sln above the test folder")
        : File.Exists(Path.Combine(folder.FullName, "LyncOwaDiag.sln")) ? folder.FullName
        : Up(folder.Parent);
}
