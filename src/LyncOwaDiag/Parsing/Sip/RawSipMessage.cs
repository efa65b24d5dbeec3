namespace LyncOwaDiag.Parsing.Sip;

/// <summary>A SIP message as it travels: start line, headers (folded lines joined), body.</summary>
internal sealed record RawSipMessage(SipStartLine StartLine, IReadOnlyList<Model.SipHeaderValue> Headers, string Body)
{
    public IEnumerable<string> Values(string name)
    {
        var canonical = SipHeaderNames.Canonical(name);
        return Headers.Where(h => string.Equals(SipHeaderNames.Canonical(h.Name), canonical, StringComparison.OrdinalIgnoreCase))
            .Select(h => h.Value);
    }

    public string? Value(string name) => Values(name).FirstOrDefault();
}
