namespace LyncOwaDiag.Parsing;

/// <summary>
/// Remembers the last UTF-8 value of one field and its string, so that a value repeated on consecutive lines
/// costs a byte comparison instead of a decode and a pool lookup.
/// </summary>
internal sealed class RepeatCache(StringPool pool)
{
    private const int MaxBytes = 256;
    private readonly byte[] _bytes = new byte[MaxBytes];
    private int _length = -1;
    private string _value = string.Empty;

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (_length == utf8.Length && utf8.SequenceEqual(_bytes.AsSpan(0, _length)))
        {
            return _value;
        }

        _value = pool.Get(utf8);
        if (utf8.Length <= MaxBytes)
        {
            utf8.CopyTo(_bytes);
            _length = utf8.Length;
        }
        else
        {
            _length = -1;
        }

        return _value;
    }
}
