namespace LyncOwaDiag.Model;

/// <summary>A problem with the input, reported instead of thrown so that the run goes on.</summary>
public sealed record ParseDiagnostic(
    SourceLocation Location,
    Severity Severity,
    DiagnosticDisposition Disposition,
    string Message)
{
    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()}: {Message}";
}
