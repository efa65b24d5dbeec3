using System.Globalization;
using Sprache;
using static LyncOwaDiag.Parsing.Sip.SipLexemes;

namespace LyncOwaDiag.Parsing.Sip;

/// <summary>
/// SIP as Lync writes it: start lines, URIs, name-addr values, Via, CSeq, Warning and the ms-diagnostics family.
/// Used lazily, when a rule or a view asks for a value, and as the specification of the hot-path scanners.
/// </summary>
internal static class SipGrammar
{
    public static readonly Parser<string> Version =
        (from sip in Parse.IgnoreCase("SIP").Text()
         from slash in Parse.Char('/')
         from major in AsciiDigit.AtLeastOnce().Text()
         from dot in Parse.Char('.')
         from minor in AsciiDigit.AtLeastOnce().Text()
         select $"SIP/{major}.{minor}").Named("SIP version");

    private static readonly Parser<SipStartLine> StatusLine =
        from version in Version
        from s1 in Parse.Char(' ').AtLeastOnce()
        from code in AsciiDigit.Repeat(3).Text().Named("status code")
        from reason in (from s2 in Parse.Char(' ').AtLeastOnce() from text in Parse.AnyChar.Many().Text() select text).Optional()
        from end in Parse.Return(0).End()
        select new SipStartLine(null, null, int.Parse(code, CultureInfo.InvariantCulture), reason.GetOrElse(string.Empty).Trim(), version);

    private static readonly Parser<SipStartLine> RequestLine =
        from method in Token.Named("method")
        from s1 in Parse.Char(' ').AtLeastOnce()
        from uri in Parse.CharExcept(' ').AtLeastOnce().Text().Named("request URI")
        from s2 in Parse.Char(' ').AtLeastOnce()
        from version in Version
        from end in Lws.End()
        select new SipStartLine(method, uri, null, null, version);

    public static readonly Parser<SipStartLine> StartLine = StatusLine.Or(RequestLine);

    private static readonly Parser<string> Scheme =
        Parse.IgnoreCase("sips").Or(Parse.IgnoreCase("sip")).Or(Parse.IgnoreCase("tel")).Text().Named("URI scheme");

    private static readonly Parser<string> UserPart =
        from user in Parse.CharExcept("@;>?, \t\"").AtLeastOnce().Text()
        from at in Parse.Char('@')
        select user;

    private static readonly Parser<string> Host =
        (from open in Parse.Char('[')
         from address in Parse.CharExcept(']').AtLeastOnce().Text()
         from close in Parse.Char(']')
         select $"[{address}]")
        .Or(Parse.Char(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '+', "host character").AtLeastOnce().Text())
        .Named("host");

    private static readonly Parser<string> ParameterValue =
        QuotedString.Or(Parse.CharExcept(";,>?\" \t").AtLeastOnce().Text());

    private static Parser<SipParameter> Parameter(Parser<string> value) =>
        from semicolon in Parse.Char(';').Padded()
        from name in Parse.CharExcept("=;,>? \t\"").AtLeastOnce().Text().Named("parameter name")
        from v in (from eq in Parse.Char('=').Padded() from text in value select text).Optional()
        select new SipParameter(name, v.GetOrDefault());

    private static readonly Parser<string> UriParameterValue = Parse.CharExcept(";,>?\" \t").AtLeastOnce().Text();

    private static readonly Parser<string> UriHeaders =
        from q in Parse.Char('?')
        from h in Parse.CharExcept('>').Many().Text()
        select h;

    private static Parser<SipUri> Uri(bool withParameters) =>
        from scheme in Scheme
        from colon in Parse.Char(':')
        from user in UserPart.Optional()
        from host in Host
        from port in (from c in Parse.Char(':') from p in Integer select p).Optional()
        from parameters in withParameters ? Parameter(UriParameterValue).Many() : Parse.Return(Enumerable.Empty<SipParameter>())
        from headers in withParameters ? UriHeaders.Optional().Select(h => h.GetOrDefault()) : Parse.Return((string?)null)
        select new SipUri(scheme, user.GetOrDefault(), host, port.IsDefined ? port.Get() : null, parameters.ToList());

    /// <summary>A bare URI as it appears in a request line or inside angle brackets.</summary>
    public static readonly Parser<SipUri> FullUri = Uri(withParameters: true);

