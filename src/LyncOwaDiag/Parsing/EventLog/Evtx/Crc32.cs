namespace LyncOwaDiag.Parsing.EventLog.Evtx;

/// <summary>
/// CRC-32 (IEEE 802.3, RFC 1952) as EVTX headers and chunks use it, over one or two spans. System.IO.Hashing's
/// vectorised implementation: checking every chunk costs little next to parsing it.
/// </summary>
internal static class Crc32
{
    public static uint Compute(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second = default)
    {
        var crc = new System.IO.Hashing.Crc32();
        crc.Append(first);
        crc.Append(second);
        return crc.GetCurrentHashAsUInt32();
    }
}
