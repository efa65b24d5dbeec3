using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing;

/// <summary>The one way readers report a problem: at lines of their file, with what became of them.</summary>
internal static class ReadContextExtensions
{
    public static void Report(this ReadContext context, long firstLine, long lastLine, long offset, Severity severity, DiagnosticDisposition disposition, string message) =>
        context.Diagnostics.Report(new ParseDiagnostic(new SourceLocation(context.File, firstLine, lastLine, offset), severity, disposition, message));
}
