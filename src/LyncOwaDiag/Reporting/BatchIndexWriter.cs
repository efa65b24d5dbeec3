using System.Globalization;
using System.Text;

namespace LyncOwaDiag.Reporting;

/// <summary>
/// triage --each's <c>index.html</c>: one row per bundle in the order given (worst first), its verdict, the first
/// cause's severity, rule and title, and links to its reports. Self-contained and inert like the reports: no script,
/// a content security policy allowing only its own style; every text from a bundle is encoded, every link escaped.
/// </summary>
public static class BatchIndexWriter
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:2em;max-width:80em}table{border-collapse:collapse;width:100%}
        th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}th{background:#f4f4f4}
        .failing,.error{color:#b00;font-weight:bold}.degraded,.warning{color:#a60;font-weight:bold}.verified{color:#070;font-weight:bold}
        """;

    public static void Write(string path, IReadOnlyList<BatchIndexRow> rows, DateTimeOffset generatedAt)
    {
        using var w = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        var policy = HtmlReportWriter.PolicyFor(Style);
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        w.WriteLine($"<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
        w.WriteLine("<title>OWA IM triage: batch</title>");
        w.Write("<style>");
        w.Write(Style);
        w.WriteLine("</style></head><body>");
        w.WriteLine("<h1>OWA instant messaging triage: batch</h1>");
        w.WriteLine($"<p>{rows.Count.ToString(CultureInfo.InvariantCulture)} bundle(s), worst first; generated {generatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)} by lyncowadiag {ToolVersion.Text}.</p>");
        w.WriteLine("<table><tr><th>bundle</th><th>verdict</th><th>severity</th><th>first cause</th><th>title</th><th>why</th><th>reports</th></tr>");
        foreach (var row in rows)
        {
            var links = string.Join(" ", row.Reports.Select(r => $"<a href=\"{HtmlText.Encode(Href(r))}\">{HtmlText.Encode(Path.GetExtension(r).TrimStart('.'))}</a>"));
            w.WriteLine($"<tr><td><code>{HtmlText.Encode(row.Bundle)}</code></td><td class=\"{Css(row.Verdict)}\">{HtmlText.Encode(row.Verdict)}</td><td class=\"{Css(row.Severity)}\">{HtmlText.Encode(row.Severity ?? "—")}</td><td>{(row.FirstCause is null ? "—" : $"<code>{HtmlText.Encode(row.FirstCause)}</code>")}</td><td>{HtmlText.Encode(row.Title ?? "—")}</td><td>{HtmlText.Encode(row.Reason)}</td><td>{links}</td></tr>");
        }

        w.WriteLine("</table></body></html>");
    }

    /// <summary>A relative link: each path segment percent-escaped, so a folder named with '#', '?' or spaces still leads to its report.</summary>
    private static string Href(string relative) => string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));

    private static string Css(string? word) => word is "failing" or "degraded" or "verified" or "error" or "critical" or "warning" ? (word == "critical" ? "error" : word) : string.Empty;
}
