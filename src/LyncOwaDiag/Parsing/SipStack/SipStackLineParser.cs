using Sprache;

namespace LyncOwaDiag.Parsing.SipStack;

/// <summary>The one entry point to the first-line grammar: parse, or say why not.</summary>
internal static class SipStackLineParser
{
    public static bool TryParse(string line, out SipStackLine? result, out string? error)
    {
        var parsed = SipStackGrammar.Line.TryParse(line);
        if (parsed.WasSuccessful)
        {
            result = parsed.Value;
            error = null;
            return true;
        }

        result = null;
        error = GrammarError.Describe(parsed);
        return false;
    }
}
