using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Reporting;

/// <summary>
/// The JSON report (docs/design.md#reports): versioned, every time ISO 8601 UTC with <c>Z</c>, every log-derived string
/// escaped by the JSON writer (which also escapes HTML-significant characters, so the file is safe to embed) and its
/// control and bidi characters made visible (<see cref="SafeText"/>: <c>jq -r</c> would print them to a terminal).
/// Values this writer makes itself (times, enum names) need neither.
/// </summary>
public static class JsonReportWriter
{
    public const string SchemaVersion = "1.1";

    /// <summary>The JSON Schema (draft 2020-12) of this report, as shipped (<c>lyncowadiag schema</c>).</summary>
    public static string Schema()
    {
        using var stream = typeof(JsonReportWriter).Assembly.GetManifestResourceStream("LyncOwaDiag.report.schema.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static void Write(Stream stream, DiagnosisResult result, DateTimeOffset generatedAt)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Default });
        json.WriteStartObject();
        json.WriteString("schemaVersion", SchemaVersion);
        json.WriteString("tool", "lyncowadiag " + ToolVersion.Text);
        json.WriteString("generatedAt", Iso(generatedAt));
        json.WriteString("verdict", result.Verdict.ToString().ToLowerInvariant());
        json.WriteString("verdictReason", SafeText.ForTerminalOrNull(result.VerdictReason));
        json.WriteStartObject("timeline");
        json.WriteNumber("events", result.EventCount);
        WriteTime(json, "first", result.First);
        WriteTime(json, "last", result.Last);
        json.WriteEndObject();
        Objects(json, "findings", result.Findings, f => WriteFinding(json, f));
        Objects(json, "checklist", result.Checklist, item =>
        {
            json.WriteString("id", SafeText.ForTerminalOrNull(item.Id));
            json.WriteString("title", SafeText.ForTerminalOrNull(item.Title));
            json.WriteString("state", item.State switch { ChecklistState.Passed => "passed", ChecklistState.Failed => "failed", _ => "not-checked" });
            json.WriteBoolean("essential", item.Essential);
            json.WriteString("reason", SafeText.ForTerminalOrNull(item.Reason));
            WriteEvidence(json, item.Evidence);
        });
        Objects(json, "unexplained", result.Unexplained, signal =>
        {
            json.WriteString("signature", SafeText.ForTerminalOrNull(signal.Signature));
            json.WriteString("severity", SeverityText.Name(signal.Severity));
            json.WriteNumber("count", signal.Count);
            json.WriteString("firstSeen", Iso(signal.FirstSeen));
            json.WriteString("lastSeen", Iso(signal.LastSeen));
            WriteEvidence(json, signal.Evidence);
        });
        json.WriteNumber("otherErrors", result.OtherErrors);
        Objects(json, "notChecked", result.NotChecked, n =>
        {
            json.WriteString("ruleId", SafeText.ForTerminalOrNull(n.RuleId));
            json.WriteString("title", SafeText.ForTerminalOrNull(n.Title));
            json.WriteString("reason", SafeText.ForTerminalOrNull(n.Reason));
        });
        Objects(json, "inputs", result.Inputs, input =>
        {
            json.WriteString("file", SafeText.ForTerminalOrNull(input.File));
            json.WriteString("format", input.Format.ToString());
            json.WriteString("host", SafeText.ForTerminalOrNull(input.Host));
            json.WriteString("hostOrigin", ServerText.OriginName(input.HostOrigin));
            json.WriteNumber("bytes", input.Bytes);
            json.WriteNumber("events", input.Events);
            json.WriteNumber("diagnostics", input.Diagnostics);
            WriteTime(json, "first", input.First);
            WriteTime(json, "last", input.Last);
            json.WriteString("timeQuality", input.TimeQuality is { } quality ? TimeQualityText.Name(quality) : null);
            json.WriteString("skipped", SafeText.ForTerminalOrNull(input.SkippedReason));
        });
        Objects(json, "servers", result.Servers, server =>
        {
            json.WriteString("label", SafeText.ForTerminalOrNull(server.Label));
            json.WriteString("fqdn", SafeText.ForTerminalOrNull(server.Fqdn));
            Strings(json, "roles", ServerText.RoleNames(server.Roles));
            json.WriteBoolean("guess", server.IsGuess);
            json.WriteNumber("files", server.Files);
            Objects(json, "names", server.Names, name =>
            {
                json.WriteString("name", SafeText.ForTerminalOrNull(name.Name));
                json.WriteString("how", SafeText.ForTerminalOrNull(name.How));
                json.WriteString("file", SafeText.ForTerminalOrNull(name.Where.File));
                json.WriteNumber("line", name.Where.FirstLine);
            });
        });
        Objects(json, "timeAssumptions", result.TimeAssumptions, a =>
        {
            json.WriteString("file", SafeText.ForTerminalOrNull(a.File));
            json.WriteString("timeQuality", TimeQualityText.Name(a.Quality));
            json.WriteString("how", SafeText.ForTerminalOrNull(a.How));
        });
        Objects(json, "skew", result.Skews, skew =>
        {
            json.WriteString("host", SafeText.ForTerminalOrNull(skew.Host));
            json.WriteString("reference", SafeText.ForTerminalOrNull(skew.Reference));
            json.WriteNumber("offsetSeconds", Math.Round(skew.Offset.TotalSeconds, 3));
            json.WriteNumber("lowSeconds", Math.Round(skew.Low.TotalSeconds, 3));
            json.WriteNumber("highSeconds", Math.Round(skew.High.TotalSeconds, 3));
            json.WriteNumber("pairs", skew.Pairs);
            json.WriteString("through", SafeText.ForTerminalOrNull(skew.Through));
            json.WriteBoolean("corrected", result.SkewsCorrected);
        });
        Objects(json, "diagnostics", result.Diagnostics, d =>
        {
            json.WriteString("file", SafeText.ForTerminalOrNull(d.Location.File));
            json.WriteNumber("line", d.Location.FirstLine);
            json.WriteString("severity", SeverityText.Name(d.Severity));
            json.WriteString("disposition", d.Disposition.ToString().ToLowerInvariant());
            json.WriteString("message", SafeText.ForTerminalOrNull(d.Message));
        });
        json.WriteEndObject();
    }

    /// <summary>An array of objects, one per item, each written by <paramref name="properties"/>.</summary>
    private static void Objects<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<T> properties)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            properties(item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteString("ruleId", SafeText.ForTerminalOrNull(finding.RuleId));
        json.WriteString("severity", SeverityText.Name(finding.Severity));
        json.WriteString("confidence", finding.Confidence.ToString().ToLowerInvariant());
        json.WriteString("title", SafeText.ForTerminalOrNull(finding.Title));
        json.WriteString("cause", SafeText.ForTerminalOrNull(finding.Cause));
        if (finding.Confirm is not null)
        {
            json.WriteString("confirm", SafeText.ForTerminalOrNull(finding.Confirm));
        }

        Objects(json, "fix", finding.Fix, step =>
        {
            json.WriteString("text", SafeText.ForTerminalOrNull(step.Text));
            json.WriteString("command", SafeText.ForTerminalOrNull(step.Command));
        });
        Strings(json, "references", finding.References);
        json.WriteNumber("count", finding.Count);
        WriteTime(json, "firstSeen", finding.FirstSeen);
        WriteTime(json, "lastSeen", finding.LastSeen);
        Strings(json, "entities", finding.Entities);
        WriteEvidence(json, finding.Evidence);
        Objects(json, "consequences", finding.Consequences, c => WriteFinding(json, c));
    }

    private static void WriteEvidence(Utf8JsonWriter json, IReadOnlyList<Evidence> evidence) =>
        Objects(json, "evidence", evidence, e =>
        {
            json.WriteString("file", SafeText.ForTerminalOrNull(e.Location.File));
            json.WriteNumber("line", e.Location.FirstLine);
            if (e.Location.LastLine != e.Location.FirstLine)
            {
                json.WriteNumber("lastLine", e.Location.LastLine);
            }

            json.WriteString("time", Iso(e.Time));
            json.WriteString("timeQuality", TimeQualityText.Name(e.TimeQuality));
            json.WriteString("excerpt", SafeText.ForTerminalOrNull(e.Excerpt));
        });

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
