using Spectre.Console;

namespace LyncOwaDiag.Cli.Hosting;

/// <summary>Where commands write: a console for tables and colour, raw streams for machine output, stderr.</summary>
public sealed class CliOutput(IAnsiConsole console, TextWriter @out, Stream rawOut, TextWriter error)
{
    public IAnsiConsole Console { get; } = console;

    public TextWriter Out { get; } = @out;

    public Stream RawOut { get; } = rawOut;

    public TextWriter Error { get; } = error;
}
