using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing.SipStack;

/// <summary>The mutable slots one trace entry fills while its lines stream past; reset for the next entry.</summary>
internal sealed class SipStackRecordFields
{
    public bool SawBegin;
    public bool SawEnd;
    public bool IsProtocol;
    public bool InBody;
    public bool HasBody;
    public int HeaderCount;
    public string? TraceCorrelationId;
    public string? InstanceId;
    public string? Direction;
    public string? Peer;
    public string? MessageType;
    public string? StartLine;
    public string? CallId;
    public string? CSeq;
    public string? From;
    public string? To;
    public string? UserAgent;
    public string? Server;

    /// <summary>The first Via header's value: the hop this message is on (its branch pairs it across two traces).</summary>
    public string? TopVia;
    public List<SipHeaderValue>? Diagnostics;
    public string? LogType;
    public string? Severity;
    public string? Text;
    public string? ResultCode;
    public string? SipStartLine;
    public string? SipCallId;
    public string? SipCSeq;
    public List<SipHeaderValue>? Fields;
    public string? ContinuationText;

    public void Reset()
    {
        SawBegin = SawEnd = IsProtocol = InBody = HasBody = false;
        HeaderCount = 0;
        TraceCorrelationId = InstanceId = Direction = Peer = MessageType = StartLine = null;
        CallId = CSeq = From = To = UserAgent = Server = TopVia = null;
        Diagnostics = null;
        LogType = Severity = Text = ResultCode = SipStartLine = SipCallId = SipCSeq = null;
        Fields = null;
        ContinuationText = null;
    }
}
