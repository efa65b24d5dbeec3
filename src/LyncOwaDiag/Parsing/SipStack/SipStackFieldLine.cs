namespace LyncOwaDiag.Parsing.SipStack;

/// <summary>Recognises a <c>Key: value</c> line inside a record without allocating (the grammar's fast twin).</summary>
internal static class SipStackFieldLine
{
    public static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';

    private static bool IsNameByte(byte b) => b < 0x80 && IsNameChar((char)b);

    /// <summary>Splits <paramref name="line"/> into a field name and a trimmed value, if it is a field line.</summary>
    public static bool TrySplit(ReadOnlySpan<byte> line, out ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        var i = 0;
        while (i < line.Length && IsNameByte(line[i]))
        {
            i++;
        }

        if (i == 0 || i >= line.Length || line[i] != (byte)':')
        {
            name = default;
            value = default;
            return false;
        }

        name = line[..i];
        value = line[(i + 1)..].Trim(" \t"u8);
        return true;
    }
}
