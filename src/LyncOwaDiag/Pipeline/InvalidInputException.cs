using LyncOwaDiag.Model;

namespace LyncOwaDiag.Pipeline;

/// <summary>Thrown under <see cref="InvalidDataPolicy.Fail"/> at the first malformed record.</summary>
public sealed class InvalidInputException(ParseDiagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public ParseDiagnostic Diagnostic { get; } = diagnostic;
}
