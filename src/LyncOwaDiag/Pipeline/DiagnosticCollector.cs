using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// Keeps the diagnostics of a run (bounded), counts them per file, and applies the invalid-data policy.
/// Thread-safe, since files may be read in parallel.
/// </summary>
public sealed class DiagnosticCollector(InvalidDataPolicy policy, int maxKept) : IDiagnosticSink
{
    private readonly List<ParseDiagnostic> _kept = [];
    private readonly Dictionary<string, long> _perFile = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public long Total { get; private set; }

    public IReadOnlyList<ParseDiagnostic> Kept
    {
        get
        {
            lock (_lock)
            {
                return _kept.ToArray();
            }
        }
    }

    public long CountFor(string file)
    {
        lock (_lock)
        {
            return _perFile.GetValueOrDefault(file);
        }
    }

    public void Report(ParseDiagnostic diagnostic)
    {
        lock (_lock)
        {
            Total++;
            _perFile[diagnostic.Location.File] = _perFile.GetValueOrDefault(diagnostic.Location.File) + 1;
            if (_kept.Count < maxKept)
            {
                _kept.Add(diagnostic);
            }
        }

        if (policy == InvalidDataPolicy.Fail && IsInvalidRecord(diagnostic))
        {
            throw new InvalidInputException(diagnostic);
        }
    }

    /// <summary>A record that was malformed (not a skipped whole file, not mere blank lines).</summary>
    public static bool IsInvalidRecord(ParseDiagnostic d) =>
        d.Disposition != DiagnosticDisposition.InputSkipped && d.Severity <= Severity.Warning;
}
