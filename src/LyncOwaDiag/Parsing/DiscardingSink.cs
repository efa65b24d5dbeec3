using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing;

/// <summary>
/// A sink that keeps nothing: for re-reads whose diagnostics the main read already gave, and for harnesses that
/// measure or fuzz a reader and look only at its events, time and throws.
/// </summary>
public sealed class DiscardingSink : IDiagnosticSink
{
    public static readonly DiscardingSink Instance = new();

    private DiscardingSink()
    {
    }

    public void Report(ParseDiagnostic diagnostic)
    {
        // Kept by nobody, on purpose.
    }
}
