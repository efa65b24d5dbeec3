using Sprache;

namespace LyncOwaDiag.Parsing.Sip;

/// <summary>RFC 3261 tokens, quoted strings and white space, as Sprache parsers.</summary>
internal static class SipLexemes
{
    public static readonly Parser<char> AsciiDigit = Parse.Char(char.IsAsciiDigit, "digit");

    public static readonly Parser<string> Lws = Parse.Chars(" \t").Many().Text();

    /// <summary>RFC 3261 token: alphanumerics and <c>-.!%*_+`'~</c>.</summary>
    public static readonly Parser<string> Token =
        Parse.Char(c => char.IsAsciiLetterOrDigit(c) || "-.!%*_+`'~".Contains(c), "token character")
            .AtLeastOnce().Text().Named("token");

    /// <summary>Straight quotes, and the typographic ones published copies of logs pick up.</summary>
    private static readonly Parser<char> OpenQuote = Parse.Chars("\"\u201C\u201D");

    private static readonly Parser<char> EscapedChar =
        from backslash in Parse.Char('\\')
        from c in Parse.AnyChar
        select c;

    public static readonly Parser<string> QuotedString =
        (from open in OpenQuote
         from text in EscapedChar.Or(Parse.CharExcept("\"\u201C\u201D\\")).Many().Text()
         from close in OpenQuote
         select text).Named("quoted string");

    public static Parser<T> Padded<T>(this Parser<T> parser) =>
        from before in Lws
        from value in parser
        from after in Lws
        select value;

    public static readonly Parser<int> Integer =
        AsciiDigit.Repeat(1, 9).Text().Select(d => int.Parse(d, System.Globalization.CultureInfo.InvariantCulture));
}
