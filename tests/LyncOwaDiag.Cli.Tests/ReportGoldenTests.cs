using LyncOwaDiag.Cli.Tests.Support;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Cli.Tests;

/// <summary>Each report format on a healthy and a failing scenario, whole, against its golden file.</summary>
public class ReportGoldenTests
{
    private static readonly DateTimeOffset GeneratedAt = new(2013, 5, 14, 11, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("healthy", "md")]
    [InlineData("healthy", "html")]
    [InlineData("healthy", "json")]
    [InlineData("CERT-NAME-MISMATCH", "md")]
    [InlineData("CERT-NAME-MISMATCH", "html")]
    [InlineData("CERT-NAME-MISMATCH", "json")]
    public void Report_MatchesItsGoldenFile(string scenario, string format)
    {
        var result = Diagnoser.Diagnose(new DiagnoseOptions { Paths = [Path.Combine(CliRun.Root, "sample-traces", "scenarios", scenario, "bundle")] });
        string text;
        if (format == "json")
        {
            using var stream = new MemoryStream();
            JsonReportWriter.Write(stream, result, GeneratedAt);
            text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        }
        else
        {
            var writer = new StringWriter();
            if (format == "md")
            {
                MarkdownReportWriter.Write(writer, result, GeneratedAt);
            }
            else
            {
                HtmlReportWriter.Write(writer, result, GeneratedAt);
            }

            text = writer.ToString();
        }

        // Paths are made relative to the checkout, so the files do not depend on where it lies.
        Golden.AssertMatches($"report-{scenario}.{format}", text.Replace(CliRun.Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal));
    }
}
