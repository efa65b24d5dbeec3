using LyncOwaDiag.Model;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>Writes a report in the format its extension names; triage and batch triage share it.</summary>
internal static class ReportFiles
{
    public static readonly string[] Extensions = [".md", ".html", ".json"];

    public static void Write(string path, DiagnosisResult result, DateTimeOffset generatedAt, IReadOnlyList<DialogLadder> ladders)
    {
        using var stream = File.Create(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".md" or ".html")
        {
            using var text = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            if (extension == ".md")
            {
                MarkdownReportWriter.Write(text, result, generatedAt, ladders);
            }
            else
            {
                HtmlReportWriter.Write(text, result, generatedAt, ladders);
            }
        }
        else
        {
            JsonReportWriter.Write(stream, result, generatedAt);
        }
    }
}
