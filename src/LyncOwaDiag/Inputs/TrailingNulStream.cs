namespace LyncOwaDiag.Inputs;

/// <summary>
/// A text file's bytes with a run of NUL bytes at its very end taken off: what Windows leaves when a log was being
/// written as the machine crashed (the file keeps its allocated size, zero-filled). The rows before it are read as
/// usual; the run is reported once, by offset and length (<paramref name="onPadding"/>), instead of becoming a
/// malformed record. NULs followed by more text are content and pass through. Only the run's length is held, never
/// its bytes, so a padded tail of any size costs nothing.
/// </summary>
internal sealed class TrailingNulStream(Stream inner, Action<long, long> onPadding) : ForwardReadStream(inner)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _at;
    private int _length;
    private long _position;
    private long _pendingStart;
    private long _pending;
    private long _flushing;

    public override int Read(Span<byte> destination)
    {
        var written = 0;
        while (written < destination.Length)
        {
            if (_flushing > 0)
            {
                // NULs that more text followed: content after all.
                var n = (int)Math.Min(_flushing, destination.Length - written);
                destination.Slice(written, n).Clear();
                written += n;
                _flushing -= n;
                continue;
            }

            if (_at == _length)
            {
                if (written > 0)
                {
                    break;
                }

                _length = Inner.Read(_buffer);
                _at = 0;
                if (_length == 0)
                {
                    if (_pending > 0)
                    {
                        onPadding(_pendingStart, _pending);
                        _pending = 0;
                    }

                    return 0;
                }
            }

            var rest = _buffer.AsSpan(_at, _length - _at);
            if (rest[0] == 0)
            {
                var run = rest.IndexOfAnyExcept((byte)0);
                run = run < 0 ? rest.Length : run;
                if (_pending == 0)
                {
                    _pendingStart = _position;
                }

                _pending += run;
                _at += run;
                _position += run;
                continue;
            }

            if (_pending > 0)
            {
                (_flushing, _pending) = (_pending, 0);
                continue;
            }

            var text = rest.IndexOf((byte)0);
            var take = Math.Min(text < 0 ? rest.Length : text, destination.Length - written);
            rest[..take].CopyTo(destination[written..]);
            written += take;
            _at += take;
            _position += take;
        }

        return written;
    }
}
