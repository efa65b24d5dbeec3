using System.Text.RegularExpressions;

namespace LyncOwaDiag.Reporting;

/// <summary>
/// A rule's reference as a finding carries it ("Section (https://…)") taken apart for a report to link: the section as
/// text and the address, only an http(s) one without spaces or angle brackets; anything else stays plain text.
/// </summary>
public static partial class ReferenceLink
{
    public static (string Section, string? Url) Parse(string reference) =>
        Shape().Match(reference) is { Success: true } m && m.Groups["url"].Value.All(c => c is > ' ' and < (char)127)
        && Uri.TryCreate(m.Groups["url"].Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? (m.Groups["section"].Value, m.Groups["url"].Value)
            : (reference, null);

    /// <summary>A Markdown link, the address in angle brackets (it may hold parentheses: <c>(v=OCS.15)</c>).</summary>
    public static string Markdown(string reference) => Parse(reference) is (var section, { } url)
        ? $"[{MarkdownText.Escape(section)}](<{url}>)"
        : MarkdownText.Escape(reference);

    public static string Html(string reference) => Parse(reference) is (var section, { } url)
        ? $"<a href=\"{HtmlText.Encode(url)}\">{HtmlText.Encode(section)}</a>"
        : HtmlText.Encode(reference);

    [GeneratedRegex(@"^(?<section>.*?) \((?<url>https?://[^\s<>""]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
