namespace LyncOwaDiag.Inputs;

/// <summary>
/// Passes reads through but fails once more bytes come out than the archive declared, so a lying entry header
/// cannot inflate past the size that was checked against the limits.
/// </summary>
internal sealed class BoundedReadStream(Stream inner, long limit, IDisposable? owner) : ForwardReadStream(inner)
{
    private long _read;

    public override long Length => limit;

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer)
    {
        var read = Inner.Read(buffer);
        _read += read;
        if (_read > limit)
        {
            throw new InvalidDataException($"entry inflates past its declared size of {limit} bytes");
        }

        return read;
    }

    protected override void Dispose(bool disposing)
    {
        // The entry's stream first (the base class), then what it was opened from.
        base.Dispose(disposing);
        if (disposing)
        {
            owner?.Dispose();
        }
    }
}
