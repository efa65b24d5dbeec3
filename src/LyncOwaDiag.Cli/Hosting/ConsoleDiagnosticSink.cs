using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Cli.Hosting;

/// <summary>--follow's diagnostics, said on stderr as they arise (file:line: what), since the run has no end to sum them up at.</summary>
internal sealed class ConsoleDiagnosticSink(TextWriter error) : IDiagnosticSink
{
    private readonly Lock _gate = new();

    public void Report(ParseDiagnostic diagnostic)
    {
        lock (_gate)
        {
            error.WriteLine(SafeText.ForTerminal($"lyncowadiag: {diagnostic.Location}: {diagnostic.Message}"));
        }
    }
}
