namespace LyncOwaDiag.Model;

/// <summary>What an <see cref="EventKey"/> identifies; the entity index and correlation join on these.</summary>
public enum KeyKind
{
    CallId,
    CSeq,
    CorrelationId,
    SipUri,
    Smtp,
    Fqdn,
    IpEndpoint,
    Thumbprint,
    EventId,
}
