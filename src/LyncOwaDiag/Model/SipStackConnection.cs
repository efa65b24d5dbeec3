namespace LyncOwaDiag.Model;

/// <summary>
/// The connection a SIPStack connection record (TF_CONNECTION) is about, from its fields: <c>Local-IP</c>,
/// <c>Peer-IP</c>, <c>Peer-FQDN</c>, <c>Transport</c>, <c>Connection-ID</c>, and the <c>fqdn="…"</c> of its
/// <c>Data</c> field, which names the server the peer's certificate claims to be.
/// </summary>
public sealed record SipStackConnection
{
    /// <summary><c>Local-IP</c>: this server's address and port.</summary>
    public string? LocalAddress { get; init; }

    /// <summary><c>Peer-IP</c>: the other server's address and port.</summary>
    public string? PeerAddress { get; init; }

    /// <summary><c>Peer-FQDN</c>: the name this server connected to (outgoing connections).</summary>
    public string? PeerFqdn { get; init; }

    /// <summary><c>Transport</c>: TLS, MTLS, TCP ….</summary>
    public string? Transport { get; init; }

    /// <summary><c>Connection-ID</c>, as written (hex).</summary>
    public string? ConnectionId { get; init; }

    /// <summary>The <c>fqdn</c> parameter of the <c>Data</c> field.</summary>
    public string? DataFqdn { get; init; }

    /// <summary>The whole <c>Data</c> field, parameters and all.</summary>
    public string? Data { get; init; }

    /// <summary>Whether the record named any of these.</summary>
    public bool IsEmpty => LocalAddress is null && PeerAddress is null && PeerFqdn is null && Transport is null && ConnectionId is null && Data is null;

    /// <summary>One line for a summary: peer, local end, transport, the certificate's name.</summary>
    public string Describe()
    {
        var parts = new List<string>(5);
        var peer = string.Join(' ', new[] { PeerFqdn, PeerAddress }.Where(p => p is not null));
        if (peer.Length > 0)
        {
            parts.Add("peer " + peer);
        }

        if (LocalAddress is not null)
        {
            parts.Add("local " + LocalAddress);
        }

        if (Transport is not null)
        {
            parts.Add(Transport);
        }

        if (DataFqdn is not null)
        {
            parts.Add($"fqdn=\"{DataFqdn}\"");
        }

        return string.Join(", ", parts);
    }
}
