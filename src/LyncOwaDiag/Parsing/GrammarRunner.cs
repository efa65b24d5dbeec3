using Sprache;

namespace LyncOwaDiag.Parsing;

/// <summary>The <c>TryParse(text, out value, out error)</c> shape every grammar facade offers.</summary>
internal static class GrammarRunner
{
    public static bool TryParse<T>(Parser<T> parser, string text, out T? value, out string? error)
        where T : class
    {
        var result = parser.TryParse(text);
        if (result.WasSuccessful)
        {
            value = result.Value;
            error = null;
            return true;
        }

        value = null;
        error = GrammarError.Describe(result);
        return false;
    }
}
