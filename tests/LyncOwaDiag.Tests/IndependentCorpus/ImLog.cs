using System.Globalization;
using System.Text;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// An OWA InstantMessaging log file as Exchange 2013 writes it (FORMATS.md, reference/owa-im.md §1.2): UTF-8 with
/// BOM, CRLF, five <c>#</c> header lines written when the file (or a restarted process) starts writing, one record
/// per physical line, line breaks escaped as <c>\r</c> <c>\n</c>, RFC 4180 quoting, a trailing comma.
/// </summary>
internal sealed class ImLog(string fileName)
{
    // Header blocks, each with its rows: a writer appends in time order, so rows are sorted by time within a block
    // whichever order a scenario wrote its stories in.
    private readonly List<(string Header, List<(DateTime At, string Line)> Rows)> _blocks = [];

    public string FileName => fileName;

    public bool IsEmpty => _blocks.Count == 0;

    /// <summary>When the last row was written: the file's last write time on the server.</summary>
    public DateTime LastWrite { get; private set; }

    /// <summary>A header block: the start of the file, or an app pool that started writing again.</summary>
    public ImLog Block(DateTime at)
    {
        var header = new StringBuilder("#Software: Microsoft Exchange Server\r\n#Version: 15.0.0.0\r\n#Log-type: Sync Logs\r\n");
        header.Append(CultureInfo.InvariantCulture, $"#Date: {Stamp(at)}\r\n");
        header.Append("#Fields: date-time,thread-id,level,user,subscription-guid,subscription-type,logentry-id,context,property-bag\r\n");
        _blocks.Add((header.ToString(), []));
        return this;
    }

    public ImLog Debug(DateTime at, int thread, string message) => Row(at, thread, 5, "DEBUG:" + message);

    public ImLog Error(DateTime at, int thread, string message) => Row(at, thread, 1, "ERROR:" + message);

    public byte[] Bytes()
    {
        var text = new StringBuilder();
        foreach (var (header, rows) in _blocks)
        {
            text.Append(header);
            foreach (var (_, line) in rows.OrderBy(r => r.At))
            {
                text.Append(line);
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private ImLog Row(DateTime at, int thread, int level, string context)
    {
        if (IsEmpty)
        {
            Block(at);
        }

        LastWrite = at > LastWrite ? at : LastWrite;

        var escaped = context.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        if (escaped.Contains(',', StringComparison.Ordinal) || escaped.Contains('"', StringComparison.Ordinal))
        {
            escaped = "\"" + escaped.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        }

        _blocks[^1].Rows.Add((at, string.Create(CultureInfo.InvariantCulture, $"{Stamp(at)},{thread},{level},,,,0,{escaped},\r\n")));
        return this;
    }

    private static string Stamp(DateTime at) => at.ToString("yyyy-MM-ddTHH:mm:ss.fff", CultureInfo.InvariantCulture) + "Z";
}
