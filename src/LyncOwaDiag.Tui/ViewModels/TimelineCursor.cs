using LyncOwaDiag.Correlation;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// The selected row of the timeline table and the moves the keys make: <c>n</c>/<c>N</c> to the next or previous
/// error (or worse), by scanning the compact index, so it works the same on a million rows.
/// </summary>
public sealed class TimelineCursor(TimelineIndex index)
{
    public int Selected { get; private set; }

    public int Count => index.Count;

    public void Select(int row) => Selected = Math.Clamp(row, 0, Math.Max(0, index.Count - 1));

    /// <summary>Moves to the next row at or above <paramref name="threshold"/>; false (and no move) when there is none.</summary>
    public bool NextError(Severity threshold = Severity.Error)
    {
        for (var i = Selected + 1; i < index.Count; i++)
        {
            if (index[i].Severity <= threshold)
            {
                Selected = i;
                return true;
            }
        }

        return false;
    }

    /// <summary>Moves to the previous row at or above <paramref name="threshold"/>; false (and no move) when there is none.</summary>
    public bool PreviousError(Severity threshold = Severity.Error)
    {
        for (var i = Math.Min(Selected, index.Count) - 1; i >= 0; i--)
        {
            if (index[i].Severity <= threshold)
            {
                Selected = i;
                return true;
            }
        }

        return false;
    }
}
