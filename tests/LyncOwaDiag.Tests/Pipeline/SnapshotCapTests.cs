using System.Text;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Pipeline;

/// <summary>A configuration snapshot far larger than any real one is a diagnostic, not gigabytes of memory.</summary>
public class SnapshotCapTests
{
    [Fact]
    public void AWebConfigOverItsCap_IsSkippedWithTheReason_AndTheRestIsRead()
    {
        using var folder = new TempFolder();
        var padding = new string('x', 17 * 1024 * 1024);
        folder.File("MBX01/web.config", Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?>\n<configuration>\n<!-- {padding} -->\n<appSettings><add key=\"IMServerName\" value=\"atl-cs-001.litwareinc.com\" /></appSettings>\n</configuration>\n"));
        folder.File("MBX01/small/web.config", "<?xml version=\"1.0\"?>\n<configuration>\n<appSettings><add key=\"IMServerName\" value=\"atl-cs-002.litwareinc.com\" /></appSettings>\n</configuration>\n");

        var result = Diagnoser.Diagnose(new DiagnoseOptions { Paths = [folder.Path] });

        var skipped = Assert.Single(result.Diagnostics, d => d.Disposition == DiagnosticDisposition.InputSkipped);
        Assert.EndsWith("MBX01/web.config", skipped.Location.File.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Contains("at most 16 MB", skipped.Message, StringComparison.Ordinal);
        Assert.True(result.EventCount > 0, "the small web.config is still read");
    }
}
