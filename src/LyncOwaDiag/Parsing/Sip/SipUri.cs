namespace LyncOwaDiag.Parsing.Sip;

/// <summary>A <c>sip:</c>, <c>sips:</c> or <c>tel:</c> URI: scheme, user, host, port and URI parameters.</summary>
internal sealed record SipUri(string Scheme, string? User, string Host, int? Port, IReadOnlyList<SipParameter> Parameters)
{
    /// <summary>The address of record, <c>sip:user@host</c>, lower-case scheme: what users are indexed by.</summary>
    public string AddressOfRecord => User is null ? $"{Scheme.ToLowerInvariant()}:{Host}" : $"{Scheme.ToLowerInvariant()}:{User}@{Host}";

    public string? Parameter(string name) =>
        Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;

    public bool HasParameter(string name) =>
        Parameters.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
