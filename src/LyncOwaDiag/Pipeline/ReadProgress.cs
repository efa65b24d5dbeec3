using System.Diagnostics;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// How far a read has come, for the progress shown (the troubleshooter's state line, triage's progress line on a terminal): bytes passed in each file (the furthest record
/// offset seen) against the bytes of all readable inputs. Written by the reading thread, read by the screen.
/// </summary>
public sealed class ReadProgress(long totalBytes)
{
    private readonly Dictionary<string, long> _furthest = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _bytes;
    private volatile int _phase;
    private TimeSpan _elapsed;

    public LoadPhase Phase => (LoadPhase)_phase;

    /// <summary>What went wrong, when <see cref="Phase"/> is <see cref="LoadPhase.Failed"/>.</summary>
    public string? Error { get; private set; }

    /// <summary>0 to 1: the share of the input bytes read.</summary>
    public double Fraction => Phase == LoadPhase.Done ? 1 : totalBytes <= 0 ? 0 : Math.Clamp((double)Interlocked.Read(ref _bytes) / totalBytes, 0, 1);

    /// <summary>Time taken so far, or in all once finished.</summary>
    public TimeSpan Elapsed => Phase == LoadPhase.Reading ? _clock.Elapsed : _elapsed;

    /// <summary>Called by the reading thread for each event.</summary>
    public void Track(TimelineEvent e)
    {
        var file = e.Location.File;
        var offset = e.Location.ByteOffset;
        var before = _furthest.GetValueOrDefault(file);
        if (offset > before)
        {
            _furthest[file] = offset;
            Interlocked.Add(ref _bytes, offset - before);
        }
    }

    public void Finish(LoadPhase phase, string? error = null)
    {
        _elapsed = _clock.Elapsed;
        Error = error;
        _phase = (int)phase;
    }
}
