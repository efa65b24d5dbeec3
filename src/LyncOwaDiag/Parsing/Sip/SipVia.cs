namespace LyncOwaDiag.Parsing.Sip;

/// <summary>One hop of a Via header: <c>SIP/2.0/TLS host:port;params</c>.</summary>
internal sealed record SipVia(string Transport, string Host, int? Port, IReadOnlyList<SipParameter> Parameters);
