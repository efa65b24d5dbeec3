using System.Buffers.Binary;

namespace LyncOwaDiag.Benchmarks;

/// <summary>
/// Grows a large EVTX from the in-use chunks of a real one (docs/formats.md#evtx): the 4096-byte header, then those chunks
/// repeated; first/last chunk number, chunk count, dirty flag and header CRC set so that other readers accept it.
/// </summary>
public static class EvtxGrower
{
    public static void Grow(string source, string target, long bytes)
    {
        var data = File.ReadAllBytes(source);
        var header = data[..4096];
        var chunks = new List<byte[]>();
        for (var at = 4096; at + 65536 <= data.Length; at += 65536)
        {
            if (data.AsSpan(at, 8).SequenceEqual("ElfChnk\0"u8))
            {
                chunks.Add(data[at..(at + 65536)]);
            }
        }

        var count = (int)Math.Max(1, (bytes - 4096) / 65536);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(8), 0);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(16), (ulong)(count - 1));
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(42), (ushort)Math.Min(count, ushort.MaxValue));
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(120), BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(120)) & ~1u);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(124), Crc32(header.AsSpan(0, 120)));
        using var output = File.Create(target);
        output.Write(header);
        for (var i = 0; i < count; i++)
        {
            output.Write(chunks[i % chunks.Count]);
        }
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
