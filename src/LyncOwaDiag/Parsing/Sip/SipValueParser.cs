using Sprache;

namespace LyncOwaDiag.Parsing.Sip;

/// <summary>The one entry point to <see cref="SipGrammar"/>: <c>TryParse(text, out value, out error)</c> per value kind.</summary>
internal static class SipValueParser
{
    public static bool TryParseStartLine(string text, out SipStartLine? value, out string? error) =>
        Run(SipGrammar.StartLine, text, out value, out error);

    public static bool TryParseUri(string text, out SipUri? value, out string? error) =>
        Run(SipGrammar.FullUri.End(), text.Trim(), out value, out error);

    public static bool TryParseNameAddress(string text, out NameAddress? value, out string? error) =>
        Run(SipGrammar.NameAddr.End(), text, out value, out error);

    public static bool TryParseNameAddressList(string text, out IReadOnlyList<NameAddress>? value, out string? error) =>
        Run(SipGrammar.NameAddrList, text, out value, out error);

    public static bool TryParseCSeq(string text, out SipCSeq? value, out string? error) =>
        Run(SipGrammar.CSeq, text, out value, out error);

    public static bool TryParseVia(string text, out IReadOnlyList<SipVia>? value, out string? error) =>
        Run(SipGrammar.Via, text, out value, out error);

    public static bool TryParseWarning(string text, out SipWarning? value, out string? error) =>
        Run(SipGrammar.Warning, text, out value, out error);

    public static bool TryParseMsDiagnostic(string text, out MsDiagnostic? value, out string? error) =>
        Run(SipGrammar.MsDiagnostics, text, out value, out error);

    private static bool Run<T>(Parser<T> parser, string text, out T? value, out string? error)
        where T : class => GrammarRunner.TryParse(parser, text, out value, out error);
}
