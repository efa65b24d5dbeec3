using System.Globalization;
using System.Text;

namespace LyncOwaDiag.Tests.Support;

/// <summary>
/// CLS traces of several Lync hosts with their own clocks, written as real ones are: each hop's sender adds a Via
/// with a new branch; a receiver logs an inbound connection's peer as an IP address with an ephemeral port and an
/// outbound one by FQDN; a host that relays a message on (an Edge to a federated partner) logs it incoming and then
/// outgoing with the same Call-ID, CSeq and method.
/// </summary>
internal sealed class SipHopTraces(int seed)
{
    private readonly Random _random = new(seed);
    private readonly Dictionary<string, StringBuilder> _traces = new(StringComparer.Ordinal);
    private DateTime _now = new(2013, 5, 14, 9, 0, 0, DateTimeKind.Utc);
    private int _calls;

    /// <summary>A traced host: its CLS bracket machine, FQDN, IP address and how far its clock is ahead of true time.</summary>
    public sealed record Host(string Machine, string Fqdn, string Ip, TimeSpan Ahead);

    /// <summary>The true time of the first message (2013-05-14 09:00 UTC unless set).</summary>
    public DateTime Start { init => _now = value; }

    /// <summary>Whether messages carry Via headers (older traces and hand-made samples may not).</summary>
    public bool WithVia { get; init; } = true;

    /// <summary>
    /// <paramref name="count"/> transactions from <paramref name="from"/> to <paramref name="to"/>, answered 200 OK;
    /// with <paramref name="relayTo"/>, <paramref name="to"/> relays each request on to that untraced FQDN and relays
    /// its answer back.
    /// </summary>
    /// <param name="lostSends">How many times the sender sends each request before one arrives (SIP retransmits over
    /// UDP at 0.5 s, 1 s, 2 s …): the sender logs every copy, the receiver only the one that arrived.</param>
    public SipHopTraces Transactions(Host from, Host to, int count, string? relayTo = null, int lostSends = 0)
    {
        for (var i = 0; i < count; i++)
        {
            _now = _now.AddMilliseconds(_random.Next(200, 900));
            var callId = $"call{_calls++:D5}";
            var fromBranch = $"z9hG4bK{_random.Next():x8}";
            var there = Ms(5, 60);
            var sent = _now;
            for (var lost = 0; lost < lostSends; lost++)
            {
                Log(from, sent, "outgoing", $"{to.Fqdn}:5061", "SUBSCRIBE sip:ana@fabrikam.com SIP/2.0", callId, [Via(from, fromBranch)]);
                sent += TimeSpan.FromMilliseconds(500 << lost);
            }

            Log(from, sent, "outgoing", $"{to.Fqdn}:5061", "SUBSCRIBE sip:ana@fabrikam.com SIP/2.0", callId, [Via(from, fromBranch)]);
            var arrived = sent + there;
            Log(to, arrived, "incoming", $"{from.Ip}:{50000 + (i % 1000)}", "SUBSCRIBE sip:ana@fabrikam.com SIP/2.0", callId, [Via(from, fromBranch, received: from.Ip)]);
            var answered = arrived + Ms(1, 10);
            if (relayTo is not null)
            {
                var toBranch = $"z9hG4bK{_random.Next():x8}";
                var relayed = arrived + Ms(1, 3);
                Log(to, relayed, "outgoing", $"{relayTo}:5061", "SUBSCRIBE sip:ana@fabrikam.com SIP/2.0", callId, [Via(to, toBranch), Via(from, fromBranch, received: from.Ip)]);
                var back = relayed + Ms(30, 120);
                Log(to, back, "incoming", $"{relayTo}:5061", "SIP/2.0 200 OK", callId, [Via(to, toBranch), Via(from, fromBranch, received: from.Ip)]);
                answered = back + Ms(1, 3);
            }

            Log(to, answered, "outgoing", $"{from.Ip}:{50000 + (i % 1000)}", "SIP/2.0 200 OK", callId, [Via(from, fromBranch, received: from.Ip)]);
            Log(from, answered + Ms(12, 80), "incoming", $"{to.Fqdn}:5061", "SIP/2.0 200 OK", callId, [Via(from, fromBranch, received: from.Ip)]);
            _now = answered;
        }

        return this;
    }

    /// <summary>The trace of a host as its CLS search would print it.</summary>
    public string TraceOf(Host host) => _traces.TryGetValue(host.Machine, out var text) ? text.ToString() : string.Empty;

    private TimeSpan Ms(int low, int high) => TimeSpan.FromMilliseconds(_random.Next(low, high));

    private static string Via(Host host, string branch, string? received = null) =>
        $"SIP/2.0/TLS {host.Ip}:{(host.Machine.Contains("EDGE", StringComparison.Ordinal) ? 5061 : 5062)};branch={branch}{(received is null ? string.Empty : ";received=" + received)};ms-received-port=5061";

    private void Log(Host host, DateTime trueTime, string direction, string peer, string startLine, string callId, string[] vias)
    {
        if (!_traces.TryGetValue(host.Machine, out var trace))
        {
            _traces[host.Machine] = trace = new StringBuilder();
        }

        var at = trueTime + host.Ahead;
        trace.Append(CultureInfo.InvariantCulture, $"TL_INFO(TF_PROTOCOL) [pool\\{host.Machine}]0B60.0D6C::{at.ToString("MM/dd/yyyy-HH:mm:ss.fff", CultureInfo.InvariantCulture)}.0000a5f1 (SIPStack,SIPAdminLog::TraceProtocolRecord:SIPAdminLog.cpp(160)) [1] $$begin_record\n");
        trace.Append(CultureInfo.InvariantCulture, $"Direction: {direction};source=\"internal\";destination=\"external\"\nPeer: {peer}\nMessage-Type: {(startLine.StartsWith("SIP/", StringComparison.Ordinal) ? "response" : "request")}\nStart-Line: {startLine}\n");
        if (WithVia)
        {
            foreach (var via in vias)
            {
                trace.Append(CultureInfo.InvariantCulture, $"Via: {via}\n");
            }
        }

        trace.Append(CultureInfo.InvariantCulture, $"From: <sip:kim@litwareinc.com>;tag=1\nTo: <sip:ana@fabrikam.com>\nCall-ID: {callId}\nCSeq: 1 SUBSCRIBE\nMessage-Body: -\n$$end_record\n");
    }
}
