using LyncOwaDiag.Tui.ViewModels;
using Terminal.Gui.Views;

namespace LyncOwaDiag.Tui.Adapters;

/// <summary>
/// The timeline rows as Terminal.Gui's table asks for them, cell by cell: only the rows on screen are ever asked
/// for, and the last row's cells are kept, as the table asks for them one column at a time.
/// </summary>
internal sealed class TimelineTableSource(Troubleshooter model, TimelineRows rows) : ITableSource
{
    private int _cachedRow = -1;
    private string[] _cached = [];
    private int _cachedVersion;
    private int _cachedScreen;

    /// <summary>Bumped when the cells of the same row read differently (UTC/local time).</summary>
    public int Version { get; set; }

    public TimelineRows Data => rows;

    public object this[int row, int col]
    {
        get
        {
            if (row != _cachedRow || _cachedVersion != Version || _cachedScreen != model.ScreenVersion)
            {
                _cached = model.Columns.Cells(rows, row);
                // Host and summary come from the logs: under --redact the screen shows them as the reports do.
                foreach (var column in TimelineColumns.FromLogs)
                {
                    _cached[column] = model.Shown(_cached[column]);
                }

                if (model.IsBookmarked(row))
                {
                    _cached[TimelineColumns.Time] = "◆" + _cached[TimelineColumns.Time];
                }

                _cachedRow = row;
                _cachedVersion = Version;
                _cachedScreen = model.ScreenVersion;
            }

            return _cached[col];
        }
    }

    public string[] ColumnNames => model.Columns.Headers;

    public int Columns => TimelineColumns.Names.Length;

    public int Rows => rows.Count;
}
