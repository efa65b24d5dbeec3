using System.Text;

namespace LyncOwaDiag.Tui.ViewModels;

/// <summary>
/// Short texts kept as UTF-8 in large blocks rather than as a million strings: half the bytes for the ASCII of logs
/// and no object per row. Appended by one thread, read by others; a text never spans two blocks.
/// </summary>
internal sealed class Utf8Arena
{
    private const int BlockSize = 1 << 20;

    private byte[][] _blocks = [new byte[BlockSize]];
    private int _used;

    /// <summary>Stores <paramref name="text"/> cut to <paramref name="maxBytes"/>; returns where it went and its length.</summary>
    public (long At, int Length) Add(ReadOnlySpan<char> text, int maxBytes)
    {
        var length = Math.Min(Encoding.UTF8.GetByteCount(text), maxBytes);
        if (_used + length > BlockSize)
        {
            Volatile.Write(ref _blocks, [.. _blocks, new byte[BlockSize]]);
            _used = 0;
        }

        var block = _blocks.Length - 1;
        var target = _blocks[block].AsSpan(_used, length);
        if (!Encoding.UTF8.TryGetBytes(text, target, out var written))
        {
            // Cut to the budget, on a character boundary.
            var encoder = Encoding.UTF8.GetEncoder();
            encoder.Convert(text, target, flush: true, out _, out written, out _);
        }

        var at = ((long)block * BlockSize) + _used;
        _used += written;
        return (at, written);
    }

    public string Get(long at, int length) =>
        length == 0 ? string.Empty : Encoding.UTF8.GetString(Volatile.Read(ref _blocks)[(int)(at / BlockSize)], (int)(at % BlockSize), length);
}
