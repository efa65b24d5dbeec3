using LyncOwaDiag.Cli.Hosting;
using LyncOwaDiag.Reporting;
using Spectre.Console;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>
/// A console whose every line goes through the redactor before it reaches standard output (<c>triage --redact</c>).
/// It writes no colour codes and never wraps: an escape sequence or a line break inside a name would hide it from the
/// redactor, and redacted output is meant to be pasted elsewhere anyway.
/// </summary>
internal sealed class RedactedConsole : IDisposable
{
    // Wide enough that no line of the console views is wrapped inside a name.
    private const int Unwrapped = 4096;

    private readonly StreamWriter _writer;

    private RedactedConsole(CliOutput output, Redactor redactor)
    {
        output.Out.Flush();
        _writer = LineRedactingStream.Writer(output.RawOut, redactor.Redact);
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        Console.Profile.Width = Unwrapped;
    }

    public IAnsiConsole Console { get; }

    public static RedactedConsole Open(CliOutput output, Redactor redactor) => new(output, redactor);

    public void Dispose() => _writer.Dispose();
}
