using LyncOwaDiag.Model;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>Writes a report in the format its extension names; triage and batch triage share it.</summary>
internal static class ReportFiles
{
    public static readonly string[] Extensions = [".md", ".json"];

    public static void Write(string path, DiagnosisResult result, DateTimeOffset generatedAt)
    {
        using var stream = File.Create(path);
        if (Path.GetExtension(path).Equals(".md", StringComparison.OrdinalIgnoreCase))
        {
            using var text = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            MarkdownReportWriter.Write(text, result, generatedAt);
        }
        else
        {
            JsonReportWriter.Write(stream, result, generatedAt);
        }
    }
}
