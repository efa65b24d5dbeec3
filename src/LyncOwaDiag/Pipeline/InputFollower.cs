using LyncOwaDiag.Inputs;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;
using LyncOwaDiag.Time;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// --follow: after the main read, keeps reading the inputs that grow (an admin reproduces the failure while
/// OCSLogger, CLS or OWA write) and the files that appear beside them (a log rolled over), as <c>tail -F</c> and
/// lnav do. Each <see cref="Poll"/> reads only what was appended, up to the last whole record (a record still being
/// written waits until the file has been idle a moment), with the same readers, placement and locations as the main
/// read. Text logs written in UTF-8 are followed — SIPStack traces, Exchange logs, event CSV and wevtutil text;
/// EVTX, event XML, snapshots and files inside archives are read once, and <see cref="NotFollowed"/> says so.
/// </summary>
public sealed class InputFollower
{
    /// <summary>A record being written is held back until its file has not grown for this long.</summary>
    public static readonly TimeSpan IdleFlush = TimeSpan.FromSeconds(2);

    /// <summary>
    /// A last SIPStack record without $$end_record waits this long: one-line records have none, but a record cut by a
    /// writer's pause looks the same until its end comes. One with $$begin_record waits for its end, however long.
    /// </summary>
    public static readonly TimeSpan LongIdleFlush = TimeSpan.FromSeconds(10);

    /// <summary>Whether files that appear are looked for (only in folders the user named).</summary>
    public bool WatchesFolders => _folders.Count > 0;

    /// <summary>At most this much of one file is read per poll, so a burst cannot take the memory.</summary>
    private const int MaxChunk = 32 * 1024 * 1024;

    private readonly List<FollowedFile> _files = [];
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _startedAt = new(StringComparer.Ordinal);
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileSource> _gone = new(StringComparer.Ordinal);
    private readonly Placement _placement;
    private readonly IDiagnosticSink _sink;
    private readonly Func<DateTime> _now;

    internal InputFollower(BundleInventory inventory, Placement placement, IDiagnosticSink sink, Func<DateTime>? now = null)
    {
        _placement = placement;
        _sink = sink;
        _now = now ?? (() => DateTime.UtcNow);
        foreach (var skipped in inventory.Skipped)
        {
            _known.Add(Full(skipped.File));
        }

        // New files are looked for only in the folders the user named (and their subfolders): a file named alone
        // brings no neighbour with it.
        var inputFolders = inventory.Options.Paths.Where(Directory.Exists).Select(p => System.IO.Path.GetFullPath(p).TrimEnd('/', '\\')).ToList();
        foreach (var source in inventory.Sources)
        {
            var path = OnDisk(source.File);
            if (path is not null)
            {
                _known.Add(path);
                var folder = System.IO.Path.GetDirectoryName(path)!;
                if (inputFolders.Any(f => folder == f || folder.StartsWith(f + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal)) && _folders.Add(folder))
                {
                    // What is already there is not new: only files that appear from now on join.
                    foreach (var present in SafeList(folder))
                    {
                        _known.Add(present);
                    }
                }
            }

            if (WhyNot(source, path) is { } reason)
            {
                NotFollowed.Add($"{source.File.DisplayPath}: {reason}");
                continue;
            }

            // The file may end inside a record being written: the follower starts at that last record (or line), and the
            // main read leaves what lies from there on to it, so a half-written record is read once it is whole.
            var start = LastRecordStart(path!, source.Format, source.File.Length);
            _files.Add(new FollowedFile(source, path!, start, aligned: true) { Start = SafeFingerprint(path!) });
            _startedAt[source.File.DisplayPath] = start;
        }
    }

    /// <summary>Inputs read once and not followed, each with why.</summary>
    public List<string> NotFollowed { get; } = [];

    /// <summary>How many files are followed now (rolled-over ones included).</summary>
    public int Count => _files.Count;

