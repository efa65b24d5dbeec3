namespace LyncOwaDiag.Parsing.SipStack;

/// <summary>The one entry point to the first-line grammar: parse, or say why not.</summary>
internal static class SipStackLineParser
{
    public static bool TryParse(string line, out SipStackLine? result, out string? error) =>
        GrammarRunner.TryParse(SipStackGrammar.Line, line, out result, out error);
}
