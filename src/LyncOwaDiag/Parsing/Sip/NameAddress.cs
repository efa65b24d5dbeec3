namespace LyncOwaDiag.Parsing.Sip;

/// <summary>
/// A From/To/Contact/P-Asserted-Identity value: optional display name, the URI, and the header parameters after it
/// (<c>tag</c>, <c>epid</c>, <c>gruu</c>, <c>+sip.instance</c> …).
/// </summary>
internal sealed record NameAddress(string? DisplayName, SipUri Uri, IReadOnlyList<SipParameter> Parameters)
{
    public string? Parameter(string name) =>
        Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;

    public bool HasParameter(string name) =>
        Parameters.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
