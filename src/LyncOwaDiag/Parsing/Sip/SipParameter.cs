namespace LyncOwaDiag.Parsing.Sip;

/// <summary>A <c>;name=value</c> parameter; <see cref="Value"/> is null for a bare <c>;lr</c>, unquoted otherwise.</summary>
internal sealed record SipParameter(string Name, string? Value);
