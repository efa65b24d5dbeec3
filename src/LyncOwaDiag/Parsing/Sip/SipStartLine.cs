namespace LyncOwaDiag.Parsing.Sip;

/// <summary>A request line (<c>INVITE sip:… SIP/2.0</c>) or a status line (<c>SIP/2.0 504 Server time-out</c>).</summary>
internal sealed record SipStartLine(string? Method, string? RequestUri, int? StatusCode, string? ReasonPhrase, string Version)
{
    public bool IsRequest => Method is not null;
}
