using System.Text;

namespace LyncOwaDiag.Parsing;

/// <summary>UTF-8 decoding that never throws: invalid bytes become U+FFFD.</summary>
internal static class Utf8Text
{
    private static readonly Encoding Lenient =
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static string Decode(ReadOnlySpan<byte> bytes) => bytes.IsEmpty ? string.Empty : Lenient.GetString(bytes);
}
