using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;

namespace LyncOwaDiag.Tests.Support;

internal sealed class CollectingSink : IDiagnosticSink
{
    public List<ParseDiagnostic> Diagnostics { get; } = [];

    public void Report(ParseDiagnostic diagnostic) => Diagnostics.Add(diagnostic);
}
