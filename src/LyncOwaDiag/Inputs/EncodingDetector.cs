using System.Text;

namespace LyncOwaDiag.Inputs;

/// <summary>
/// Decides a file's encoding from its first bytes: a BOM if there is one, else UTF-16 by the pattern of NUL bytes
/// that ASCII text leaves in it, else UTF-8 (decoded leniently, never throwing).
/// </summary>
internal static class EncodingDetector
{
    public static (TextEncoding Encoding, int BomLength) Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (TextEncoding.Utf8Bom, 3);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (TextEncoding.Utf16LeBom, 2);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (TextEncoding.Utf16BeBom, 2);
        }

        var pairs = Math.Min(head.Length, 4096) / 2;
        if (pairs >= 2)
        {
            int evenNul = 0, oddNul = 0;
            for (var i = 0; i < pairs; i++)
            {
                if (head[2 * i] == 0)
                {
                    evenNul++;
                }

                if (head[(2 * i) + 1] == 0)
                {
                    oddNul++;
                }
            }

            // ASCII in UTF-16LE puts a NUL in every odd byte; text in UTF-8 has none at all.
            if (oddNul >= pairs * 0.6 && evenNul <= pairs * 0.05)
            {
                return (TextEncoding.Utf16LeNoBom, 0);
            }

            if (evenNul >= pairs * 0.6 && oddNul <= pairs * 0.05)
            {
                return (TextEncoding.Utf16BeNoBom, 0);
            }
        }

        return (TextEncoding.Utf8, 0);
    }

    public static Encoding? Utf16(TextEncoding encoding) => encoding switch
    {
        TextEncoding.Utf16LeBom or TextEncoding.Utf16LeNoBom => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false),
        TextEncoding.Utf16BeBom or TextEncoding.Utf16BeNoBom => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false),
        _ => null,
    };

    public static string Describe(TextEncoding encoding) => encoding switch
    {
        TextEncoding.Utf8 => "UTF-8",
        TextEncoding.Utf8Bom => "UTF-8 with BOM",
        TextEncoding.Utf16LeBom => "UTF-16LE with BOM",
        TextEncoding.Utf16BeBom => "UTF-16BE with BOM",
        TextEncoding.Utf16LeNoBom => "UTF-16LE without BOM",
        TextEncoding.Utf16BeNoBom => "UTF-16BE without BOM",
        _ => encoding.ToString(),
    };

    /// <summary>Decodes the head of a file for sniffing; never throws.</summary>
    public static string DecodeHead(ReadOnlySpan<byte> head, TextEncoding encoding, int bomLength)
    {
        var body = head[bomLength..];
        var utf16 = Utf16(encoding);
        if (utf16 is not null)
        {
            return utf16.GetString(body[..(body.Length & ~1)]);
        }

        return new UTF8Encoding(false, false).GetString(body);
    }
}
