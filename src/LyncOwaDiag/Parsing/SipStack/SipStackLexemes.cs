using Sprache;

namespace LyncOwaDiag.Parsing.SipStack;

/// <summary>The small tokens of a SIPStack first line; <see cref="SipStackGrammar"/> puts them together.</summary>
internal static class SipStackLexemes
{
    public static readonly Parser<char> HexDigit = Parse.Chars("0123456789abcdefABCDEF").Named("hex digit");

    public static readonly Parser<char> UpperOrDigit =
        Parse.Char(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9', "upper-case letter");

    public static readonly Parser<string> Spaces = Parse.Char(' ').AtLeastOnce().Text().Named("space");

    /// <summary><c>TL_INFO</c> → <c>INFO</c>.</summary>
    public static readonly Parser<string> Level =
        (from prefix in Parse.String("TL_")
         from name in UpperOrDigit.AtLeastOnce().Text()
         select name).Named("level TL_<NAME>");

    /// <summary><c>(TF_PROTOCOL)</c> → <c>PROTOCOL</c>.</summary>
    public static readonly Parser<string> Flag =
        (from open in Parse.Char('(')
         from prefix in Parse.String("TF_")
         from name in UpperOrDigit.Or(Parse.Char('_')).AtLeastOnce().Text()
         from close in Parse.Char(')')
         select name).Named("flag (TF_<NAME>)");

    /// <summary><c>[0]</c> or <c>[pool\MACHINE]</c> → the text inside.</summary>
    public static readonly Parser<string> Bracket =
        (from open in Parse.Char('[')
         from text in Parse.CharExcept(']').Many().Text()
         from close in Parse.Char(']')
         select text).Named("[cpu or machine]");

    public static readonly Parser<uint> HexNumber =
        HexDigit.Repeat(1, 8).Text().Select(h => Convert.ToUInt32(h, 16)).Named("hex number");

    /// <summary>ASCII 0–9 only: <see cref="Parse.Digit"/> would also take other scripts' digits.</summary>
    public static readonly Parser<char> AsciiDigit = Parse.Char(char.IsAsciiDigit, "digit");

    public static Parser<int> Digits(int count, string name) =>
        AsciiDigit.Repeat(count).Text().Select(ParseInt).Named(name);

    public static readonly Parser<int> Number = AsciiDigit.Repeat(1, 9).Text().Select(ParseInt).Named("number");

    private static int ParseInt(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
}
