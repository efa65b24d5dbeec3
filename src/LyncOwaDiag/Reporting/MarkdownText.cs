using System.Text;
using System.Text.RegularExpressions;

namespace LyncOwaDiag.Reporting;

/// <summary>
/// Puts untrusted text into GitHub-flavoured Markdown so that it renders as the same text and nothing else: no
/// emphasis, link, image, autolink, HTML or extra table cell. Control characters and bidi overrides are made
/// visible first (<see cref="SafeText"/>), so nothing hides or reorders what the reader sees.
/// </summary>
public static partial class MarkdownText
{
    /// <summary>Text in running prose: Markdown's punctuation backslash-escaped, autolink triggers broken.</summary>
    public static string Escape(string? text)
    {
        var safe = SafeText.ForTerminal(text).ReplaceLineEndings(" ");
        var sb = new StringBuilder(safe.Length + 16);
        foreach (var c in safe)
        {
            // What can open a construct inside a line (emphasis, code, link, HTML, entity, table cell, strikethrough),
            // and the @ of an e-mail autolink. Links need [ and autolinks need <, @, :// or www., all broken here.
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&' or '@')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return Autolink().Replace(sb.ToString(), m => m.Value.EndsWith('.') ? m.Value[..^1] + "\\." : m.Value[..^3] + "\\://");
    }

    /// <summary>
    /// Text as inline code (file names, excerpts, identifiers): nothing inside is Markdown. The fence is longer than
    /// any run of backticks inside; in a table cell the pipe is escaped, as GFM splits cells before anything else.
    /// </summary>
    public static string Code(string? text, bool inTable = false)
    {
        var safe = SafeText.ForTerminal(text).ReplaceLineEndings(" ");
        if (safe.Length == 0)
        {
            return string.Empty;
        }

        var longest = 0;
        var run = 0;
        foreach (var c in safe)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var body = inTable ? safe.Replace("|", "\\|", StringComparison.Ordinal) : safe;
        var pad = body.StartsWith('`') || body.EndsWith('`') || (body.StartsWith(' ') && body.EndsWith(' ')) ? " " : string.Empty;
        return fence + pad + body + pad + fence;
    }

    /// <summary>A fenced code block for a command, with a fence no line inside can close.</summary>
    public static string Block(string? text, string language)
    {
        // Line by line: the breaks stay breaks, every other control character is made visible.
        var lines = (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n').Select(SafeText.ForTerminal).ToList();
        var safe = string.Join("\n", lines);
        var longest = lines.Select(l => l.TrimStart().TakeWhile(c => c == '`').Count()).DefaultIfEmpty(0).Max();
        var fence = new string('`', Math.Max(3, longest + 1));
        return $"{fence}{language}\n{safe}\n{fence}";
    }

    /// <summary>What starts a GFM extended autolink without any character escaped above: <c>www.</c> and <c>scheme://</c>.</summary>
    [GeneratedRegex(@"www\.|[a-z][a-z0-9+.-]*://", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Autolink();
}
