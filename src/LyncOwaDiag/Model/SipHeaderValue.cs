namespace LyncOwaDiag.Model;

/// <summary>A SIP header as logged: its name in the sender's spelling and its raw (unfolded) value.</summary>
public readonly record struct SipHeaderValue(string Name, string Value);
