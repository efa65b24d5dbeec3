namespace LyncOwaDiag.Parsing.Sip;

/// <summary>Header names in their canonical spelling, with the compact forms of RFC 3261 §7.3.3.</summary>
internal static class SipHeaderNames
{
    public const string CallId = "Call-ID";
    public const string CSeq = "CSeq";
    public const string From = "From";
    public const string To = "To";
    public const string Via = "Via";
    public const string Contact = "Contact";
    public const string ContentLength = "Content-Length";
    public const string ContentType = "Content-Type";
    public const string Subject = "Subject";
    public const string Supported = "Supported";

    public static readonly IReadOnlyList<string> DiagnosticHeaders =
        ["ms-diagnostics", "ms-diagnostics-public", "ms-client-diagnostics", "x-ms-diagnostics"];

    /// <summary>Maps a header name as written (any case, compact or long) to its canonical spelling.</summary>
    public static string Canonical(string name)
    {
        if (name.Length == 1)
        {
            switch (char.ToLowerInvariant(name[0]))
            {
                case 'i': return CallId;
                case 'f': return From;
                case 't': return To;
                case 'v': return Via;
                case 'm': return Contact;
                case 'l': return ContentLength;
                case 'c': return ContentType;
                case 's': return Subject;
                case 'k': return Supported;
            }
        }

        foreach (var known in (string[])[CallId, CSeq, From, To, Via, Contact, ContentLength, ContentType, Subject, Supported])
        {
            if (string.Equals(known, name, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return name;
    }

    public static bool IsDiagnosticHeader(string name) =>
        DiagnosticHeaders.Any(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
}
