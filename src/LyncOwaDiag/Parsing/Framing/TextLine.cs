namespace LyncOwaDiag.Parsing.Framing;

/// <summary>A decoded line with its 1-based number and byte offset, for the readers of small line-based formats.</summary>
internal readonly record struct TextLine(long Number, long Offset, string Text)
{
    /// <summary>The lines of a UTF-8 stream, decoded leniently; for hot paths use <see cref="Utf8LineReader"/> itself.</summary>
    public static IEnumerable<TextLine> Read(Stream utf8Text, long startOffset)
    {
        using var lines = new Utf8LineReader(utf8Text, startOffset);
        while (true)
        {
            var line = Next(lines);
            if (line is null)
            {
                yield break;
            }

            yield return line.Value;
        }
    }

    private static TextLine? Next(Utf8LineReader lines) =>
        lines.ReadLine(out var bytes) ? new TextLine(lines.LineNumber, lines.LineOffset, Utf8Text.Decode(bytes)) : null;
}
