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

    private readonly Dictionary<string, int> _fileRank = new(StringComparer.Ordinal);

    /// <summary>
    /// The kept diagnostics in input order, then in the order each file's reader reported them: files are read in
    /// parallel, and a report should not depend on which thread won.
    /// </summary>
    public IReadOnlyList<ParseDiagnostic> Kept
    {
        get
        {
            lock (_lock)
            {
                return _kept.OrderBy(d => _fileRank.GetValueOrDefault(d.Location.File, int.MaxValue)).ToArray();
            }
        }
    }

    /// <summary>Declares the inputs in discovery order, which <see cref="Kept"/> follows.</summary>
    public void RankFiles(IEnumerable<string> files)
    {
        lock (_lock)
        {
            foreach (var file in files)
            {
                _fileRank.TryAdd(file, _fileRank.Count);
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
