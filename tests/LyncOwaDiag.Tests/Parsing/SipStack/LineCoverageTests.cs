using System.Text;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Parsing.SipStack;

public class LineCoverageTests
{
    private static readonly string[] Garbage =
    [
        "",
        "   ",
        "\u0001\u0002binary\u0000junk\u00ff",
        "TL_INFO(TF_PROTOCOL) [0]0A1C.0B2D::99/99/2013-09:21:07.412 (C,F:f.cpp(1))$$begin_record",
        "TL_",
        "$$end_record",
        "$$begin_record",
        "Call-ID: orphan",
        "  folded continuation",
        "TL_ERROR(TF_DIAG) [x\\Y]1.2::05/14/2013-09:21:07.412 (C,F:f.cpp(1)) [12] $$begin_record",
        "Message-Body: <xml>",
        "random words that are no trace at all",
    ];

    public static TheoryData<string> SampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleTraces, "formats", "sipstack"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void SampleWithInjectedGarbage_EveryLineIsAnEventOrASkippedDiagnostic_WithoutOverlap(string name)
    {
        var text = ReadText(Path.Combine(RepoPaths.SampleTraces, "formats", "sipstack", name));
        var random = new Random(name.Length * 7919);
        for (var round = 0; round < 20; round++)
        {
            var lines = text.Split('\n').ToList();
            for (var i = 0; i < 12; i++)
            {
                lines.Insert(random.Next(lines.Count + 1), Garbage[random.Next(Garbage.Length)]);
            }

            var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
            var (events, diagnostics) = SipStackRead.Bytes(bytes);

            Assert.Null(LineCoverage.Problem(events, diagnostics, LineCoverage.CountLines(bytes)));
            Assert.NotEmpty(events);
        }
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void CleanSample_HasNoSkippedLines(string name)
    {
        var bytes = Encoding.UTF8.GetBytes(ReadText(Path.Combine(RepoPaths.SampleTraces, "formats", "sipstack", name)));
        var (events, diagnostics) = SipStackRead.Bytes(bytes);

        Assert.Null(LineCoverage.Problem(events, diagnostics, LineCoverage.CountLines(bytes)));
        Assert.DoesNotContain(diagnostics, d => d.Disposition == Model.DiagnosticDisposition.Skipped);
    }

    private static string ReadText(string path) => File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
}
