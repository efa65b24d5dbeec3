using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing.SipStack;

/// <summary>
/// Reads the connection fields of a record once its lines are in (folded values included). The <c>Data</c> field is
/// a list of <c>name="value"</c> parameters separated by <c>;</c>, spaces allowed around <c>=</c> and inside quotes.
/// </summary>
internal static class SipStackConnectionReader
{
    public static SipStackConnection? Read(IReadOnlyList<SipHeaderValue>? fields)
    {
        if (fields is null || fields.Count == 0)
        {
            return null;
        }

        string? local = null, peer = null, peerFqdn = null, transport = null, id = null, data = null;
        foreach (var field in fields)
        {
            var value = field.Value.Trim();
            switch (field.Name.ToLowerInvariant())
            {
                case "local-ip":
                    local ??= value;
                    break;
                case "peer-ip":
                    peer ??= value;
                    break;
                case "peer-fqdn":
                    peerFqdn ??= value;
                    break;
                case "transport":
                    transport ??= value;
                    break;
                case "connection-id":
                    id ??= value;
                    break;
                case "data":
                    data ??= value;
                    break;
            }
        }

        var connection = new SipStackConnection
        {
            LocalAddress = NullIfEmpty(local),
            PeerAddress = NullIfEmpty(peer),
            PeerFqdn = NullIfEmpty(peerFqdn),
            Transport = NullIfEmpty(transport),
            ConnectionId = NullIfEmpty(id),
            Data = NullIfEmpty(data),
            DataFqdn = data is null ? null : NullIfEmpty(DataParameter(data, "fqdn")),
        };
        return connection.IsEmpty ? null : connection;
    }

    /// <summary>The value of one parameter of a <c>Data</c> field, unquoted and trimmed; null when absent.</summary>
    internal static string? DataParameter(string data, string name)
    {
        foreach (var part in data.Split(';'))
        {
            var equals = part.IndexOf('=');
            if (equals <= 0 || !part.AsSpan(0, equals).Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            return part[(equals + 1)..].Trim().Trim('"').Trim();
        }

        return null;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
