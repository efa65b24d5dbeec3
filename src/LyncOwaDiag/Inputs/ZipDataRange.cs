namespace LyncOwaDiag.Inputs;

/// <summary>Where an archive entry's local header starts and how many compressed bytes follow it, per the central directory.</summary>
internal readonly record struct ZipDataRange(long LocalHeaderOffset, long CompressedLength)
{
    /// <summary>The fixed part of a local header: whatever else an entry holds comes after it.</summary>
    private const int LocalHeaderSize = 30;

    /// <summary>
    /// A lower bound of where the entry ends: its header and data may be longer (name, extra field, descriptor), never
    /// shorter, so another entry that starts before this has its header inside this entry's bytes.
    /// </summary>
    public long End => LocalHeaderOffset + LocalHeaderSize + CompressedLength;
}
