using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace LyncOwaDiag.Parsing.EventLog.Evtx;

/// <summary>Renders substitution values as text, as [MS-EVEN6] §2.2.12.3 describes; arrays become one item each.</summary>
internal static class BinXmlValueText
{
    public const byte BinXmlType = 0x21;

    public static bool IsNull(BinXmlValue value) => value.Type == 0x00 || value.Length == 0;

    public static IReadOnlyList<string> Render(byte[] chunk, BinXmlValue value)
    {
        var bytes = chunk.AsSpan(value.Offset, value.Length);
        if ((value.Type & 0x80) == 0)
        {
            return [Scalar(value.Type, bytes)];
        }

        var type = (byte)(value.Type & 0x7F);
        if (type == 0x01)
        {
            return Encoding.Unicode.GetString(bytes[..(bytes.Length & ~1)]).Split('\0', StringSplitOptions.None) is { } parts && parts.Length > 0 && parts[^1].Length == 0 ? parts[..^1] : [];
        }

        if (type == 0x02)
        {
            return Encoding.Latin1.GetString(bytes).Split('\0').Where(s => s.Length > 0).ToArray();
        }

        var size = FixedSize(type);
        if (size == 0)
        {
            return [Hex(bytes)];
        }

        var items = new List<string>();
        for (var at = 0; at + size <= bytes.Length; at += size)
        {
            items.Add(Scalar(type, bytes.Slice(at, size)));
        }

        return items;
    }

    private static int FixedSize(byte type) => type switch
    {
        0x03 or 0x04 => 1,
        0x05 or 0x06 => 2,
        0x07 or 0x08 or 0x0B or 0x0D or 0x14 => 4,
        0x09 or 0x0A or 0x0C or 0x11 or 0x15 => 8,
        0x0F or 0x12 => 16,
        _ => 0,
    };

    public static string Scalar(byte type, ReadOnlySpan<byte> b)
    {
        var inv = CultureInfo.InvariantCulture;
        return type switch
        {
            0x00 => string.Empty,
            0x01 => Encoding.Unicode.GetString(b[..(b.Length & ~1)]).TrimEnd('\0'),
            0x02 => Encoding.Latin1.GetString(b).TrimEnd('\0'),
            0x03 when b.Length >= 1 => ((sbyte)b[0]).ToString(inv),
            0x04 when b.Length >= 1 => b[0].ToString(inv),
            0x05 when b.Length >= 2 => BinaryPrimitives.ReadInt16LittleEndian(b).ToString(inv),
            0x06 when b.Length >= 2 => BinaryPrimitives.ReadUInt16LittleEndian(b).ToString(inv),
            0x07 when b.Length >= 4 => BinaryPrimitives.ReadInt32LittleEndian(b).ToString(inv),
            0x08 when b.Length >= 4 => BinaryPrimitives.ReadUInt32LittleEndian(b).ToString(inv),
            0x09 when b.Length >= 8 => BinaryPrimitives.ReadInt64LittleEndian(b).ToString(inv),
            0x0A when b.Length >= 8 => BinaryPrimitives.ReadUInt64LittleEndian(b).ToString(inv),
            0x0B when b.Length >= 4 => BinaryPrimitives.ReadSingleLittleEndian(b).ToString("R", inv),
            0x0C when b.Length >= 8 => BinaryPrimitives.ReadDoubleLittleEndian(b).ToString("R", inv),
            0x0D when b.Length >= 4 => BinaryPrimitives.ReadUInt32LittleEndian(b) != 0 ? "true" : "false",
            0x0D when b.Length >= 1 => b[0] != 0 ? "true" : "false",
            0x0E => Hex(b),
            0x0F when b.Length >= 16 => new Guid(b[..16]).ToString("B").ToUpperInvariant(),
            0x10 when b.Length == 8 => "0x" + BinaryPrimitives.ReadUInt64LittleEndian(b).ToString("x16", inv),
            0x10 when b.Length == 4 => "0x" + BinaryPrimitives.ReadUInt32LittleEndian(b).ToString("x8", inv),
            0x11 when b.Length >= 8 => FileTime(BinaryPrimitives.ReadInt64LittleEndian(b)),
            0x12 when b.Length >= 16 => SystemTime(b),
            0x13 => Sid(b),
            0x14 when b.Length >= 4 => "0x" + BinaryPrimitives.ReadUInt32LittleEndian(b).ToString("x", inv),
            0x15 when b.Length >= 8 => "0x" + BinaryPrimitives.ReadUInt64LittleEndian(b).ToString("x", inv),
            _ => Hex(b),
        };
    }

    public static string FileTime(long ticks)
    {
        if (ticks < 0 || ticks > DateTime.MaxValue.Ticks - DateTime.FromFileTimeUtc(0).Ticks)
        {
            return $"(invalid FILETIME {ticks})";
        }

        return DateTime.FromFileTimeUtc(ticks).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
    }

    private static string SystemTime(ReadOnlySpan<byte> b)
    {
        Span<int> w = stackalloc int[8];
        for (var i = 0; i < 8; i++)
        {
            w[i] = BinaryPrimitives.ReadUInt16LittleEndian(b[(i * 2)..]);
        }

        try
        {
            return new DateTime(w[0], w[1], w[3], w[4], w[5], w[6], w[7], DateTimeKind.Utc)
                .ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        }
        catch (ArgumentOutOfRangeException)
        {
            return "(invalid SYSTEMTIME " + Hex(b) + ")";
        }
    }

    private static string Sid(ReadOnlySpan<byte> b)
    {
        if (b.Length < 8)
        {
            return Hex(b);
        }

        var count = b[1];
        if (b.Length < 8 + (count * 4))
        {
            return Hex(b);
        }

        long authority = 0;
        for (var i = 2; i < 8; i++)
        {
            authority = (authority << 8) | b[i];
        }

        var sid = new StringBuilder($"S-{b[0]}-{authority}");
        for (var i = 0; i < count; i++)
        {
            sid.Append('-').Append(BinaryPrimitives.ReadUInt32LittleEndian(b[(8 + (i * 4))..]).ToString(CultureInfo.InvariantCulture));
        }

        return sid.ToString();
    }

    private static string Hex(ReadOnlySpan<byte> b) => Convert.ToHexString(b);
}
