using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing;

/// <summary>Where readers put what they could not read; a seam so that policy (report, fail) lives outside them.</summary>
public interface IDiagnosticSink
{
    void Report(ParseDiagnostic diagnostic);
}
