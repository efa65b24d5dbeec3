using System.Globalization;
using LyncOwaDiag.Model;
using Sprache;
using static LyncOwaDiag.Parsing.Sip.SipLexemes;

namespace LyncOwaDiag.Parsing.Sip;

/// <summary>
/// Reads a result code in any of its printed forms — <c>0xc3e93d67 SIPPROXY_E_ROUTING_MSG_CERT_MISMATCH</c>,
/// <c>0xC3E93C5E(SIPPROXY_E_ROUTING)</c>, <c>0x80090322(SEC_E_WRONG_PRINCIPAL)</c>, <c>10061(WSAECONNREFUSED)</c> —
/// into one <see cref="ResultCode"/>.
/// </summary>
internal static class ResultCodeParser
{
    private static readonly Parser<char> HexDigit = Parse.Chars("0123456789abcdefABCDEF");

    private static readonly Parser<string> SymbolicName =
        (from first in Parse.Char(c => c is >= 'A' and <= 'Z', "upper-case letter")
         from rest in Parse.Char(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9' or '_', "name character").Many().Text()
         select first + rest).Named("symbolic name");

    /// <summary><c>(NAME)</c> glued or after spaces, or <c> NAME</c> after spaces.</summary>
    private static readonly Parser<string?> TrailingName =
        (from spaces in Parse.Chars(" \t").Many()
         from name in SymbolicName.Contained(Parse.Char('('), Parse.Char(')')).Or(SymbolicName)
         select (string?)name).Optional().Select(o => o.GetOrDefault());

    private static readonly Parser<ResultCode> Hex =
        from prefix in Parse.IgnoreCase("0x")
        from digits in HexDigit.Repeat(1, 8).Text()
        from name in TrailingName
        let value = uint.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture)
        select new ResultCode(value, name ?? KnownResultCodes.NameOf(value));

    private static readonly Parser<ResultCode> Win32 =
        from digits in AsciiDigit.Repeat(1, 9).Text()
        from name in TrailingName
        let code = int.Parse(digits, CultureInfo.InvariantCulture)
        let normalised = ResultCode.FromWin32(code, name)
        select normalised with { Name = name ?? KnownResultCodes.NameOf(normalised.Value) };

    public static readonly Parser<ResultCode> Code = Hex.Or(Win32).Named("result code");

    /// <summary>Parses a whole value such as an attribute's <c>0x80090322(SEC_E_WRONG_PRINCIPAL)</c>.</summary>
    public static bool TryParse(string text, out ResultCode code)
    {
        var span = text.AsSpan().Trim();
        if (TryScan(span, out code, out var consumed) && span[consumed..].Trim(" \t").IsEmpty)
        {
            return true;
        }

        code = default;
        return false;
    }

    /// <summary>The grammar's answer for a whole value: the oracle the scanner is tested against.</summary>
    internal static bool TryParseWithGrammar(string text, out ResultCode code)
    {
        var result = Code.Then(c => Parse.Chars(" \t").Many().Return(c)).End().TryParse(text.Trim());
        code = result.WasSuccessful ? result.Value : default;
        return result.WasSuccessful;
    }

    private static readonly string[] Markers = ["Result-Code:", "HRESULT=", "Result "];

    /// <summary>
    /// Finds a result code in free text after <c>Result-Code:</c>, <c>HRESULT=</c> or <c>Result </c>, as in
    /// <c>Text: … Result-Code: 0xc3e93d67 NAME</c> or <c>Exit - … Result 0xC3E93C5E(NAME)</c>.
    /// </summary>
    public static bool TryFind(string text, out ResultCode code)
    {
        foreach (var marker in Markers)
        {
            var at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                var start = at + marker.Length;
                while (start < text.Length && text[start] is ' ' or '\t' or '"')
                {
                    start++;
                }

                var rest = text.AsSpan(start);
                if (TryScan(rest, out code, out _) && (code.Name is not null || rest.StartsWith("0x", StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }

                at = text.IndexOf(marker, start, StringComparison.OrdinalIgnoreCase);
            }
        }

        code = default;
        return false;
    }

    /// <summary>
    /// The hot-path twin of <see cref="Code"/>: reads a code at the start of <paramref name="text"/> and says how
    /// many characters it took. Accepts exactly what the grammar accepts (a differential test holds them together).
    /// </summary>
    internal static bool TryScan(ReadOnlySpan<char> text, out ResultCode code, out int consumed)
    {
        code = default;
        consumed = 0;
        if (text.Length >= 3 && text[0] == '0' && text[1] is 'x' or 'X' && char.IsAsciiHexDigit(text[2]))
        {
            var p = 2;
            uint value = 0;
            while (p < text.Length && p - 2 < 8 && char.IsAsciiHexDigit(text[p]))
            {
                value = (value << 4) | (uint)HexValue(text[p]);
                p++;
            }

            var name = ScanName(text, ref p);
            code = new ResultCode(value, name ?? KnownResultCodes.NameOf(value));
            consumed = p;
            return true;
        }

        var d = 0;
        var number = 0;
        while (d < text.Length && d < 9 && char.IsAsciiDigit(text[d]))
        {
            number = (number * 10) + (text[d] - '0');
            d++;
        }

        if (d == 0)
        {
            return false;
        }

        var win32Name = ScanName(text, ref d);
        var normalised = ResultCode.FromWin32(number, win32Name);
        code = normalised with { Name = win32Name ?? KnownResultCodes.NameOf(normalised.Value) };
        consumed = d;
        return true;
    }

    /// <summary><c>(NAME)</c> or <c>NAME</c> after optional blanks; leaves <paramref name="p"/> alone when absent.</summary>
    private static string? ScanName(ReadOnlySpan<char> text, ref int p)
    {
        var q = p;
        while (q < text.Length && text[q] is ' ' or '\t')
        {
            q++;
        }

        var bracketed = q < text.Length && text[q] == '(';
        var start = bracketed ? q + 1 : q;
        if (start >= text.Length || text[start] is < 'A' or > 'Z')
        {
            return null;
        }

        var end = start + 1;
        while (end < text.Length && (text[end] is >= 'A' and <= 'Z' or >= '0' and <= '9' or '_'))
        {
            end++;
        }

        if (bracketed && (end >= text.Length || text[end] != ')'))
        {
            return null;
        }

        p = bracketed ? end + 1 : end;
        return text[start..end].ToString();
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