    /// <summary>Where each followed file's read stands: the main read's events at or past it are the follower's to give.</summary>
    public long ConsumedAtStart(string file) => _startedAt.TryGetValue(file, out var at) ? at : long.MaxValue;

    /// <summary>The events appended since the last poll, in time order; files that appeared beside the followed ones are read from their start.</summary>
    public IReadOnlyList<TimelineEvent> Poll()
    {
        LookForNewFiles();
        var events = new List<TimelineEvent>();
        foreach (var file in _files.ToList())
        {
            try
            {
                events.AddRange(ReadNew(file));
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                // Said once; if a file of that name comes back (a log restarted), it is followed again from its start.
                _sink.Report(new ParseDiagnostic(new SourceLocation(file.Source.File.DisplayPath, 0, 0, file.Consumed), Severity.Info, DiagnosticDisposition.Noted,
                    "the file is gone; if it comes back it is followed again from its start"));
                _files.Remove(file);
                _known.Remove(file.Path);
                _gone[file.Path] = file.Source;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _sink.Report(new ParseDiagnostic(new SourceLocation(file.Source.File.DisplayPath, 0, 0, file.Consumed), Severity.Warning, DiagnosticDisposition.Skipped,
                    $"following it: {e.Message}"));
            }
        }

        // One poll's events of several files, merged as the main read merges them; ties keep file order.
        return events.Count <= 1 ? events : events.OrderBy(e => e.Timestamp).ToList();
    }

    private IEnumerable<TimelineEvent> ReadNew(FollowedFile file)
    {
        // One open per poll serves the size, the first bytes and the read.
        using var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = stream.Length;
        var now = _now();
        if (length != file.LastLength)
        {
            file.LastGrowth = now;
            file.LastLength = length;
        }

        if (length < file.Consumed || !SameStart(file, stream))
        {
            // Truncated or replaced in place (a log restarted): read it again from its start.
            _sink.Report(new ParseDiagnostic(new SourceLocation(file.Source.File.DisplayPath, 0, 0, 0), Severity.Info, DiagnosticDisposition.Noted,
                length < file.Consumed
                    ? $"the file shrank from {file.Consumed} to {length} bytes (restarted?); following it from its start"
                    : "the file was written again from its start (its first bytes changed); following it from its start"));
            file.Consumed = 0;
            file.Lines = 0;
            file.Header = null;
            file.Aligned = true;
            file.Start = null;
        }

        if (length == file.Consumed)
        {
            return [];
        }

        file.Lines ??= CountLines(stream, file.Consumed);
        var afterNewline = file.Consumed == 0 || ByteAt(stream, file.Consumed - 1) == '\n';
        var available = (int)Math.Min(length - file.Consumed, MaxChunk);
        var chunk = new byte[available];
        stream.Position = file.Consumed;
        stream.ReadExactly(chunk);

        // A file read from its start has its own header (and byte order mark); appended text is read under the header.
        var start = file.Consumed == 0 && chunk.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        byte[] header = [];
        var headerLines = 0;
        if (file.Consumed > 0)
        {
            if (file.Header is null)
            {
                (file.Header, file.HeaderLines) = HeaderOf(stream, file.Source.Format);
            }

            (header, headerLines) = (file.Header, file.HeaderLines);
        }

        if (!file.Aligned)
        {
            // The first appended bytes may finish a record the main read already took: skip to the next record.
            start = NextRecordStart(chunk, start, file.Source.Format, afterNewline);
            if (start < 0)
            {
                return [];
            }

            file.Aligned = true;
        }

        var idle = now - file.LastGrowth >= IdleFlush;
        var end = CutPoint(chunk, start, file.Source.Format, idle);
        if (idle && end > start && file.Source.Format == InputFormat.SipStack)
        {
            // A writer that pauses inside a record (OCSLogger flushes in buffers) leaves it open: it waits for its end.
            end = WithoutOpenRecord(chunk, start, end, longIdle: now - file.LastGrowth >= LongIdleFlush);
        }
        if (end <= start)
        {
            file.Consumed += start;
            file.Lines += CountLines(chunk.AsSpan(0, start));
            return [];
        }

        var skippedLines = CountLines(chunk.AsSpan(0, start));
        var text = new byte[header.Length + (end - start)];
        header.CopyTo(text, 0);
        chunk.AsSpan(start, end - start).CopyTo(text.AsSpan(header.Length));
        var appendedAt = file.Consumed + start;
        var firstLine = file.Lines!.Value + skippedLines + 1;
        var events = file.Source.ReadAppended(text, header.Length, headerLines, appendedAt, firstLine, _placement, _sink);
        if (file.Start is null && appendedAt + (end - start) >= FingerprintBytes)
        {
            file.Start = Fingerprint(stream);
        }

        file.Consumed = appendedAt + (end - start);
        file.Lines = firstLine - 1 + CountLines(chunk.AsSpan(start, end - start));
        return events;
    }

