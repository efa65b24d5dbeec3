using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// What one counted read of a file saw: its events by kind and time, the machines its events named, its diagnostics
/// and the last line reached. Each read owns its own, so a look ahead or a replay running beside it cannot disturb
/// the counts; reports go on to the session's collector.
/// </summary>
internal sealed class FileReadCounts(string? host, IDiagnosticSink next) : IDiagnosticSink
{
    private const int MaxMachines = 64;
    private readonly Dictionary<string, long> _machines = new(StringComparer.OrdinalIgnoreCase);

    public EventTally Tally { get; } = new();

    public long Diagnostics { get; private set; }

    public long LastLine { get; private set; }

    /// <summary>The machines the events named, when they name another than the file's host.</summary>
    public IReadOnlyList<string> Machines => _machines.Keys.Order(StringComparer.OrdinalIgnoreCase).ToList();

    public void Count(TimelineEvent e)
    {
        Tally.Add(e);
        LastLine = Math.Max(LastLine, e.Location.LastLine);
        if (e.Host is not null && !ReferenceEquals(e.Host, host) && _machines.Count < MaxMachines)
        {
            _machines[e.Host] = _machines.GetValueOrDefault(e.Host) + 1;
        }
    }

    public void Report(ParseDiagnostic diagnostic)
    {
        Diagnostics++;
        LastLine = Math.Max(LastLine, diagnostic.Location.LastLine);
        next.Report(diagnostic);
    }
}
