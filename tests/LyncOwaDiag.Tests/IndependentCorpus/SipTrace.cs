using System.Globalization;
using System.Text;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// One Lync server's SIPStack trace (FORMATS.md, reference/sipstack.md §1): protocol records, TF_DIAG and
/// TF_CONNECTION records, free-text component lines. Entries are collected with their true UTC time and written in
/// time order on the host's own clock (<see cref="Ahead"/>), as the trace of a server whose clock is off would be.
/// </summary>
internal sealed class SipTrace(SipTraceFlavor flavor, string poolShort, CorpusHost host)
{
    private readonly List<(DateTime At, int Order, string Text)> _entries = [];
    private int _correlation = 1843281000;
    private int _instance = 0x3F00;
    private int _sequence = 0xa100;

    public CorpusHost Host => host;

    public SipTraceFlavor Flavor => flavor;

    /// <summary>How far this host's clock is ahead of true time.</summary>
    public TimeSpan Ahead { get; init; }

    public int Count => _entries.Count;

    /// <summary>A new CLS correlation id, stamped on every record written for one request.</summary>
    public int Correlate() => ++_correlation;

    public void Message(DateTime at, int correlation, bool incoming, string peer, string startLine, IEnumerable<string> headers, string? body = null)
    {
        var record = new StringBuilder();
        record.Append(CultureInfo.InvariantCulture, $"Trace-Correlation-Id: {correlation}\n");
        record.Append(CultureInfo.InvariantCulture, $"Instance-Id: {++_instance:X8}\n");
        record.Append(incoming ? "Direction: incoming;source=\"internal\";destination=\"local\"\n" : "Direction: outgoing;source=\"local\";destination=\"internal\"\n");
        record.Append(CultureInfo.InvariantCulture, $"Peer: {peer}\n");
        record.Append(startLine.StartsWith("SIP/2.0", StringComparison.Ordinal) ? "Message-Type: response\n" : "Message-Type: request\n");
        record.Append(CultureInfo.InvariantCulture, $"Start-Line: {startLine}\n");
        foreach (var header in headers)
        {
            record.Append(header).Append('\n');
        }

        record.Append(body is null ? "Message-Body: -\n" : $"Message-Body: {body}\n");
        Add(at, "TL_INFO", "TF_PROTOCOL", "SIPStack,SIPAdminLog::TraceProtocolRecord:SIPAdminLog.cpp(160)", correlation, record.ToString());
    }

    /// <summary>A TF_DIAG record as <c>SIPAdminLog::WriteDiagnosticEvent</c> writes it.</summary>
    public void Diagnostic(DateTime at, int correlation, string severity, string text, string? resultCode, string? sipStartLine, string? callId, string? cseq, string? peer, string? data = null)
    {
        var record = new StringBuilder();
        if (flavor == SipTraceFlavor.OcsLogger)
        {
            record.Append("LogType: diagnostic\n");
        }

        record.Append(CultureInfo.InvariantCulture, $"Severity: {severity}\nText: {text}\n");
        Line(record, "Result-Code", resultCode);
        Line(record, "SIP-Start-Line", sipStartLine);
        Line(record, "SIP-Call-ID", callId);
        Line(record, "SIP-CSeq", cseq);
        Line(record, "Peer", peer);
        Line(record, "Data", data);
        Add(at, severity == "error" ? "TL_ERROR" : "TL_WARN", "TF_DIAG", "SIPStack,SIPAdminLog::WriteDiagnosticEvent:SIPAdminLog.cpp(833)", correlation, record.ToString());
    }

    /// <summary>A TF_CONNECTION record (no public sample: shaped like the diagnostic record, FORMATS.md).</summary>
    public void Connection(DateTime at, int correlation, string severity, string text, string peer, string? resultCode, string? data = null)
    {
        var record = new StringBuilder("LogType: connection\n");
        record.Append(CultureInfo.InvariantCulture, $"Severity: {severity}\nText: {text}\nPeer: {peer}\nTransport: TLS\n");
        Line(record, "Result-Code", resultCode);
        Line(record, "Data", data);
        Add(at, severity == "error" ? "TL_ERROR" : "TL_WARN", "TF_CONNECTION", "SIPStack,SIPAdminLog::WriteConnectionEvent:SIPAdminLog.cpp(1012)", correlation, record.ToString());
    }

    /// <summary>A free-text entry of any component (S4, UserServices, the transport layer…).</summary>
    public void Component(DateTime at, int correlation, string location, string text) =>
        Add(at, "TL_INFO", "TF_COMPONENT", location, correlation, null, text);

    public string Render()
    {
        var text = new StringBuilder();
        foreach (var (_, _, entry) in _entries.OrderBy(e => e.At).ThenBy(e => e.Order))
        {
            text.Append(entry);
        }

        return text.ToString();
    }

    private void Add(DateTime at, string level, string flag, string location, int correlation, string? record, string? freeText = null)
    {
        var local = at + Ahead;
        var bracket = flavor == SipTraceFlavor.Cls ? $"{poolShort}\\{host.NetBios}" : "0";
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"{level}({flag}) [{bracket}]0B60.0D6C::{local.ToString("MM/dd/yyyy-HH:mm:ss.fff", CultureInfo.InvariantCulture)}.{++_sequence:x8} ({location})");
        if (flavor == SipTraceFlavor.Cls)
        {
            head.Append(CultureInfo.InvariantCulture, $" [{correlation}]");
        }

        if (record is not null)
        {
            head.Append(flavor == SipTraceFlavor.Cls ? " $$begin_record\n" : "$$begin_record\n");
            head.Append(record).Append("$$end_record\n");
        }
        else
        {
            head.Append(CultureInfo.InvariantCulture, $"( 000000000A1B{_sequence & 0xFFFF:X4} ) {freeText}\n");
        }

        _entries.Add((at, _entries.Count, head.ToString()));
    }

    private static void Line(StringBuilder record, string name, string? value)
    {
        if (value is not null)
        {
            record.Append(CultureInfo.InvariantCulture, $"{name}: {value}\n");
        }
    }
}
