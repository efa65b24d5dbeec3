using System.Text;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>Turns text into the bytes a Windows tool would have saved (CRLF line ends, the encoding's BOM).</summary>
internal static class TextEncodings
{
    /// <summary>The bytes of <paramref name="text"/> with Windows line ends, saved as <paramref name="encoding"/>.</summary>
    public static byte[] Bytes(string text, TextEncoding encoding)
    {
        var crlf = text.ReplaceLineEndings("\r\n");
        return encoding switch
        {
            TextEncoding.Utf8 => Encoding.UTF8.GetBytes(crlf),
            TextEncoding.Utf8Bom => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(crlf)],
            TextEncoding.Utf16LeBom => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(crlf)],
            _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
        };
    }
}
