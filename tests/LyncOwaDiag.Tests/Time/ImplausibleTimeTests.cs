using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Time;

/// <summary>
/// One row dated year 1 or 9999 (a crashed writer, a zeroed field) must neither crash a stage nor stretch the logs'
/// span: the healthy bundle stays healthy, and the row is reported where it stands.
/// </summary>
public class ImplausibleTimeTests
{
    [Theory]
    [InlineData("9999-12-31T23:59:59.999Z", "9999-12-31 23:59:59Z")]
    [InlineData("0001-01-01T00:00:00.000Z", "0001-01-01 00:00:00Z")]
    public void AnOutlyingRow_LeavesTheVerdict_AndIsReported(string time, string said)
    {
        using var folder = new TempFolder();
        var source = Path.Combine(RepoPaths.SampleTraces, "scenarios", "healthy", "bundle");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder.Path, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var before = Diagnoser.Diagnose(new DiagnoseOptions { Paths = [folder.Path] });
        var log = Directory.EnumerateFiles(folder.Path, "*.LOG", SearchOption.AllDirectories).Single(f => f.Contains("InstantMessaging", StringComparison.Ordinal));
        File.AppendAllText(log, $"{time},27,5,,,,0,DEBUG:Globals.Initialize: Success!,\r\n");

        var after = Diagnoser.Diagnose(new DiagnoseOptions { Paths = [folder.Path] });

        Assert.Equal(before.Verdict, after.Verdict);
        Assert.Equal(before.Findings.Select(f => f.RuleId), after.Findings.Select(f => f.RuleId));
        Assert.Contains(after.Diagnostics, d => d.Location.File.EndsWith(".LOG", StringComparison.Ordinal) && d.Message.Contains($"the time {said} is outside", StringComparison.Ordinal));
    }
}
