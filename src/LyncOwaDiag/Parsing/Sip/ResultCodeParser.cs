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

                var result = Code.TryParse(text[start..]);
                if (result.WasSuccessful && (result.Value.Name is not null || text.AsSpan(start).StartsWith("0x", StringComparison.OrdinalIgnoreCase)))
                {
                    code = result.Value;
                    return true;
                }

                at = text.IndexOf(marker, start, StringComparison.OrdinalIgnoreCase);
            }
        }

        code = default;
        return false;
    }
}
