namespace LyncOwaDiag.Model;

/// <summary>
/// Errors and warnings no finding explains, grouped by signature (provider and event id, SIP status with method and
/// ms-diagnostics code, IM log message …), so that an unknown cause still shows.
/// </summary>
public sealed record UnexplainedSignal(string Signature, Severity Severity, long Count, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, IReadOnlyList<Evidence> Evidence);
