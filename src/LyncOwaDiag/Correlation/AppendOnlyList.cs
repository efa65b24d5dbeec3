namespace LyncOwaDiag.Correlation;

/// <summary>
/// A list one thread appends to while others read it: items live in fixed chunks that never move, and
/// <see cref="Count"/> is published only after the item is written, so a reader sees whole items up to the count it
/// read. Fixed chunks also spare the doubling copy a <see cref="List{T}"/> makes at a million items.
/// </summary>
public sealed class AppendOnlyList<T>
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;

    private T[][] _chunks = [];
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return Volatile.Read(ref _chunks)[index >> ChunkBits][index & (ChunkSize - 1)];
        }
    }

    /// <summary>Appends an item; one writer at a time. Returns its index.</summary>
    public int Add(T item)
    {
        var count = _count;
        if ((count >> ChunkBits) == _chunks.Length)
        {
            Volatile.Write(ref _chunks, [.. _chunks, new T[ChunkSize]]);
        }

        _chunks[count >> ChunkBits][count & (ChunkSize - 1)] = item;
        Volatile.Write(ref _count, count + 1);
        return count;
    }
}
