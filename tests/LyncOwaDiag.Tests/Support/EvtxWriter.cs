using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace LyncOwaDiag.Tests.Support;

/// <summary>One event for <see cref="EvtxWriter"/>: the System fields and unnamed Data strings of a classic source.</summary>
internal sealed record EvtxEvent(
    string Provider,
    ushort EventId,
    ushort Qualifiers,
    byte Level,
    ushort Task,
    DateTime TimeUtc,
    ulong RecordId,
    string Channel,
    string Computer,
    IReadOnlyList<string> Data);

/// <summary>
/// A small EVTX writer for tests and scenarios (docs/formats.md#evtx): one file
/// header, chunks of records, each record a template instance whose definition is written inline the first time a
/// chunk uses it, checksums filled in. Output is checked by hand against evtxexport (libevtx).
/// </summary>
internal static class EvtxWriter
{
    private const int ChunkSize = 65536;

    // Substitution types: string, UInt8, UInt16, UInt64, HexInt64, FileTime.
    private const byte String = 0x01;
    private const byte UInt8 = 0x04;
    private const byte UInt16 = 0x06;
    private const byte UInt64 = 0x0A;
    private const byte HexInt64 = 0x15;
    private const byte FileTime = 0x11;

    public static byte[] Write(IReadOnlyList<EvtxEvent> events)
    {
        var chunks = new List<byte[]>();
        var index = 0;
        while (index < events.Count || chunks.Count == 0)
        {
            chunks.Add(Chunk(events, ref index, (ulong)index + 1));
        }

        var header = new byte[4096];
        "ElfFile\0"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(8), 0);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(16), (ulong)(chunks.Count - 1));
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(24), (ulong)events.Count + 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(32), 128);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(36), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(38), 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(40), 4096);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(42), (ushort)chunks.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(124), Crc32.HashToUInt32(header.AsSpan(0, 120)));
        return [.. header, .. chunks.SelectMany(c => c)];
    }

    private static byte[] Chunk(IReadOnlyList<EvtxEvent> events, ref int index, ulong firstNumber)
    {
        var chunk = new byte[ChunkSize];
        var pos = 512;
        var lastRecord = 512;
        var templates = new Dictionary<int, int>(); // data count → definition offset
        var first = index;
        while (index < events.Count)
        {
            var record = Record(events[index], pos, templates);
            if (pos + record.Length > ChunkSize)
            {
                break;
            }

            record.CopyTo(chunk, pos);
            lastRecord = pos;
            pos += record.Length;
            index++;
        }

        "ElfChnk\0"u8.CopyTo(chunk);
        var count = (ulong)(index - first);
        BinaryPrimitives.WriteUInt64LittleEndian(chunk.AsSpan(8), firstNumber);
        BinaryPrimitives.WriteUInt64LittleEndian(chunk.AsSpan(16), firstNumber + count - 1);
        BinaryPrimitives.WriteUInt64LittleEndian(chunk.AsSpan(24), first < events.Count ? events[first].RecordId : 1);
        BinaryPrimitives.WriteUInt64LittleEndian(chunk.AsSpan(32), index > first ? events[index - 1].RecordId : 1);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(40), 128);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(44), (uint)lastRecord);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(48), (uint)pos);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(52), Crc32.HashToUInt32(chunk.AsSpan(512, pos - 512)));
        var crc = new Crc32();
        crc.Append(chunk.AsSpan(0, 120));
        crc.Append(chunk.AsSpan(128, 384));
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(124), crc.GetCurrentHashAsUInt32());
        return chunk;
    }

    /// <summary>A record at chunk offset <paramref name="at"/>; names and the template definition are chunk-relative.</summary>
    private static byte[] Record(EvtxEvent e, int at, Dictionary<int, int> templates)
    {
        var xml = new List<byte>();
        var bodyStart = at + 24;
        xml.AddRange([0x0F, 0x01, 0x01, 0x00, 0x0C, 0x01]);
        U32(xml, (uint)(1000 + e.Data.Count));
        var definitionAt = bodyStart + xml.Count + 4;
        if (templates.TryGetValue(e.Data.Count, out var existing))
        {
            U32(xml, (uint)existing);
        }
        else
        {
            U32(xml, (uint)definitionAt);
            templates[e.Data.Count] = definitionAt;
            var fragment = Definition(e.Data.Count, definitionAt + 24);
            U32(xml, 0);
            xml.AddRange(Enumerable.Range(0, 16).Select(i => (byte)(i + e.Data.Count)));
            U32(xml, (uint)fragment.Count);
            xml.AddRange(fragment);
        }

        var values = new List<(byte Type, byte[] Bytes)>
        {
            (String, Utf16(e.Provider)),
            (UInt16, BitConverter.GetBytes(e.Qualifiers)),
            (UInt16, BitConverter.GetBytes(e.EventId)),
            (UInt8, [e.Level]),
            (UInt16, BitConverter.GetBytes(e.Task)),
            (HexInt64, BitConverter.GetBytes(0x80000000000000UL)),
            (FileTime, BitConverter.GetBytes(e.TimeUtc.ToFileTimeUtc())),
            (UInt64, BitConverter.GetBytes(e.RecordId)),
            (String, Utf16(e.Channel)),
            (String, Utf16(e.Computer)),
        };
        values.AddRange(e.Data.Select(d => (String, Utf16(d))));
        U32(xml, (uint)values.Count);
        foreach (var (type, bytes) in values)
        {
            U16(xml, (ushort)bytes.Length);
            xml.Add(type);
            xml.Add(0);
        }

        foreach (var (_, bytes) in values)
        {
            xml.AddRange(bytes);
        }

        xml.Add(0x00);
        var size = (24 + xml.Count + 4 + 7) & ~7;
        var record = new byte[size];
        "**\0\0"u8.CopyTo(record);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(4), (uint)size);
        BinaryPrimitives.WriteUInt64LittleEndian(record.AsSpan(8), e.RecordId);
        BinaryPrimitives.WriteInt64LittleEndian(record.AsSpan(16), e.TimeUtc.ToFileTimeUtc());
        xml.CopyTo(record, 24);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(size - 4), (uint)size);
        return record;
    }

    /// <summary>The template: Event/System with the ten System values, then EventData with one Data per string.</summary>
    private static List<byte> Definition(int dataCount, int at)
    {
        var b = new List<byte> { 0x0F, 0x01, 0x01, 0x00 };
        Element(b, at, "Event", [], null, () =>
        {
            Element(b, at, "System", [], null, () =>
            {
                Element(b, at, "Provider", [("Name", 0, String)], null);
                Element(b, at, "EventID", [("Qualifiers", 1, UInt16)], (2, UInt16));
                Element(b, at, "Level", [], (3, UInt8));
                Element(b, at, "Task", [], (4, UInt16));
                Element(b, at, "Keywords", [], (5, HexInt64));
                Element(b, at, "TimeCreated", [("SystemTime", 6, FileTime)], null);
                Element(b, at, "EventRecordID", [], (7, UInt64));
                Element(b, at, "Channel", [], (8, String));
                Element(b, at, "Computer", [], (9, String));
            });
            Element(b, at, "EventData", [], null, () =>
            {
                for (var i = 0; i < dataCount; i++)
                {
                    Element(b, at, "Data", [], (10 + i, String));
                }
            });
        });
        b.Add(0x00);
        return b;
    }

    /// <summary>Writes one element into <paramref name="b"/> (which starts at chunk offset <paramref name="at"/>).</summary>
    private static void Element(List<byte> b, int at, string name, (string Name, int Index, byte Type)[] attributes, (int Index, byte Type)? content, Action? children = null)
    {
        b.Add(attributes.Length > 0 ? (byte)0x41 : (byte)0x01);
        U16(b, 0xFFFF);
        var sizeAt = b.Count;
        U32(b, 0);
        Name(b, at, name);
        if (attributes.Length > 0)
        {
            var listAt = b.Count;
            U32(b, 0);
            for (var i = 0; i < attributes.Length; i++)
            {
                b.Add(i < attributes.Length - 1 ? (byte)0x46 : (byte)0x06);
                Name(b, at, attributes[i].Name);
                b.Add(0x0D);
                U16(b, (ushort)attributes[i].Index);
                b.Add(attributes[i].Type);
            }

            Patch(b, listAt, b.Count - listAt - 4);
        }

        if (content is null && children is null)
        {
            b.Add(0x03);
        }
        else
        {
            b.Add(0x02);
            if (content is { } c)
            {
                b.Add(0x0D);
                U16(b, (ushort)c.Index);
                b.Add(c.Type);
            }

            children?.Invoke();
            b.Add(0x04);
        }

        Patch(b, sizeAt, b.Count - sizeAt - 4);
    }

    /// <summary>A name written inline: its offset is the current position, then next, hash, length, text, NUL.</summary>
    private static void Name(List<byte> b, int at, string name)
    {
        U32(b, (uint)(at + b.Count + 4));
        U32(b, 0);
        uint hash = 0;
        foreach (var c in name)
        {
            hash = (hash * 65599) + c;
        }

        U16(b, (ushort)hash);
        U16(b, (ushort)name.Length);
        b.AddRange(Encoding.Unicode.GetBytes(name));
        U16(b, 0);
    }

    private static byte[] Utf16(string text) => Encoding.Unicode.GetBytes(text);

    private static void U16(List<byte> b, ushort v) => b.AddRange(BitConverter.GetBytes(v));

    private static void U32(List<byte> b, uint v) => b.AddRange(BitConverter.GetBytes(v));

    private static void Patch(List<byte> b, int at, int value)
    {
        var bytes = BitConverter.GetBytes((uint)value);
        for (var i = 0; i < 4; i++)
        {
            b[at + i] = bytes[i];
        }
    }
}
