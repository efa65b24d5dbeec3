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
