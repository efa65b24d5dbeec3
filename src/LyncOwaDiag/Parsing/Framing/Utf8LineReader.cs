using System.Buffers;

namespace LyncOwaDiag.Parsing.Framing;

/// <summary>
/// Splits a UTF-8 stream into lines without decoding or copying them: each line is a span over a pooled buffer,
/// valid until the next call. Tracks the 1-based line number and the byte offset of every line. A line longer
/// than <see cref="MaxLineBytes"/> is cut there and the rest of it skipped, so one huge line cannot exhaust memory.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    public const int DefaultMaxLineBytes = 4 * 1024 * 1024;
    private const int InitialBufferBytes = 256 * 1024;

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private int _scanned;
    private bool _eof;
    private long _consumed;
    private byte[]? _pending;

    public Utf8LineReader(Stream stream, long startOffset = 0, int maxLineBytes = DefaultMaxLineBytes)
    {
        _stream = stream;
        MaxLineBytes = maxLineBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialBufferBytes, maxLineBytes + 1));
        _consumed = startOffset;
    }

    public int MaxLineBytes { get; }

    /// <summary>1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Byte offset of the first byte of the line last returned.</summary>
    public long LineOffset { get; private set; }

    /// <summary>Bytes of the line last returned that were cut off (0 when it was whole).</summary>
    public long TruncatedBytes { get; private set; }

    /// <summary>Total bytes consumed so far, line ends included.</summary>
    public long BytesRead => _consumed;

    public bool ReadLine(out ReadOnlySpan<byte> line)
    {
        TruncatedBytes = 0;
        while (true)
        {
            var newline = _buffer.AsSpan(_scanned, _end - _scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineEnd = _scanned + newline;
                line = Emit(lineEnd, lineEnd + 1);
                return true;
            }

            _scanned = _end;
            if (_end - _start >= MaxLineBytes)
            {
                line = EmitTruncated();
                return true;
            }

            if (_eof)
            {
                if (_start < _end)
                {
                    line = Emit(_end, _end);
                    return true;
                }

                line = default;
                return false;
            }

            Fill();
        }
    }

    private ReadOnlySpan<byte> Emit(int lineEnd, int next)
    {
        LineNumber++;
        LineOffset = _consumed;
        var length = lineEnd - _start;
        if (length > 0 && _buffer[lineEnd - 1] == (byte)'\r')
        {
            length--;
        }

        var line = _buffer.AsSpan(_start, length);
        _consumed += next - _start;
        _start = next;
        _scanned = next;
        return line;
    }

    private ReadOnlySpan<byte> EmitTruncated()
    {
        LineNumber++;
        LineOffset = _consumed;

        // Everything buffered belongs to this line (no newline was found in it). Hand out the first MaxLineBytes,
        // then skip to the end of the physical line; the span stays valid because the skipped bytes are read into
        // a separate scratch buffer.
        var buffered = _end - _start;
        var skipped = buffered - MaxLineBytes + SkipRestOfLine();
        TruncatedBytes = skipped;
        _consumed += MaxLineBytes + skipped;
        var line = _buffer.AsSpan(_start, MaxLineBytes);
        _start = _end;
        _scanned = _end;
        return line;
    }

    private long SkipRestOfLine()
    {
        var scratch = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            long skipped = 0;
            while (true)
            {
                var read = _stream.Read(scratch, 0, scratch.Length);
                if (read == 0)
                {
                    _eof = true;
                    return skipped;
                }

                var newline = scratch.AsSpan(0, read).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    skipped += newline + 1;
                    var rest = read - newline - 1;
                    _pending = scratch.AsSpan(newline + 1, rest).ToArray();
                    return skipped;
                }

                skipped += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            var live = _end - _start;
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, live);
            _scanned -= _start;
            _end = live;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, MaxLineBytes + 1));
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        if (_pending is { Length: > 0 })
        {
            var count = Math.Min(_pending.Length, _buffer.Length - _end);
            _pending.AsSpan(0, count).CopyTo(_buffer.AsSpan(_end));
            _end += count;
            _pending = count == _pending.Length ? null : _pending[count..];
            return;
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
