using System.Text.Json;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Reporting;

/// <summary>
/// One Elastic Common Schema JSON object per line (docs/design.md#reports), ready for Elasticsearch/OpenSearch, Splunk or
/// Azure Data Explorer; our own fields sit under <c>lyncowadiag.*</c>.
/// </summary>
public sealed class TimelineEcsWriter : ITimelineWriter
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly Stream _output;
    private readonly Utf8JsonWriter _json;
    private readonly Func<string?, bool>? _hostIsGuess;

    /// <param name="hostIsGuess">Whether a host is known only by a folder's name: <c>lyncowadiag.hostGuess</c> says so.</param>
    public TimelineEcsWriter(Stream output, Func<string?, bool>? hostIsGuess = null)
    {
        _hostIsGuess = hostIsGuess;
        // One object per line means one small write per event: buffer them, or each is a system call.
        _output = new BufferedStream(output, 1 << 16);
        _json = new Utf8JsonWriter(_output);
    }

    public void Write(TimelineEvent e)
    {
        var w = _json;
        w.WriteStartObject();
        w.WriteString("@timestamp", TimeQualityText.Format(e.Timestamp, e.TimeQuality == TimeQuality.LocalUnknownOffset ? TimeQuality.AssumedUtc : e.TimeQuality));
        // Log text is untrusted and `jq -r` prints a JSON string's escapes as the characters: make them visible.
        w.WriteString("message", SafeText.ForTerminalOrNull(e.Summary));

        w.WriteStartObject("log");
        w.WriteString("level", SeverityText.Name(e.Severity));
        w.WriteStartObject("file");
        w.WriteString("path", SafeText.ForTerminalOrNull(e.Location.File));
        w.WriteEndObject();
        w.WriteNumber("offset", e.Location.ByteOffset);
        var origin = OriginOf(e.Payload);
        if (origin is not null)
        {
            w.WriteStartObject("origin");
            w.WriteStartObject("file");
            w.WriteString("name", SafeText.ForTerminalOrNull(origin.SourceFile));
            w.WriteNumber("line", origin.SourceLine);
            w.WriteEndObject();
            w.WriteString("function", SafeText.ForTerminalOrNull(origin.Function));
            w.WriteEndObject();
        }

        w.WriteEndObject();

        w.WriteStartObject("event");
        w.WriteString("dataset", "lyncowadiag." + SeverityText.SourceName(e.Source));
        w.WriteString("kind", "event");
        w.WriteString("module", "lyncowadiag");
        w.WriteEndObject();

        if (e.Host is not null)
        {
            w.WriteStartObject("host");
            w.WriteString("name", SafeText.ForTerminalOrNull(e.Host));
            w.WriteEndObject();
        }

        if (e.Payload is SipMessage { Peer: { } peer } sip)
        {
            var side = sip.DirectionWord switch
            {
                "incoming" => "source",
                "outgoing" => "destination",
                _ => null,
            };
            if (side is not null)
            {
                WriteAddress(w, side, peer);
            }
        }

        WriteOwn(w, e, e.Host is not null && _hostIsGuess?.Invoke(e.Host) == true);
        w.WriteEndObject();
        w.Flush();
        _output.Write(NewLine);
        w.Reset();
    }

    private static void WriteOwn(Utf8JsonWriter w, TimelineEvent e, bool hostGuess)
    {
        w.WriteStartObject("lyncowadiag");
        if (hostGuess)
        {
            // host.name is the folder's name: say it is a guess, not an identity.
            w.WriteBoolean("hostGuess", true);
        }

        w.WriteString("kind", e.Kind);
        w.WriteNumber("line", e.Location.FirstLine);
        w.WriteNumber("lastLine", e.Location.LastLine);
        w.WriteString("timeQuality", TimeQualityText.Name(e.TimeQuality));
        if (e.TimeQuality == TimeQuality.LocalUnknownOffset)
        {
            w.WriteString("localTime", TimeQualityText.Format(e.Timestamp, e.TimeQuality));
        }

        if (e.KeyValue(KeyKind.CorrelationId) is { } correlation)
        {
            w.WriteString("correlationId", SafeText.ForTerminalOrNull(correlation));
        }

        switch (e.Payload)
        {
            case SipMessage m:
                w.WriteStartObject("sip");
                WriteIfPresent(w, "callId", m.CallId);
                if (m.CSeqNumber is { } n)
                {
                    w.WriteString("cseq", SafeText.ForTerminalOrNull($"{n} {m.CSeqMethod}"));
                }

                WriteIfPresent(w, "method", m.Method ?? m.CSeqMethod);
                if (m.StatusCode is { } status)
                {
                    w.WriteNumber("status", status);
                }

                WriteIfPresent(w, "direction", m.DirectionWord);
                WriteIfPresent(w, "from", m.FromUri);
                WriteIfPresent(w, "to", m.ToUri);
                if (m.DiagnosticHeaders.Count > 0 && LeadingNumber(m.DiagnosticHeaders[0].Value) is { } code)
                {
                    w.WriteStartObject("msDiagnostics");
                    w.WriteNumber("code", code);
                    w.WriteString("header", SafeText.ForTerminalOrNull(m.DiagnosticHeaders[0].Name.ToLowerInvariant()));
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                break;
            case SipStackRecord r:
                if (r.ResultCode is { } rc)
                {
                    w.WriteString("resultCode", $"0x{rc.Value:X8}");
                    WriteIfPresent(w, "resultName", rc.Name);
                }

                if (r.SipCallId is not null || r.SipCSeq is not null)
                {
                    w.WriteStartObject("sip");
                    WriteIfPresent(w, "callId", r.SipCallId);
                    WriteIfPresent(w, "cseq", r.SipCSeq);
                    w.WriteEndObject();
                }

                if (r.Connection is { } c)
                {
                    w.WriteStartObject("connection");
                    WriteIfPresent(w, "local", c.LocalAddress);
                    WriteIfPresent(w, "peer", c.PeerAddress);
                    WriteIfPresent(w, "peerFqdn", c.PeerFqdn);
                    WriteIfPresent(w, "transport", c.Transport);
                    WriteIfPresent(w, "id", c.ConnectionId);
                    WriteIfPresent(w, "fqdn", c.DataFqdn);
                    WriteIfPresent(w, "data", c.Data);
                    w.WriteEndObject();
                }

                break;
        }

        w.WriteEndObject();
    }

    private static void WriteAddress(Utf8JsonWriter w, string side, string peer)
    {
        var trimmed = peer.Trim();
        var colon = trimmed.LastIndexOf(':');
        var host = trimmed;
        int? port = null;
        if (colon > 0 && int.TryParse(trimmed.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p)
            && (trimmed.IndexOf(':') == colon || trimmed[colon - 1] == ']'))
        {
            host = trimmed[..colon].Trim('[', ']');
            port = p;
        }

        w.WriteStartObject(side);
        w.WriteString("address", SafeText.ForTerminalOrNull(host));
        if (port is { } value)
        {
            w.WriteNumber("port", value);
        }

        w.WriteEndObject();
    }

    private static TraceOrigin? OriginOf(EventPayload? payload) => payload switch
    {
        SipMessage m => m.Origin,
        SipStackRecord r => r.Origin,
        _ => null,
    };

    private static void WriteIfPresent(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, SafeText.ForTerminalOrNull(value));
        }
    }

    private static int? LeadingNumber(string value)
    {
        var span = value.AsSpan().TrimStart();
        var end = 0;
        while (end < span.Length && end < 9 && char.IsAsciiDigit(span[end]))
        {
            end++;
        }

        return end == 0 ? null : int.Parse(span[..end], System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Flush() => _output.Flush();

    public void Dispose()
    {
        _json.Dispose();
        _output.Flush();
    }
}
