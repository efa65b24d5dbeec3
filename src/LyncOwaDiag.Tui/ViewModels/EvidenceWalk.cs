using LyncOwaDiag.Correlation;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// Enter on a finding jumps to its first evidence row, <c>]</c> and <c>[</c> walk the rest: the evidence locations
/// found in the timeline index once (one scan, only the finding's few locations kept), in timeline order. Evidence
/// from a snapshot or a file not in the timeline has no row and is skipped.
/// </summary>
public sealed class EvidenceWalk
{
    private readonly IReadOnlyList<int> _rows;
    private int _at = -1;

    public EvidenceWalk(Finding finding, TimelineIndex index)
    {
        var wanted = finding.Evidence.Select(e => (e.Location.File, e.Location.FirstLine)).ToHashSet();
        var rows = new List<int>();
        for (var i = 0; i < index.Count && rows.Count < wanted.Count; i++)
        {
            var entry = index[i];
            if (wanted.Contains((index.File(entry.File), entry.FirstLine)))
            {
                rows.Add(i);
            }
        }

        _rows = rows;
    }

    /// <summary>The rows of the evidence, in timeline order.</summary>
    public IReadOnlyList<int> Rows => _rows;

    /// <summary>Where the walk stands: 1 for the first evidence row, 0 before the walk starts.</summary>
    public int Position => _at + 1;

    /// <summary>The first evidence row, or null when no evidence is in the timeline.</summary>
    public int? First()
    {
        _at = _rows.Count == 0 ? -1 : 0;
        return _rows.Count == 0 ? null : _rows[0];
    }

    /// <summary><c>]</c>: the next evidence row, wrapping to the first.</summary>
    public int? Next() => Step(+1);

    /// <summary><c>[</c>: the previous evidence row, wrapping to the last.</summary>
    public int? Previous() => Step(-1);

    /// <summary>Whether the last step went round from the last evidence row to the first (or back).</summary>
    public bool Wrapped { get; private set; }

    private int? Step(int direction)
    {
        if (_rows.Count == 0)
        {
            return null;
        }

        var next = _at < 0 ? 0 : _at + direction;
        Wrapped = _at >= 0 && (next < 0 || next >= _rows.Count);
        _at = (next + _rows.Count) % _rows.Count;
        return _rows[_at];
    }
}
