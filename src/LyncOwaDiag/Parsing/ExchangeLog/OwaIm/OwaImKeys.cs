namespace LyncOwaDiag.Parsing.ExchangeLog.OwaIm;

/// <summary>
/// Pulls the identifiers out of an IM log context without parsing all of it (the hot path): the
/// <c>User=…, Sip address=…, Lyncserver=…</c> triple, <c>User: &lt;sip&gt;</c>, and a certificate thumbprint.
/// The context grammar reads the same values; a differential test holds the two together.
/// </summary>
internal static class OwaImKeys
{
    public static (string? User, string? SipAddress, string? LyncServer, string? Thumbprint) Extract(string context)
    {
        var user = Value(context, "User=", ',') ?? Value(context, "User: ", ' ', ',');
        var sip = Value(context, "Sip address=", ',');
        var server = Value(context, "Lyncserver=", ',', ' ');
        var thumbprint = Value(context, "thumbprint ", ' ');
        return (Null(user), Null(sip), Null(server), thumbprint);
    }

    /// <summary>The tracing context prints a missing value as <c>null</c>.</summary>
    private static string? Null(string? value) => value is null or "null" or "" ? null : value;

    private static string? Value(string text, string marker, params char[] ends)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = at + marker.Length;
        var end = text.IndexOfAny(ends, start);
        var value = (end < 0 ? text.AsSpan(start) : text.AsSpan(start, end - start)).Trim().TrimEnd('.');
        return value.IsEmpty ? null : value.ToString();
    }
}
