using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Reporting;

/// <summary>
/// The JSON report of DESIGN.md §10: versioned, every time ISO 8601 UTC with <c>Z</c>, every log-derived string
/// escaped by the JSON writer (which also escapes HTML-significant characters, so the file is safe to embed).
/// </summary>
public static class JsonReportWriter
{
    public const string SchemaVersion = "1.0";

    public static void Write(Stream stream, DiagnosisResult result, DateTimeOffset generatedAt)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Default });
        json.WriteStartObject();
        json.WriteString("schemaVersion", SchemaVersion);
        json.WriteString("tool", "lyncowadiag " + (typeof(JsonReportWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"));
        json.WriteString("generatedAt", Iso(generatedAt));
        json.WriteString("verdict", result.Verdict.ToString().ToLowerInvariant());
        json.WriteString("verdictReason", result.VerdictReason);
        WriteSummary(json, result);
        json.WriteStartArray("findings");
        foreach (var finding in result.Findings)
        {
            WriteFinding(json, finding);
        }

        json.WriteEndArray();
        json.WriteStartArray("checklist");
        foreach (var item in result.Checklist)
        {
            json.WriteStartObject();
            json.WriteString("id", item.Id);
            json.WriteString("title", item.Title);
            json.WriteString("state", item.State switch { ChecklistState.Passed => "passed", ChecklistState.Failed => "failed", _ => "not-checked" });
            json.WriteBoolean("essential", item.Essential);
            json.WriteString("reason", item.Reason);
            WriteEvidence(json, item.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("unexplained");
        foreach (var signal in result.Unexplained)
        {
            json.WriteStartObject();
            json.WriteString("signature", signal.Signature);
            json.WriteString("severity", SeverityText.Name(signal.Severity));
            json.WriteNumber("count", signal.Count);
            json.WriteString("firstSeen", Iso(signal.FirstSeen));
            json.WriteString("lastSeen", Iso(signal.LastSeen));
            WriteEvidence(json, signal.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("otherErrors", result.OtherErrors);
        json.WriteStartArray("notChecked");
        foreach (var n in result.NotChecked)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", n.RuleId);
            json.WriteString("title", n.Title);
            json.WriteString("reason", n.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteInputs(json, result);
        json.WriteStartArray("skew");
        foreach (var skew in result.Skews)
        {
            json.WriteStartObject();
            json.WriteString("host", skew.Host);
            json.WriteString("reference", skew.Reference);
            json.WriteNumber("offsetSeconds", Math.Round(skew.Offset.TotalSeconds, 3));
            json.WriteNumber("lowSeconds", Math.Round(skew.Low.TotalSeconds, 3));
            json.WriteNumber("highSeconds", Math.Round(skew.High.TotalSeconds, 3));
            json.WriteNumber("pairs", skew.Pairs);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var d in result.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("file", d.Location.File);
            json.WriteNumber("line", d.Location.FirstLine);
            json.WriteString("severity", SeverityText.Name(d.Severity));
            json.WriteString("disposition", d.Disposition.ToString().ToLowerInvariant());
            json.WriteString("message", d.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, DiagnosisResult result)
    {
        json.WriteStartObject("timeline");
        json.WriteNumber("events", result.EventCount);
        WriteTime(json, "first", result.First);
        WriteTime(json, "last", result.Last);
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("severity", SeverityText.Name(finding.Severity));
        json.WriteString("confidence", finding.Confidence.ToString().ToLowerInvariant());
        json.WriteString("title", finding.Title);
        json.WriteString("cause", finding.Cause);
        if (finding.Confirm is not null)
        {
            json.WriteString("confirm", finding.Confirm);
        }

        json.WriteStartArray("fix");
        foreach (var step in finding.Fix)
        {
            json.WriteStartObject();
            json.WriteString("text", step.Text);
            json.WriteString("command", step.Command);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("references");
        foreach (var reference in finding.References)
        {
            json.WriteStringValue(reference);
        }

        json.WriteEndArray();
        json.WriteNumber("count", finding.Count);
        WriteTime(json, "firstSeen", finding.FirstSeen);
        WriteTime(json, "lastSeen", finding.LastSeen);
        json.WriteStartArray("entities");
        foreach (var entity in finding.Entities)
        {
            json.WriteStringValue(entity);
        }

        json.WriteEndArray();
        WriteEvidence(json, finding.Evidence);
        json.WriteStartArray("consequences");
        foreach (var consequence in finding.Consequences)
        {
            WriteFinding(json, consequence);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter json, IReadOnlyList<Evidence> evidence)
    {
        json.WriteStartArray("evidence");
        foreach (var e in evidence)
        {
            json.WriteStartObject();
            json.WriteString("file", e.Location.File);
            json.WriteNumber("line", e.Location.FirstLine);
            if (e.Location.LastLine != e.Location.FirstLine)
            {
                json.WriteNumber("lastLine", e.Location.LastLine);
            }

            json.WriteString("time", Iso(e.Time));
            json.WriteString("timeQuality", TimeQualityText.Name(e.TimeQuality));
            json.WriteString("excerpt", e.Excerpt);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteInputs(Utf8JsonWriter json, DiagnosisResult result)
    {
        json.WriteStartArray("inputs");
        foreach (var input in result.Inputs)
        {
            json.WriteStartObject();
            json.WriteString("file", input.File);
            json.WriteString("format", input.Format.ToString());
            json.WriteString("host", input.Host);
            json.WriteNumber("bytes", input.Bytes);
            json.WriteNumber("events", input.Events);
            json.WriteNumber("diagnostics", input.Diagnostics);
            WriteTime(json, "first", input.First);
            WriteTime(json, "last", input.Last);
            if (input.TimeQuality is { } quality)
            {
                json.WriteString("timeQuality", TimeQualityText.Name(quality));
            }

            if (input.SkippedReason is not null)
            {
                json.WriteString("skipped", input.SkippedReason);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("timeAssumptions");
        foreach (var a in result.TimeAssumptions)
        {
            json.WriteStartObject();
            json.WriteString("file", a.File);
            json.WriteString("timeQuality", TimeQualityText.Name(a.Quality));
            json.WriteString("how", a.How);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteTime(Utf8JsonWriter json, string name, DateTimeOffset? time)
    {
        if (time is { } t)
        {
            json.WriteString(name, Iso(t));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
