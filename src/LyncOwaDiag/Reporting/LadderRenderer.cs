using System.Globalization;
using System.Text;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Reporting;

/// <summary>
/// Draws SIP messages as an ASCII ladder: one column per host (the logging host and its peers, a machine name and its
/// FQDN being one column), an arrow per message with the method or status, the time since the previous message, and
/// the ms-diagnostics code on failures. Fits the width given (80 columns by default, for tickets).
/// </summary>
public static class LadderRenderer
{
    private const int TimeWidth = 14;

    public static string Render(IReadOnlyList<TimelineEvent> messages, int width = 80)
    {
        var sip = messages.Where(e => e.Payload is SipMessage).ToList();
        if (sip.Count == 0)
        {
            return "(no SIP messages)\n";
        }

        var columns = new List<string>();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in sip)
        {
            var (from, to) = Ends(e);
            foreach (var host in new[] { from, to })
            {
                var key = Column(host);
                if (!names.ContainsKey(key))
                {
                    names[key] = host;
                    columns.Add(key);
                }
            }
        }

        var lanes = Math.Max(2, columns.Count);
        var laneWidth = Math.Max(12, (width - TimeWidth - 2) / lanes);
        int X(string host) => TimeWidth + (laneWidth / 2) + (columns.IndexOf(Column(host)) * laneWidth);

        var output = new StringBuilder();
        var header = new StringBuilder(new string(' ', TimeWidth + (lanes * laneWidth)));
        foreach (var key in columns)
        {
            Put(header, X(names[key]) - (Math.Min(names[key].Length, laneWidth - 1) / 2), Trim(names[key], laneWidth - 1));
        }

        output.AppendLine(header.ToString().TrimEnd());
        DateTimeOffset? previous = null;
        foreach (var e in sip)
        {
            var m = (SipMessage)e.Payload!;
            var (from, to) = Ends(e);
            var line = new StringBuilder(new string(' ', TimeWidth + (lanes * laneWidth)));
            Put(line, 0, e.Timestamp.UtcDateTime.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) + TimeQualityText.Mark(e.TimeQuality));
            foreach (var key in columns)
            {
                line[X(names[key])] = '|';
            }

            var (a, b) = (X(from), X(to));
            var (left, right) = (Math.Min(a, b), Math.Max(a, b));
            for (var i = left + 1; i < right; i++)
            {
                line[i] = '-';
            }

            line[a < b ? right - 1 : left + 1] = a < b ? '>' : '<';
            var label = Trim(m.IsRequest ? m.Method ?? "?" : $"{m.StatusCode} {m.ReasonPhrase}", Math.Max(1, right - left - 4));
            Put(line, left + 2 + Math.Max(0, (right - left - 4 - label.Length) / 2), label);

            var notes = new List<string>();
            if (previous is { } p)
            {
                notes.Add($"+{(e.Timestamp - p).TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)}s");
            }

            if (m.StatusCode >= 400 && m.DiagnosticHeaders.Count > 0)
            {
                notes.Add("diag " + LeadingCode(m.DiagnosticHeaders[0].Value));
            }

            previous = e.Timestamp;
            output.Append(SafeText.ForTerminal(line.ToString().TrimEnd()));
            if (notes.Count > 0)
            {
                output.Append("  ").Append(string.Join(' ', notes));
            }

            output.AppendLine();
        }

        return output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>
    /// The same ladder as SVG for the HTML report: lifelines, arrows, labels, times. Drawn with presentation
    /// attributes only (no style attribute, nothing fetched), every label entity-encoded.
    /// </summary>
    public static string Svg(IReadOnlyList<TimelineEvent> messages)
    {
        var sip = messages.Where(e => e.Payload is SipMessage).ToList();
        var columns = new List<(string Key, string Name)>();
        foreach (var (from, to) in sip.Select(Ends))
        {
            foreach (var host in new[] { from, to })
            {
                if (!columns.Any(c => c.Key == Column(host)))
                {
                    columns.Add((Column(host), host));
                }
            }
        }

        const int left = 110, lane = 220, top = 40, step = 34;
        var width = left + (Math.Max(2, columns.Count) * lane);
        var height = top + ((sip.Count + 1) * step);
        int X(string host) => left + (lane / 2) + (columns.FindIndex(c => c.Key == Column(host)) * lane);
        string N(int v) => v.ToString(CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(width)}\" height=\"{N(height)}\" viewBox=\"0 0 {N(width)} {N(height)}\" font-family=\"monospace\" font-size=\"12\" role=\"img\">");
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333\"/></marker></defs>");
        foreach (var (_, name) in columns)
        {
            var x = X(name);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"20\" text-anchor=\"middle\" font-weight=\"bold\">{Encode(name)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x)}\" y1=\"28\" x2=\"{N(x)}\" y2=\"{N(height - 6)}\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>");
        }

        var y = top + step;
        foreach (var e in sip)
        {
            var m = (SipMessage)e.Payload!;
            var (from, to) = Ends(e);
            var (a, b) = (X(from), X(to));
            var failed = m.StatusCode >= 400;
            var label = m.IsRequest ? m.Method ?? "?" : $"{m.StatusCode} {m.ReasonPhrase}";
            if (failed && m.DiagnosticHeaders.Count > 0)
            {
                label += " (diag " + LeadingCode(m.DiagnosticHeaders[0].Value) + ")";
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{N(y + 4)}\" fill=\"#555\">{e.Timestamp.UtcDateTime.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(a)}\" y1=\"{N(y)}\" x2=\"{N(b)}\" y2=\"{N(y)}\" stroke=\"{(failed ? "#b00020" : "#333")}\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N((a + b) / 2)}\" y=\"{N(y - 5)}\" text-anchor=\"middle\" fill=\"{(failed ? "#b00020" : "#111")}\">{Encode(label)}</text>");
            y += step;
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Encode(string text) => System.Net.WebUtility.HtmlEncode(SafeText.ForTerminal(text));

    /// <summary>The sender and receiver of a message as logged: the peer one side, the logging host the other.</summary>
    private static (string From, string To) Ends(TimelineEvent e)
    {
        var m = (SipMessage)e.Payload!;
        var self = e.Host ?? "(logging host)";
        var peer = m.Peer is null ? "(peer)" : PeerHost(m.Peer);
        return m.DirectionWord == "outgoing" ? (self, peer) : (peer, self);
    }

    private static string PeerHost(string peer)
    {
        var trimmed = peer.Trim();
        var colon = trimmed.LastIndexOf(':');
        return colon > 0 && trimmed.IndexOf(':') == colon ? trimmed[..colon] : trimmed;
    }

    /// <summary>A machine name and its FQDN share a column: key on the first DNS label.</summary>
    private static string Column(string host)
    {
        var dot = host.IndexOf('.', StringComparison.Ordinal);
        return (dot > 0 && !char.IsAsciiDigit(host[0]) ? host[..dot] : host).ToLowerInvariant();
    }

    private static string LeadingCode(string value) => new(value.TrimStart().TakeWhile(c => char.IsAsciiDigit(c) || c == '.').ToArray());

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..Math.Max(1, max)];

    private static void Put(StringBuilder line, int at, string text)
    {
        for (var i = 0; i < text.Length && at + i < line.Length; i++)
        {
            if (at + i >= 0)
            {
                line[at + i] = text[i];
            }
        }
    }
}
