using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Reporting;

/// <summary>
/// The HTML report (docs/design.md#reports): one self-contained file — no script, no external fetch of any kind, a
/// Content-Security-Policy that allows only its own inline style by hash — readable without JavaScript and in
/// print. Every log-derived string is entity-encoded (<see cref="HtmlText"/>).
/// </summary>
public static class HtmlReportWriter
{
    private const int EvidenceShown = 10;

    private const string Style = """
        body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#1b1b1b}
        h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;margin-top:2em}
        table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
        code,pre{font-family:ui-monospace,Consolas,monospace;font-size:.92em}pre{background:#f4f4f4;padding:.5em;overflow-x:auto;white-space:pre-wrap}
        .finding{border-left:.4em solid #888;padding:.2em 1em;margin:1em 0}.critical,.error{border-color:#b00020}.warning{border-color:#c77700}.info{border-color:#2060a0}
        .ladder{overflow-x:auto}.excerpt table{font-size:.9em}.excerpt label{margin:0 1em 0 .2em}
        .show-error:not(:checked)~table .row-error,.show-warning:not(:checked)~table .row-warning,.show-info:not(:checked)~table .row-info{display:none}
        @media print{.excerpt input,.excerpt label{display:none}}.consequence{margin-left:1.5em}.verdict{font-weight:bold}.failed{color:#b00020;font-weight:bold}.passed{color:#176b1d}
        @media print{body{margin:0;max-width:none}details>*{display:block}pre{white-space:pre-wrap}}
        """;

    /// <summary>The policy: nothing may load; the one style element is allowed by its hash.</summary>
    public static string ContentSecurityPolicy => PolicyFor(Style);

