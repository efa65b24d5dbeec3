using System.Buffers.Binary;

namespace LyncOwaDiag.Inputs;

/// <summary>
/// The data ranges of an archive's entries, read from its central directory: what the BCL's zip reader knows but does
/// not show, and what it takes to see entries that share compressed bytes (an overlapping zip bomb inflates one
/// small blob once per entry pointing at it).
/// </summary>
internal static class ZipCentralDirectory
{
    private const uint EndSignature = 0x06054b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const uint EntrySignature = 0x02014b50;
    private const int EndSize = 22;
    private const int EntrySize = 46;
    private const uint Escaped32 = 0xFFFFFFFF;

    /// <summary>The central directory no larger than this is read whole; a larger one is not checked for overlaps.</summary>
    private const long MaxDirectoryBytes = 256L * 1024 * 1024;

    /// <summary>Each entry's range in central directory order, or null when the directory cannot be read this simply.</summary>
    public static IReadOnlyList<ZipDataRange>? Read(Stream archive)
    {
        var length = archive.Length;
        var tail = new byte[(int)Math.Min(length, EndSize + ushort.MaxValue)];
        archive.Position = length - tail.Length;
        archive.ReadExactly(tail);
        var end = LastIndexOf(tail, EndSignature);
        if (end < 0 || end + EndSize > tail.Length)
        {
            return null;
        }

        long count = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(end + 10));
        long size = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(end + 12));
        long offset = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(end + 16));
        var locator = end - 20;
        if (locator >= 0 && BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(locator)) == Zip64LocatorSignature)
        {
            var record = new byte[56];
            archive.Position = (long)BinaryPrimitives.ReadUInt64LittleEndian(tail.AsSpan(locator + 8));
            archive.ReadExactly(record);
            if (BinaryPrimitives.ReadUInt32LittleEndian(record) != Zip64EndSignature)
            {
                return null;
            }

            count = (long)BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(32));
            size = (long)BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(40));
            offset = (long)BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(48));
        }

        if (size > MaxDirectoryBytes || offset < 0 || offset + size > length)
        {
            return null;
        }

        var directory = new byte[size];
        archive.Position = offset;
        archive.ReadExactly(directory);
        return Entries(directory, count);
    }

    private static List<ZipDataRange>? Entries(byte[] directory, long count)
    {
        var ranges = new List<ZipDataRange>();
        var at = 0;
        while (ranges.Count < count && at + EntrySize <= directory.Length)
        {
            ReadOnlySpan<byte> entry = directory.AsSpan(at);
            if (BinaryPrimitives.ReadUInt32LittleEndian(entry) != EntrySignature)
            {
                return null;
            }

            long uncompressed = BinaryPrimitives.ReadUInt32LittleEndian(entry[24..]);
            long compressed = BinaryPrimitives.ReadUInt32LittleEndian(entry[20..]);
            long local = BinaryPrimitives.ReadUInt32LittleEndian(entry[42..]);
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(entry[28..]);
            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(entry[30..]);
            int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(entry[32..]);
            if (at + EntrySize + nameLength + extraLength > directory.Length)
            {
                return null;
            }

            // Sizes and offset that do not fit 32 bits are in the zip64 extra field, in this order, each only if escaped.
            var extra = entry.Slice(EntrySize + nameLength, extraLength);
            while (extra.Length >= 4)
            {
                var id = BinaryPrimitives.ReadUInt16LittleEndian(extra);
                var fieldLength = BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]);
                var field = extra.Slice(4, Math.Min(fieldLength, extra.Length - 4));
                if (id == 1)
                {
                    ReadEscaped(ref field, ref uncompressed);
                    ReadEscaped(ref field, ref compressed);
                    ReadEscaped(ref field, ref local);
                }

                extra = extra[Math.Min(extra.Length, 4 + fieldLength)..];
            }

            ranges.Add(new ZipDataRange(local, compressed));
            at += EntrySize + nameLength + extraLength + commentLength;
        }

        return ranges.Count == count ? ranges : null;
    }

    private static void ReadEscaped(ref ReadOnlySpan<byte> field, ref long value)
    {
        if (value == Escaped32 && field.Length >= 8)
        {
            value = (long)BinaryPrimitives.ReadUInt64LittleEndian(field);
            field = field[8..];
        }
    }

    private static int LastIndexOf(byte[] bytes, uint signature)
    {
        for (var i = bytes.Length - EndSize; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i)) == signature)
            {
                return i;
            }
        }

        return -1;
    }
}
