using LyncOwaDiag.Cli.Hosting;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>
/// Standard output through the redactor, line by line, for the streaming commands (timeline, flow): text and CSV
/// lines are redacted as text, jsonl lines as JSON. The names are learned by a quiet read first; the mapping is
/// written on disposal when --redact-map asks for it.
/// </summary>
internal sealed class RedactedOutput : IDisposable
{
    private readonly Redactor _redactor;
    private readonly RedactablePathSettings _settings;
    private readonly StreamWriter _text;
    private LineRedactingStream? _jsonLines;
    private readonly CliOutput _output;

    private RedactedOutput(CliOutput output, Redactor redactor, RedactablePathSettings settings)
    {
        _output = output;
        _redactor = redactor;
        _settings = settings;
        output.Out.Flush();
        _text = LineRedactingStream.Writer(output.RawOut, redactor.Redact);
    }

    public TextWriter Text => _text;

    /// <summary>One text as this output says it (for what goes to stderr beside it).</summary>
    public string Redact(string text) => _redactor.Redact(text);

    public Stream JsonLines => _jsonLines ??= new LineRedactingStream(_output.RawOut, line => _redactor.RedactJson(line, indented: false));

    /// <summary>Null unless --redact was given.</summary>
    public static RedactedOutput? Open(CliOutput output, TimelineSession session, RedactablePathSettings settings)
    {
        return settings.Redact ? new RedactedOutput(output, ReportFiles.Learn(session), settings) : null;
    }

    public void Dispose()
    {
        _text.Dispose();
        _jsonLines?.Dispose();
        if (_settings.RedactMap is { } map)
        {
            ReportFiles.WriteMap(map, _redactor);
        }
    }
}