    /// <summary>
    /// A page's content security policy: nothing may load or run but the one inline style whose hash it names
    /// (the report and the batch index alike).
    /// </summary>
    public static string PolicyFor(string style) =>
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)))}'; base-uri 'none'; form-action 'none'";

    public static void Write(TextWriter w, DiagnosisResult result, DateTimeOffset generatedAt, IReadOnlyList<DialogLadder>? ladders = null, IReadOnlyList<TimelineExcerpt>? excerpts = null)
    {
        w.NewLine = "\n";
        var verdict = result.Verdict.ToString().ToLowerInvariant();
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        w.WriteLine($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">");
        w.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.WriteLine($"<title>OWA IM triage: {verdict}</title>");
        w.Write("<style>");
        w.Write(Style);
        w.WriteLine("</style></head><body>");
        w.WriteLine("<h1>OWA instant messaging triage</h1>");
        w.WriteLine("<table>");
        Row(w, "Verdict", $"<span class=\"verdict\">{verdict}</span> — {HtmlText.Encode(result.VerdictReason)}");
        Row(w, "Causes found", result.Findings.Count == 0 ? "none" : string.Join(", ", result.Findings.Select(f => $"<code>{HtmlText.Encode(f.RuleId)}</code>")));
        Row(w, "Checklist", string.Join(", ", result.Checklist.Select(c => $"{HtmlText.Encode(c.Id)} {State(c.State)}")));
        Row(w, "Unexplained signals", result.Unexplained.Count.ToString(CultureInfo.InvariantCulture));
        Row(w, "Events", $"{result.EventCount.ToString("N0", CultureInfo.InvariantCulture)}, {Time(result.First)} – {Time(result.Last)}");
        Row(w, "Generated", $"{Time(generatedAt)} by lyncowadiag {ToolVersion.Text}");
        w.WriteLine("</table>");

        w.WriteLine("<h2>Findings</h2>");
        if (result.Findings.Count == 0)
        {
            w.WriteLine("<p>No documented cause was found.</p>");
        }

        var number = 0;
        var guesses = result.Servers.Where(s => s.IsGuess).Select(s => s.Label).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var finding in result.Findings)
        {
            WriteFinding(w, finding, $"{++number}. ", "h3", folded: false);
            if (excerpts?.FirstOrDefault(x => x.RuleId == finding.RuleId) is { Events.Count: > 0 } excerpt)
            {
                WriteExcerpt(w, excerpt, number, host => host is not null && guesses.Contains(host));
            }
        }

        if (ladders is { Count: > 0 })
        {
            w.WriteLine("<h2>Failing dialogs</h2>");
            foreach (var ladder in ladders)
            {
                w.WriteLine($"<h3>Call-ID <code>{HtmlText.Encode(ladder.CallId)}</code></h3><p>{HtmlText.Encode(ladder.Span)}</p>");
                w.WriteLine($"<div class=\"ladder\">{ladder.Svg}</div>");
                w.WriteLine($"<details><summary>As text</summary><pre>{string.Join("\n", ladder.Ladder.TrimEnd('\n').Split('\n').Select(HtmlText.Encode))}</pre></details>");
            }
        }

        WriteChecklist(w, result);
        WriteNotChecked(w, result);
        WriteUnexplained(w, result);
        WriteServers(w, result);
        WriteInputs(w, result);
        w.WriteLine("</body></html>");
    }

    private static void WriteFinding(TextWriter w, Finding f, string prefix, string heading, bool folded)
    {
        var severity = SeverityText.Name(f.Severity);
        w.WriteLine($"<section class=\"finding {severity}{(heading == "h4" ? " consequence" : string.Empty)}\">");
        w.WriteLine($"<{heading}>{HtmlText.Encode(prefix)}<code>{HtmlText.Encode(f.RuleId)}</code> {HtmlText.Encode(f.Title)}</{heading}>");
        w.WriteLine($"<p><strong>{severity}</strong>, {f.Confidence.ToString().ToLowerInvariant()} confidence; seen {f.Count.ToString("N0", CultureInfo.InvariantCulture)}× from {Time(f.FirstSeen)} to {Time(f.LastSeen)}.</p>");
        w.WriteLine($"<p><strong>Cause.</strong> {HtmlText.Encode(f.Cause)}</p>");
        if (f.Confirm is not null)
        {
            w.WriteLine($"<p><strong>To confirm.</strong> {HtmlText.Encode(f.Confirm)}</p>");
        }

        if (f.Evidence.Count > 0)
        {
            w.WriteLine("<details open><summary>Evidence</summary><ul>");
            foreach (var e in f.Evidence.Take(EvidenceShown))
            {
                w.WriteLine($"<li><code>{HtmlText.Encode(e.Location.ToString())}</code> {HtmlText.Encode(TimeQualityText.Format(e.Time, e.TimeQuality))}: <code>{HtmlText.Encode(e.Excerpt)}</code></li>");
            }

            w.WriteLine("</ul></details>");
        }

        if (f.Fix.Count > 0)
        {
            // A folded finding's fix is an alternative, not a second step: fixing the cause above fixes it.
            w.WriteLine(folded ? "<p><strong>Fix, only if this is a cause of its own</strong> (an alternative: the fix above comes first)</p><ol>" : "<p><strong>Fix</strong></p><ol>");
            foreach (var fix in f.Fix)
            {
                w.WriteLine($"<li>{HtmlText.Encode(fix.Text)}{(fix.Command is null ? string.Empty : $"<pre><code>{string.Join("\n", fix.Command.ReplaceLineEndings("\n").Split('\n').Select(HtmlText.Encode))}</code></pre>")}</li>");
            }

            w.WriteLine("</ol>");
        }

        if (f.References.Count > 0)
        {
            w.WriteLine($"<p><strong>References:</strong> {string.Join("; ", f.References.Select(ReferenceLink.Html))}</p>");
        }

        foreach (var consequence in f.Consequences)
        {
            WriteFinding(w, consequence, "Explains: ", "h4", folded: true);
        }

        w.WriteLine("</section>");
    }

    /// <summary>
    /// The events around the finding, filterable by severity without any script: each checkbox shows or hides the
    /// rows of its severity through a CSS rule (<c>:checked ~</c>), so the page needs no JavaScript and CSP stays strict.
    /// </summary>
    private static void WriteExcerpt(TextWriter w, TimelineExcerpt excerpt, int number, Func<string?, bool> hostIsGuess)
    {
        w.WriteLine($"<details class=\"excerpt\"><summary>Timeline around it ({excerpt.Events.Count.ToString(CultureInfo.InvariantCulture)} events)</summary>");
        foreach (var (name, label) in Filters)
        {
            w.WriteLine($"<input type=\"checkbox\" id=\"x{number.ToString(CultureInfo.InvariantCulture)}-{name}\" class=\"show-{name}\" checked><label for=\"x{number.ToString(CultureInfo.InvariantCulture)}-{name}\">{label}</label>");
        }

        w.WriteLine("<table><tr><th>time (UTC)</th><th>severity</th><th>source</th><th>host</th><th>event</th><th>where</th></tr>");
        foreach (var e in excerpt.Events)
        {
            var severity = SeverityText.Name(e.Severity);
            var row = e.Severity switch { Severity.Critical or Severity.Error => "row-error", Severity.Warning => "row-warning", _ => "row-info" };
            w.WriteLine($"<tr class=\"{row}\"><td>{HtmlText.Encode(TimeQualityText.Format(e.Timestamp, e.TimeQuality))}</td><td>{severity}</td><td>{SeverityText.SourceName(e.Source)}</td><td>{HtmlText.Encode(e.Host is null ? null : ServerText.HostShown(e.Host, hostIsGuess))}</td><td><code>{HtmlText.Encode(e.Summary)}</code></td><td><code>{HtmlText.Encode(e.Location.ToString())}</code></td></tr>");
        }

        w.WriteLine("</table></details>");
    }

    private static readonly (string Name, string Label)[] Filters = [("error", "errors"), ("warning", "warnings"), ("info", "the rest")];

    private static void WriteChecklist(TextWriter w, DiagnosisResult result)
    {
        if (result.Checklist.Count == 0)
        {
            return;
        }

        w.WriteLine("<h2>Verification checklist</h2><table><tr><th>item</th><th>state</th><th>why</th><th>evidence</th></tr>");
        foreach (var item in result.Checklist)
        {
            var evidence = item.Evidence.Count > 0 ? $"<code>{HtmlText.Encode(item.Evidence[0].Location.ToString())}</code>" : string.Empty;
            w.WriteLine($"<tr><td><code>{HtmlText.Encode(item.Id)}</code> {HtmlText.Encode(item.Title)}</td><td>{State(item.State)}</td><td>{HtmlText.Encode(item.Reason)}</td><td>{evidence}</td></tr>");
        }

        w.WriteLine("</table>");
    }

    /// <summary>What the bundle could not show, and what to collect so that it can: checks and rules alike.</summary>
    private static void WriteNotChecked(TextWriter w, DiagnosisResult result)
    {
        var items = NotChecked.Of(result);
        if (items.Count == 0)
        {
            return;
        }

        w.WriteLine("<h2>Not checked</h2><p>The bundle holds no evidence either way for these; collect what each names and run again.</p><ul>");
        foreach (var (id, title, reason, collect) in items)
        {
            w.WriteLine($"<li><code>{HtmlText.Encode(id)}</code> {HtmlText.Encode(title)}: {HtmlText.Encode(reason)}{(collect is null ? string.Empty : $" <strong>To collect:</strong> {HtmlText.Encode(collect)}")}</li>");
        }

        w.WriteLine("</ul>");
    }

    private static void WriteUnexplained(TextWriter w, DiagnosisResult result)
    {
        w.WriteLine("<h2>Unexplained signals</h2>");
        if (result.Unexplained.Count == 0)
        {
            w.WriteLine("<p>None: every error and warning of the integration's sources is explained by a finding.</p>");
            return;
        }

        w.WriteLine("<table><tr><th>signature</th><th>severity</th><th>count</th><th>first seen</th><th>where</th></tr>");
        foreach (var s in result.Unexplained)
        {
            var where = s.Evidence.Count > 0 ? $"<code>{HtmlText.Encode(s.Evidence[0].Location.ToString())}</code>" : string.Empty;
            w.WriteLine($"<tr><td><code>{HtmlText.Encode(s.Signature)}</code></td><td>{SeverityText.Name(s.Severity)}</td><td>{s.Count.ToString("N0", CultureInfo.InvariantCulture)}</td><td>{Time(s.FirstSeen)}</td><td>{where}</td></tr>");
        }

        w.WriteLine("</table>");
    }

    private static void WriteServers(TextWriter w, DiagnosisResult result)
    {
        if (result.Servers.Count == 0)
        {
            return;
        }

        w.WriteLine("<h2>Servers</h2><p>As the bundle's content names them; a folder name is only a guess and no check relies on it.</p>");
        w.WriteLine("<table><tr><th>server</th><th>FQDN</th><th>roles</th><th>files</th><th>names (where each was learned)</th></tr>");
        foreach (var server in result.Servers)
        {
            var names = string.Join("<br>", server.Names.Select(n => $"<code>{HtmlText.Encode(n.Name)}</code> {HtmlText.Encode(ServerText.Source(n))}"));
            w.WriteLine($"<tr><td><code>{HtmlText.Encode(server.Label)}</code>{(server.IsGuess ? ServerText.GuessMark : string.Empty)}</td><td>{(server.Fqdn is null ? "not told" : $"<code>{HtmlText.Encode(server.Fqdn)}</code>")}</td><td>{HtmlText.Encode(ServerText.Roles(server.Roles))}</td><td>{server.Files.ToString(CultureInfo.InvariantCulture)}</td><td>{names}</td></tr>");
        }

        w.WriteLine("</table>");
    }

    private static void WriteInputs(TextWriter w, DiagnosisResult result)
    {
        w.WriteLine("<h2>Inputs and time assumptions</h2><table><tr><th>file</th><th>format</th><th>host</th><th>events</th><th>diagnostics</th><th>first</th><th>last</th><th>time</th></tr>");
        foreach (var i in result.Inputs)
        {
            var quality = i.TimeQuality is { } q ? TimeQualityText.Name(q) : HtmlText.Encode(i.SkippedReason);
            w.WriteLine($"<tr><td><code>{HtmlText.Encode(i.File)}</code></td><td>{i.Format}</td><td>{HtmlText.Encode(i.Host)}{(i.HostOrigin == HostOrigin.FolderName ? ServerText.GuessMark : string.Empty)}</td><td>{i.Events.ToString(CultureInfo.InvariantCulture)}</td><td>{i.Diagnostics.ToString(CultureInfo.InvariantCulture)}</td><td>{Time(i.First)}</td><td>{Time(i.Last)}</td><td>{quality}</td></tr>");
        }

        w.WriteLine("</table>");
        var notes = result.TimeAssumptions.Any(a => a.Quality != TimeQuality.Exact) || result.Skews.Count > 0;
        if (!notes)
        {
            return;
        }

        w.WriteLine("<ul>");
        foreach (var a in result.TimeAssumptions.Where(a => a.Quality != TimeQuality.Exact))
        {
            w.WriteLine($"<li><code>{HtmlText.Encode(a.File)}</code>: {TimeQualityText.Name(a.Quality)} — {HtmlText.Encode(a.How)}</li>");
        }

        foreach (var s in result.Skews)
        {
            w.WriteLine($"<li>clock skew: <code>{HtmlText.Encode(s.Host)}</code> is {(-s.Offset).TotalSeconds.ToString("+0.000;-0.000", CultureInfo.InvariantCulture)} s against <code>{HtmlText.Encode(s.Reference)}</code> ({s.Pairs.ToString(CultureInfo.InvariantCulture)} message pairs), {(result.SkewsCorrected ? "corrected" : "not corrected (--no-skew-correction)")}</li>");
        }

        w.WriteLine("</ul>");
    }

    private static void Row(TextWriter w, string name, string html) => w.WriteLine($"<tr><th>{name}</th><td>{html}</td></tr>");

    private static string State(ChecklistState state) => state switch
    {
        ChecklistState.Passed => "<span class=\"passed\">passed</span>",
        ChecklistState.Failed => "<span class=\"failed\">failed</span>",
        _ => "not checked",
    };

    private static string Time(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "?";
}
