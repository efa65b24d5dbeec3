using System.Net;

namespace LyncOwaDiag.Reporting;

/// <summary>Untrusted text for HTML text and attribute values: control characters made visible, then entity-encoded.</summary>
public static class HtmlText
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(SafeText.ForTerminal(text));
}
