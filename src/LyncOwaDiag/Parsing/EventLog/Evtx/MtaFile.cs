using System.Buffers.Binary;
using System.Text;

namespace LyncOwaDiag.Parsing.EventLog.Evtx;

/// <summary>
/// Reads an Event Viewer "display information" file (<c>LocaleMetaData/&lt;log&gt;_&lt;LCID&gt;.MTA</c>): the fully
/// formatted message of each record of the .evtx it was exported with. Layout (docs/formats.md#evtx-display-information, checked
/// on the real sample): a 24-byte header, section descriptors (EVT: record → message index; MSG: strings), each
/// section a chain of pages of up to 100 entries whose offsets count from the section start. Every offset is checked;
/// a damaged file yields what could be read and says why it stopped.
/// </summary>
internal static class MtaFile
{
    private const int MaxBytes = 256 * 1024 * 1024;
    private const int PageEntries = 100;
    private const int OffsetsAt = 4 + 56 + 4 + 24;

    public static (IReadOnlyDictionary<long, string> Messages, string? Problem) Read(Stream stream)
    {
        var bytes = Parsing.Config.JsonText.ReadAll(stream, MaxBytes);
        try
        {
            return (Messages(bytes), null);
        }
        catch (InvalidDataException e)
        {
            return (new Dictionary<long, string>(), e.Message);
        }
    }

    private static Dictionary<long, string> Messages(byte[] d)
    {
        if (d.Length < 24 || !d.AsSpan(0, 8).SequenceEqual("MTAFile\0"u8))
        {
            throw new InvalidDataException("not an MTA file (MTAFile signature missing)");
        }

        var sectionCount = BinaryPrimitives.ReadUInt32LittleEndian(d.AsSpan(20));
        var sections = new Dictionary<string, long>(StringComparer.Ordinal);
        var pos = 24;
        for (var i = 0; i < sectionCount && i < 64; i++)
        {
            At(d, pos, 20);
            var offset = Offset(d, pos);
            var nameLength = BinaryPrimitives.ReadUInt32LittleEndian(d.AsSpan(pos + 16));
            var name = At(d, pos + 20, nameLength);
            sections[Encoding.Unicode.GetString(d, name, (int)nameLength & ~1).TrimEnd('\0')] = offset;
            pos = name + (int)nameLength;
        }

        if (!sections.TryGetValue("EVT", out var evt) || !sections.TryGetValue("MSG", out var msg))
        {
            throw new InvalidDataException("MTA file without EVT and MSG sections");
        }

        var strings = new Dictionary<uint, string>();
        foreach (var (index, offset, length) in Entries(d, msg))
        {
            var payload = d.AsSpan(offset, length);
            if (payload.Length >= 4)
            {
                var textBytes = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(payload), (uint)(payload.Length - 4));
                strings[index] = Encoding.Unicode.GetString(payload.Slice(4, textBytes & ~1)).TrimEnd('\0').TrimEnd();
            }
        }

        var messages = new Dictionary<long, string>();
        foreach (var (_, offset, length) in Entries(d, evt))
        {
            var payload = d.AsSpan(offset, length);
            if (payload.Length >= 12 && strings.TryGetValue(BinaryPrimitives.ReadUInt32LittleEndian(payload[8..]), out var text))
            {
                messages[BinaryPrimitives.ReadUInt32LittleEndian(payload)] = text;
            }
        }

        return messages;
    }

    private static List<(uint Index, int Offset, int Length)> Entries(byte[] d, long section)
    {
        var result = new List<(uint, int, int)>();
        var visited = new HashSet<long>();
        long page = 0;
        while (visited.Add(page) && visited.Count < 100_000)
        {
            var at = At(d, section + page, OffsetsAt + (PageEntries * 8));
            var next = Offset(d, at + 64 + 8);
            var self = Offset(d, at + 64 + 16);
            for (var i = 0; i < PageEntries; i++)
            {
                var entry = Offset(d, at + OffsetsAt + (i * 8));
                if (entry == 0)
                {
                    continue;
                }

                var record = At(d, section + entry, 8);
                var index = BinaryPrimitives.ReadUInt32LittleEndian(d.AsSpan(record));
                var size = BinaryPrimitives.ReadUInt32LittleEndian(d.AsSpan(record + 4));
                result.Add((index, At(d, record + 8, size), (int)size));
            }

            if (next == self)
            {
                break;
            }

            page = next;
        }

        return result;
    }

    /// <summary>
    /// Where <paramref name="length"/> bytes at <paramref name="start"/> lie inside the file; anything else (past the
    /// end, negative, overflowing) is damage to report. Offsets and sizes come from the file: none is trusted.
    /// </summary>
    private static int At(byte[] d, long start, long length)
    {
        if (start < 0 || length < 0 || start > d.Length || length > d.Length - start)
        {
            throw new InvalidDataException($"MTA offset {start} (+{length}) points past the end of the file ({d.Length} bytes)");
        }

        return (int)start;
    }

    /// <summary>A 64-bit offset stored at <paramref name="at"/>, refused when larger than the file.</summary>
    private static long Offset(byte[] d, long at)
    {
        var value = BinaryPrimitives.ReadUInt64LittleEndian(d.AsSpan(At(d, at, 8)));
        if (value > (ulong)d.Length)
        {
            throw new InvalidDataException($"MTA offset {value} at {at} points past the end of the file ({d.Length} bytes)");
        }

        return (long)value;
    }
}
