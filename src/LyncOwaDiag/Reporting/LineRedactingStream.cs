using System.Text;

namespace LyncOwaDiag.Reporting;

/// <summary>
/// A stream that passes each UTF-8 line through a function before it reaches the inner stream: streaming output
/// (timeline jsonl) is redacted line by line, with at most one line held in memory.
/// </summary>
public sealed class LineRedactingStream(Stream inner, Func<string, string> redact) : Stream
{
    private readonly MemoryStream _line = new();

    /// <summary>A UTF-8 text writer (no byte order mark, '\n' lines) whose every line is redacted on its way to <paramref name="inner"/>; disposing it flushes the last line and leaves <paramref name="inner"/> open.</summary>
    public static StreamWriter Writer(Stream inner, Func<string, string> redact) =>
        new(new LineRedactingStream(inner, redact), new UTF8Encoding(false)) { NewLine = "\n" };

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            var end = buffer.IndexOf((byte)'\n');
            if (end < 0)
            {
                _line.Write(buffer);
                return;
            }

            _line.Write(buffer[..(end + 1)]);
            EmitLine();
            buffer = buffer[(end + 1)..];
        }
    }

    public override void Flush()
    {
        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _line.Length > 0)
        {
            EmitLine();
        }

        if (disposing)
        {
            inner.Flush();
        }

        base.Dispose(disposing);
    }

    private void EmitLine()
    {
        var text = Encoding.UTF8.GetString(_line.GetBuffer(), 0, (int)_line.Length);
        _line.SetLength(0);
        var newline = text.EndsWith('\n');
        var redacted = redact(newline ? text[..^1] : text) + (newline ? "\n" : string.Empty);
        inner.Write(Encoding.UTF8.GetBytes(redacted));
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
