using Microsoft.Win32.SafeHandles;

namespace LyncOwaDiag.Inputs;

/// <summary>
/// A read-only view of a file whose position is kept per thread, reading with positional reads of one shared handle.
/// It lets one <see cref="System.IO.Compression.ZipArchive"/> serve entries read on several threads at once: an
/// entry's stream moves the archive stream to its own offset before every read, and with a position per thread that
/// move and the read that follows cannot be interleaved with another thread's.
/// </summary>
internal sealed class PerThreadPositionStream(SafeFileHandle handle) : Stream
{
    private readonly ThreadLocal<long> _position = new();
    private readonly long _length = RandomAccess.GetLength(handle);

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => _length;

    public override long Position
    {
        get => _position.Value;
        set => _position.Value = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var position = _position.Value;
        if (position >= _length)
        {
            return 0;
        }

        var read = RandomAccess.Read(handle, buffer, position);
        _position.Value = position + read;
        return read;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        var position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position.Value + offset,
            _ => _length + offset,
        };
        ArgumentOutOfRangeException.ThrowIfNegative(position, nameof(offset));
        _position.Value = position;
        return position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _position.Dispose();
            handle.Dispose();
        }

        base.Dispose(disposing);
    }
}
