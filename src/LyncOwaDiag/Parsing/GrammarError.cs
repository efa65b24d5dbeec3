using Sprache;

namespace LyncOwaDiag.Parsing;

/// <summary>Turns a Sprache failure into the one-line message we show: column and what was expected.</summary>
internal static class GrammarError
{
    public static string Describe<T>(IResult<T> failure)
    {
        var column = failure.Remainder.Column;
        var expected = string.Join(" or ", failure.Expectations.Distinct().Select(Quote));
        var found = failure.Remainder.AtEnd ? "end of line" : $"'{Printable(failure.Remainder.Current)}'";
        return expected.Length == 0
            ? $"column {column}: unexpected {found}"
            : $"column {column}: expected {expected}, found {found}";
    }

    /// <summary>Sprache names a literal character by itself; quote it so that "expected ." reads "expected '.'".</summary>
    private static string Quote(string expectation) => expectation.Length == 1 ? $"'{expectation}'" : expectation;

    private static string Printable(char c) => char.IsControl(c) ? $"\\x{(int)c:X2}" : c.ToString();
}
