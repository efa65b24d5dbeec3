using System.Text;
using LyncOwaDiag.Parsing.Framing;

namespace LyncOwaDiag.Tests.Parsing.Framing;

public class Utf8LineReaderTests
{
    private static List<(string Text, long Number, long Offset, long Cut)> ReadAll(byte[] bytes, int maxLine = Utf8LineReader.DefaultMaxLineBytes, long start = 0)
    {
        var result = new List<(string, long, long, long)>();
        using var reader = new Utf8LineReader(new MemoryStream(bytes), start, maxLine);
        while (reader.ReadLine(out var line))
        {
            result.Add((Encoding.UTF8.GetString(line), reader.LineNumber, reader.LineOffset, reader.TruncatedBytes));
        }

        return result;
    }

    [Fact]
    public void CrLfLfAndMissingFinalNewline_GiveLinesWithOffsets()
    {
        var lines = ReadAll(Encoding.UTF8.GetBytes("one\r\ntwo\nthree"));
        Assert.Equal([("one", 1L, 0L, 0L), ("two", 2L, 5L, 0L), ("three", 3L, 9L, 0L)], lines);
    }

    [Fact]
    public void EmptyInput_HasNoLines() => Assert.Empty(ReadAll([]));

    [Fact]
    public void StartOffset_CountsTheBom() => Assert.Equal(3, ReadAll("a\n"u8.ToArray(), start: 3)[0].Offset);

    [Fact]
    public void LinesLongerThanTheBuffer_AreWhole()
    {
        var longLine = new string('x', 700_000);
        var lines = ReadAll(Encoding.UTF8.GetBytes(longLine + "\nnext\n"));
        Assert.Equal(longLine, lines[0].Text);
        Assert.Equal(("next", 2L, 700_001L, 0L), lines[1]);
    }

    [Fact]
    public void OverlongLine_IsCutAndTheRestSkipped_NextLineIntact()
    {
        var lines = ReadAll(Encoding.UTF8.GetBytes(new string('y', 5000) + "\nafter\n"), maxLine: 1024);
        Assert.Equal(2, lines.Count);
        Assert.Equal(1024, lines[0].Text.Length);
        Assert.Equal(5000 - 1024 + 1, lines[0].Cut);
        Assert.Equal(("after", 2L, 5001L, 0L), lines[1]);
    }
}
