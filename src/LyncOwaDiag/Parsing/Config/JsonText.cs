using System.Text.Json;

namespace LyncOwaDiag.Parsing.Config;

/// <summary>
/// Reads a small JSON document with the line of every value, which JsonDocument does not keep: a Utf8JsonReader pass
/// that counts line breaks as it goes. Documents over the cap are refused rather than loaded.
/// </summary>
internal static class JsonText
{
    public const int MaxBytes = 64 * 1024 * 1024;

    public static byte[] ReadAll(Stream stream) => ReadAll(stream, MaxBytes);

    /// <summary>Reads a whole small input, refusing one larger than <paramref name="maxBytes"/>.</summary>
    public static byte[] ReadAll(Stream stream, int maxBytes)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (memory.Length + read > maxBytes)
            {
                throw new InvalidDataException($"larger than {maxBytes / (1024 * 1024)} MiB; not read");
            }

            memory.Write(buffer, 0, read);
        }

        return memory.ToArray();
    }

    /// <summary>1-based line of a byte offset, counting from a previous position to stay linear.</summary>
    public sealed class LineCounter(byte[] bytes)
    {
        private int _position;
        private long _line = 1;

        public long LineAt(long offset)
        {
            for (; _position < offset && _position < bytes.Length; _position++)
            {
                if (bytes[_position] == (byte)'\n')
                {
                    _line++;
                }
            }

            return _line;
        }
    }

    public static JsonReaderOptions Options => new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };
}
