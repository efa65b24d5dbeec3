namespace LyncOwaDiag.Inputs;

/// <summary>Opens an input's text as UTF-8 bytes after any BOM, transcoding UTF-16 files on the fly.</summary>
internal static class TextInput
{
    public static byte[] ReadHead(InputFile file)
    {
        using var stream = file.Open();
        var buffer = new byte[FormatSniffer.HeadBytes];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer[..read];
    }

    public static Stream OpenUtf8(InputFile file, SniffResult sniff) => OpenUtf8(file, sniff, out _);

    /// <param name="raw">The file's own stream under any transcoding: its length is the file's size now.</param>
    public static Stream OpenUtf8(InputFile file, SniffResult sniff, out Stream raw)
    {
        var stream = raw = file.Open();
        try
        {
            if (sniff.BomLength > 0)
            {
                Span<byte> bom = stackalloc byte[sniff.BomLength];
                stream.ReadExactly(bom);
            }

            var utf16 = EncodingDetector.Utf16(sniff.Encoding);
            return utf16 is null
                ? stream
                : System.Text.Encoding.CreateTranscodingStream(stream, utf16, new System.Text.UTF8Encoding(false), leaveOpen: false);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