    private const int FingerprintBytes = 256;

    /// <summary>The file's first bytes: a log restarted and rewritten past the old read's end between two polls shows by them.</summary>
    private static byte[]? Fingerprint(FileStream stream)
    {
        if (stream.Length < FingerprintBytes)
        {
            return null;
        }

        var head = new byte[FingerprintBytes];
        stream.Position = 0;
        stream.ReadExactly(head);
        return head;
    }

    private static byte[]? SafeFingerprint(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return Fingerprint(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool SameStart(FollowedFile file, FileStream stream) => file.Start is not { } start || Fingerprint(stream) is not { } now || start.AsSpan().SequenceEqual(now);

    /// <summary>
    /// Where this poll's read ends: after the last whole line, and for formats whose records span lines (SIPStack,
    /// wevtutil) before the last record's start, as it may still be being written — unless the file has been idle.
    /// </summary>
    private static int CutPoint(byte[] chunk, int start, InputFormat format, bool idle)
    {
        var lastNewline = Array.LastIndexOf(chunk, (byte)'\n', chunk.Length - 1, chunk.Length - start);
        var wholeLines = lastNewline < start ? start : lastNewline + 1;
        if (idle)
        {
            return wholeLines;
        }

        if (RecordMark(format) is not { } mark)
        {
            return wholeLines;
        }

        // The last line that starts a record, after the first: everything before it is whole records.
        for (var i = wholeLines - 1; i > start; i--)
        {
            if (chunk[i - 1] == '\n' && chunk.AsSpan(i).StartsWith(mark))
            {
                return i;
            }
        }

        return start;
    }

    /// <summary>
    /// <paramref name="end"/>, or the start of the last record before it when that record opened with $$begin_record
    /// and has no $$end_record yet.
    /// </summary>
    private static int WithoutOpenRecord(byte[] chunk, int start, int end, bool longIdle)
    {
        var span = chunk.AsSpan(start, end - start);
        var last = span.LastIndexOf("\nTL_"u8) is var at and >= 0 ? at + 1 : (span.StartsWith("TL_"u8) ? 0 : -1);
        if (last < 0)
        {
            return end;
        }

        var record = span[last..];
        var firstLine = record.IndexOf((byte)'\n') is var nl and >= 0 ? record[..nl] : record;
        var ended = record.IndexOf("$$end_record"u8) >= 0;
        var open = !ended && (firstLine.IndexOf("$$begin_record"u8) >= 0 || !longIdle);
        return open ? start + last : end;
    }

    /// <summary>The first record start at or after <paramref name="from"/>; -1 when the chunk holds none yet.</summary>
    private static int NextRecordStart(byte[] chunk, int from, InputFormat format, bool afterNewline)
    {
        var mark = RecordMark(format);
        for (var i = from; i < chunk.Length; i++)
        {
            var lineStart = i == 0 ? afterNewline : chunk[i - 1] == '\n';
            if (lineStart && (mark is null || chunk.AsSpan(i).StartsWith(mark)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Where the last record (or, for formats whose lines stand alone, the last line) of the file's first <paramref name="length"/> bytes begins.</summary>
    private static long LastRecordStart(string path, InputFormat format, long length)
    {
        const int Tail = 1 << 20;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            length = Math.Min(length, stream.Length);
            if (format == InputFormat.ExchangeLog && !HasWholeFieldsLine(stream, length))
            {
                // Caught while its header was being written: the follower reads it all, header first, once it is there.
                return 0;
            }

            var from = Math.Max(0, length - Tail);
            var tail = new byte[length - from];
            stream.Position = from;
            stream.ReadExactly(tail);
            var mark = RecordMark(format);
            if (mark is null && tail.Length > 0 && tail[^1] == '\n')
            {
                // Lines stand alone and the last is whole.
                return length;
            }

            for (var i = tail.Length - 1; i >= 0; i--)
            {
                var lineStart = i == 0 ? from == 0 : tail[i - 1] == '\n';
                if (lineStart && (mark is null || tail.AsSpan(i).StartsWith(mark)))
                {
                    return from + i;
                }
            }

            // No record starts in the tail: the file's last line, or its end when that is a line's end.
            var newline = Array.LastIndexOf(tail, (byte)'\n');
            return newline < 0 ? from : from + newline + 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return length;
        }
    }

    /// <summary>Whether an Exchange log's first bytes hold its whole #Fields line (what its rows are read by).</summary>
    private static bool HasWholeFieldsLine(FileStream stream, long length)
    {
        var head = new byte[(int)Math.Min(length, 64 * 1024)];
        stream.Position = 0;
        stream.ReadExactly(head);
        var at = head.AsSpan().IndexOf("\n#Fields:"u8);
        return at >= 0 && head.AsSpan(at + 1).IndexOf((byte)'\n') >= 0;
    }

    /// <summary>How a record's first line begins, for formats whose records span lines; null when every line stands alone.</summary>
    private static byte[]? RecordMark(InputFormat format) => format switch
    {
        InputFormat.SipStack => "TL_"u8.ToArray(),
        InputFormat.WevtutilText => "Event["u8.ToArray(),
        _ => null,
    };

    /// <summary>The lines appended text is read under: an Exchange log's leading # lines, a CSV export's header row.</summary>
    private static (byte[] Header, int Lines) HeaderOf(FileStream stream, InputFormat format)
    {
        if (format is not (InputFormat.ExchangeLog or InputFormat.EventCsv or InputFormat.EventText))
        {
            return ([], 0);
        }

        stream.Position = 0;
        var head = new byte[(int)Math.Min(stream.Length, 64 * 1024)];
        stream.ReadExactly(head);
        var end = 0;
        var lines = 0;
        while (end < head.Length)
        {
            var newline = Array.IndexOf(head, (byte)'\n', end);
            if (newline < 0)
            {
                break;
            }

            var isHeader = format == InputFormat.ExchangeLog ? head[SkipBom(head, end)] == '#' : lines == 0;
            if (!isHeader)
            {
                break;
            }

            end = newline + 1;
            lines++;
        }

        return (head[..end], lines);
    }

    private static int ByteAt(FileStream stream, long offset)
    {
        stream.Position = offset;
        return stream.ReadByte();
    }

    private static int SkipBom(byte[] head, int at) => at == 0 && head.AsSpan().StartsWith("\uFEFF"u8) ? 3 : at;

    private static long CountLines(FileStream stream, long upTo)
    {
        stream.Position = 0;
        var buffer = new byte[1 << 20];
        long lines = 0;
        long read = 0;
        while (read < upTo)
        {
            var n = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, upTo - read));
            if (n == 0)
            {
                break;
            }

            lines += CountLines(buffer.AsSpan(0, n));
            read += n;
        }

        return lines;
    }

    private static long CountLines(ReadOnlySpan<byte> bytes) => bytes.Count((byte)'\n');

    /// <summary>Why a file is read once only, or null when it can be followed.</summary>
    private static string? WhyNot(FileSource source, string? path) =>
        path is null ? "inside an archive or read from a pipe: read once"
        : source.Format is not (InputFormat.SipStack or InputFormat.ExchangeLog or InputFormat.EventCsv or InputFormat.EventText or InputFormat.WevtutilText)
            ? $"a {InputFormats.Of(source.Format).Description} is read once, not followed"
        : EncodingDetector.Utf16(source.Sniff.Encoding) is not null ? "written in UTF-16: read once, not followed"
        : null;

    /// <summary>The file on disk behind an input, or null for an archive's entry or a pipe's copy.</summary>
    private static string? OnDisk(InputFile file) =>
        file.FolderName is null || file.DisplayPath.Contains(SourceLocation.ArchiveSeparator, StringComparison.Ordinal) || !File.Exists(file.DisplayPath)
            ? null
            : System.IO.Path.GetFullPath(file.DisplayPath);

    private static string Full(string display) => System.IO.Path.GetFullPath(display);

    /// <summary>Files that appeared in a followed file's folder (a log rolled over) join the followed ones, read from their start.</summary>
    private void LookForNewFiles()
    {
        // A file that went away comes back under its own name, wherever it is (a file named alone has no folder looked at).
        foreach (var path in _gone.Keys.Where(File.Exists).ToList())
        {
            if (Join(path))
            {
                _known.Add(path);
            }
        }

        foreach (var folder in _folders)
        {
            foreach (var path in SafeList(folder).Where(p => !_known.Contains(p)).Order(StringComparer.Ordinal))
            {
                if (Join(path))
                {
                    _known.Add(path);
                }
            }
        }
    }

    private static List<string> SafeList(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Takes a new file in; false when it should be looked at again (still empty, or too young to tell what it is).</summary>
    private bool Join(string path)
    {
        var display = InputDiscovery.Display(path);
        var folder = System.IO.Path.GetDirectoryName(path)!;
        byte[] head;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            head = new byte[(int)Math.Min(stream.Length, 8192)];
            stream.ReadExactly(head);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        var sniff = FormatSniffer.Sniff(head);
        if (EncodingDetector.Utf16(sniff.Encoding) is not null)
        {
            NotFollowed.Add($"{display}: appeared while following, written in UTF-16: not read (run again to read it)");
            return true;
        }

        var young = _now() - File.GetLastWriteTimeUtc(path) < IdleFlush;
        if (head.Length == 0 || (young && InputFormats.Of(sniff.Format).Read is null))
        {
            // Created and not yet written, or its first bytes still coming: what it is shows once it has some.
            return false;
        }

        if (InputFormats.Of(sniff.Format).Read is null)
        {
            NotFollowed.Add($"{display}: appeared while following; {InputFormats.Of(sniff.Format).Description} ({sniff.Reason}): not read");
            return true;
        }

        // A rolled-over log is read as the file it continues: the same format in the same folder, its host and zone.
        var sibling = _gone.Remove(path, out var earlier) && earlier.Format == sniff.Format
            ? earlier
            : _files.FirstOrDefault(f => f.Source.Format == sniff.Format && System.IO.Path.GetDirectoryName(f.Path) == folder)?.Source;
        if (sibling is null)
        {
            NotFollowed.Add($"{display}: appeared while following, but no followed {InputFormats.Of(sniff.Format).Description} shares its folder: not read (run again to read it)");
            return true;
        }

        InputFile file;
        try
        {
            file = InputDiscovery.OnDisk(path, new FileInfo(path).Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        _files.Add(new FollowedFile(sibling.Sibling(file, sniff), path, 0, aligned: true) { Lines = 0, LastLength = 0 });
        return true;
    }
}
