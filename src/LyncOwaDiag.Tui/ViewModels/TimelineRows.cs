using LyncOwaDiag.Correlation;
using LyncOwaDiag.Model;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// The rows of the timeline table: the compact <see cref="TimelineIndex"/> plus each row's summary, host, kind and
/// dialog, kept small (about 150 bytes a row) so that a million rows fit. Filled by the loading thread while the
/// screen reads it; <see cref="Count"/> is how far it is safe to read.
/// </summary>
public sealed class TimelineRows
{
    // The whole message (search and filters read it; the table cuts it when it draws), within a row's ushort.
    private const int MaxSummaryBytes = 60_000;
    private const int MaxDetailBytes = 8000;

    private readonly AppendOnlyList<RowText> _rows = new();
    private readonly Utf8Arena _text = new();
    private readonly Names _hosts = new();
    private readonly Names _kinds = new();
    private readonly Names _dialogs = new(int.MaxValue);

    public TimelineIndex Index { get; } = new();

    /// <summary>Rows safe to read: those whose index entry and texts are both written.</summary>
    public int Count => _rows.Count;

    /// <param name="detail">The record rendered, for inputs with no text to re-read (EVTX); null otherwise.</param>
    /// <param name="host">The host as shown, when it differs from the event's (a folder-name guess, marked).</param>
    public void Add(TimelineEvent e, string? detail = null, string? host = null)
    {
        Index.Add(e);
        var (at, summaryLength) = _text.Add(SafeText.ForTerminal(e.Summary), MaxSummaryBytes);
        var detailLength = detail is null ? 0 : _text.Add(TerminalText.Lines(detail), MaxDetailBytes).Length;
        var dialog = e.KeyValue(KeyKind.CallId) is { Length: > 0 } callId ? _dialogs.Id(callId) : -1;
        _rows.Add(new RowText(at, (ushort)summaryLength, (ushort)detailLength, (short)_hosts.Id(host ?? e.Host ?? "-"), (short)_kinds.Id(e.Kind), dialog));
    }

    public TimelineIndexEntry this[int row] => Index[row];

    public string Summary(int row)
    {
        var r = _rows[row];
        return _text.Get(r.At, r.SummaryLength);
    }

    /// <summary>The record as rendered when it was read, for inputs whose records have no text (EVTX); else null.</summary>
    public string? Detail(int row)
    {
        var r = _rows[row];
        return r.DetailLength == 0 ? null : _text.Get(r.At + r.SummaryLength, r.DetailLength);
    }

    public string Host(int row) => SafeText.ForTerminal(_hosts[_rows[row].Host]);

    public string Kind(int row) => _kinds[_rows[row].Kind];

    /// <summary>The Call-ID of the row's SIP dialog (a message or a record naming one), or null.</summary>
    public string? CallId(int row) => _rows[row].Dialog is >= 0 and var d ? _dialogs[d] : null;

    /// <summary>The rows of the dialog the row belongs to, in timeline order (a scan of small numbers, no text read).</summary>
    public IReadOnlyList<int> DialogRows(int row)
    {
        var dialog = _rows[row].Dialog;
        var rows = new List<int>();
        if (dialog < 0)
        {
            return rows;
        }

        for (var i = 0; i < Count; i++)
        {
            if (_rows[i].Dialog == dialog)
            {
                rows.Add(i);
            }
        }

        return rows;
    }

    /// <summary>The text search looks in: summary, host and kind.</summary>
    public string SearchText(int row) => $"{Summary(row)} {Host(row)} {Kind(row)}";

    /// <summary>
    /// Distinct names numbered in order of appearance. Past <c>limit</c> (a safety net for odd logs: thirty
    /// thousand host names) the rest share one name saying so, rather than taking another's.
    /// </summary>
    private sealed class Names(int limit = short.MaxValue)
    {
        private const string Others = "(other)";

        private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);
        private readonly AppendOnlyList<string> _names = new();

        public int Id(string name)
        {
            if (_ids.TryGetValue(name, out var id))
            {
                return id;
            }

            if (_names.Count >= limit - 1)
            {
                return _ids.TryGetValue(Others, out var others) ? others : Remember(Others);
            }

            return Remember(name);
        }

        private int Remember(string name)
        {
            var id = _names.Add(name);
            _ids.Add(name, id);
            return id;
        }

        public string this[int id] => _names[id];
    }
}