    private static readonly Parser<string> DisplayName =
        QuotedString.Or(Parse.CharExcept("<\"").AtLeastOnce().Text().Select(t => t.Trim()));

    private static readonly Parser<(string? Display, SipUri Uri)> BracketedAddress =
        from display in DisplayName.Optional()
        from open in Parse.Char('<').Padded()
        from uri in FullUri
        from close in Parse.Char('>')
        select (display.GetOrDefault() is { Length: > 0 } d ? d : null, uri);

    private static readonly Parser<(string? Display, SipUri Uri)> PlainAddress =
        from uri in Uri(withParameters: false)
        select ((string?)null, uri);

    public static readonly Parser<NameAddress> NameAddr =
        (from lws in Lws
         from address in BracketedAddress.Or(PlainAddress)
         from parameters in Parameter(ParameterValue).Many()
         from trailing in Lws
         select new NameAddress(address.Display, address.Uri, parameters.ToList())).Named("name-addr");

    /// <summary>Contact and similar headers may list several addresses separated by commas.</summary>
    public static readonly Parser<IReadOnlyList<NameAddress>> NameAddrList =
        NameAddr.DelimitedBy(Parse.Char(',')).Select(a => (IReadOnlyList<NameAddress>)a.ToList()).End();

    public static readonly Parser<SipCSeq> CSeq =
        from lws in Lws
        from number in AsciiDigit.Repeat(1, 18).Text().Named("sequence number")
        from s in Parse.Chars(" \t").AtLeastOnce()
        from method in Token.Named("method")
        from end in Lws.End()
        select new SipCSeq(long.Parse(number, CultureInfo.InvariantCulture), method);

    private static readonly Parser<SipVia> ViaHop =
        from lws in Lws
        from version in Version
        from slash in Parse.Char('/')
        from transport in Token.Named("transport")
        from s in Parse.Chars(" \t").AtLeastOnce()
        from host in Host
        from port in (from c in Parse.Char(':') from p in Integer select p).Optional()
        from parameters in Parameter(ParameterValue).Many()
        from trailing in Lws
        select new SipVia(transport.ToUpperInvariant(), host, port.IsDefined ? port.Get() : null, parameters.ToList());

    public static readonly Parser<IReadOnlyList<SipVia>> Via =
        ViaHop.DelimitedBy(Parse.Char(',')).Select(v => (IReadOnlyList<SipVia>)v.ToList()).End();

    public static readonly Parser<SipWarning> Warning =
        from lws in Lws
        from code in AsciiDigit.Repeat(3).Text().Named("warning code")
        from s1 in Parse.Chars(" \t").AtLeastOnce()
        from agent in Parse.CharExcept(" \t").AtLeastOnce().Text().Named("warning agent")
        from s2 in Parse.Chars(" \t").AtLeastOnce()
        from text in QuotedString
        from end in Lws.End()
        select new SipWarning(int.Parse(code, CultureInfo.InvariantCulture), agent, text);

    private static readonly Parser<string> DiagnosticValue =
        QuotedString.Select(v => v.Trim()).Or(Parse.CharExcept(";").AtLeastOnce().Text().Select(v => v.Trim()));

    private static readonly Parser<SipParameter> DiagnosticAttribute =
        from semicolon in Parse.Char(';').Padded()
        from name in Parse.CharExcept("=; \t").AtLeastOnce().Text().Named("attribute name")
        from eq in Parse.Char('=').Padded()
        from value in DiagnosticValue
        from after in Lws
        select new SipParameter(name, value);

    /// <summary><c>1010; reason ="…";ErrorType="…";HRESULT="0x80090322(SEC_E_WRONG_PRINCIPAL)";source="…"</c>.</summary>
    public static readonly Parser<MsDiagnostic> MsDiagnostics =
        from lws in Lws
        from code in Integer.Named("diagnostic code")
        from sub in (from dot in Parse.Char('.') from s in Integer select s).Optional()
        from attributes in DiagnosticAttribute.Many()
        from trailing in Parse.Char(';').Padded().Many()
        from end in Lws.End()
        select new MsDiagnostic(code, sub.IsDefined ? sub.Get() : null, attributes.ToList());
}
