using System.Globalization;
using LyncOwaDiag.Pipeline;

namespace LyncOwaDiag.Cli.Hosting;

/// <summary>
/// triage's progress on a terminal: after the first second of a read (a short run shows nothing), one line on stderr,
/// rewritten four times a second — how much of the input is read, the events so far, the time — and erased when the
/// read ends, so the answer that follows starts on a clean screen. Nothing when stderr is not a terminal or --quiet.
/// </summary>
internal sealed class ProgressLine : IDisposable
{
    private static readonly TimeSpan ShowAfter = TimeSpan.FromSeconds(1);

    private readonly TextWriter _error;
    private readonly ReadProgress _progress;
    private readonly Timer? _timer;
    private readonly Lock _gate = new();
    private long _events;
    private bool _shown;
    private bool _done;

    /// <param name="showAfter">How long a read runs before the line shows (a second; tests say less).</param>
    public ProgressLine(TextWriter error, ReadProgress progress, bool enabled, TimeSpan? showAfter = null)
    {
        _error = error;
        _progress = progress;
        if (enabled)
        {
            _timer = new Timer(_ => Draw(), null, showAfter ?? ShowAfter, TimeSpan.FromMilliseconds(250));
        }
    }

    /// <summary>Whether triage should show one: stderr is a terminal and the user did not ask for quiet.</summary>
    public static bool Wanted(bool quiet) => !quiet && !Console.IsErrorRedirected;

    /// <summary>Called by the reading thread for each event.</summary>
    public void Observe(Model.TimelineEvent e)
    {
        if (_timer is null)
        {
            return;
        }

        _progress.Track(e);
        Interlocked.Increment(ref _events);
    }

    private void Draw()
    {
        lock (_gate)
        {
            if (_done)
            {
                return;
            }

            var line = string.Create(CultureInfo.InvariantCulture,
                $"lyncowadiag: reading {_progress.Fraction:P0} · {Interlocked.Read(ref _events):N0} events · {_progress.Elapsed.TotalSeconds:0.0} s");
            // Carriage return and erase-line: the line is rewritten in place; cut to the terminal's width, or a
            // narrow terminal would wrap it and each rewrite would leave a line behind.
            var width = TerminalWidth();
            _error.Write("\r\u001b[2K" + (width > 1 && line.Length >= width ? line[..(width - 1)] : line));
            _error.Flush();
            _shown = true;
        }
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.IsErrorRedirected ? 0 : Console.WindowWidth;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            _done = true;
            if (_shown)
            {
                _error.Write("\r\u001b[2K");
                _error.Flush();
            }
        }
    }
}
