using LyncOwaDiag.Parsing.EventLog.Evtx;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Parsing.EventLog;

public class MtaFileTests
{
    private static byte[] Sample() => File.ReadAllBytes(Path.Combine(RepoPaths.Shared, "real-samples", "evtx", "LocaleMetaData", "mta_test_1033.MTA"));

    [RealSampleFact]
    public void RealFile_MapsEveryRecordToItsFormattedMessage()
    {
        var (messages, problem) = MtaFile.Read(new MemoryStream(Sample()));
        Assert.Null(problem);
        Assert.Equal(239, messages.Count);
        Assert.Equal("Package KB5071959 was successfully changed to the Installed state.", messages[messages.Keys.Max()]);
        Assert.DoesNotContain(messages.Values, m => m.Contains("%1", StringComparison.Ordinal));
    }

    [RealSampleTheory]
    [InlineData(10)]
    [InlineData(200)]
    [InlineData(5000)]
    [InlineData(40000)]
    public void TruncatedFile_SaysWhy_AndNeverThrows(int length)
    {
        var (messages, problem) = MtaFile.Read(new MemoryStream(Sample()[..length]));
        Assert.Empty(messages);
        Assert.NotNull(problem);
    }

    [RealSampleFact]
    public void PageChainThatLoops_Ends()
    {
        var bytes = Sample();
        // Point the first EVT page's "next" back at itself while "self" says otherwise: a loop, not the last page.
        BitConverter.GetBytes(0L).CopyTo(bytes, 102 + 64 + 8);
        BitConverter.GetBytes(1L).CopyTo(bytes, 102 + 64 + 16);
        var (messages, problem) = MtaFile.Read(new MemoryStream(bytes));
        Assert.Null(problem);
        Assert.Equal(100, messages.Count);
    }

    // Found by fuzzing: sizes and offsets read from the file went negative or past its end and threw past the
    // reader. Each is now damage the reader names, and the EVTX beside it is read without display information.
    [RealSampleTheory]
    [InlineData("section name length", 24 + 16, 4, 0xFFFFFFE6UL)]
    [InlineData("first EVT entry offset", 102 + 88, 8, 0xFFFFFFFFFFFFFF00UL)]
    [InlineData("first EVT entry offset", 102 + 88, 8, 0x7FFFFFFFFFFFFFF0UL)]
    [InlineData("first EVT page's next page", 102 + 64 + 8, 8, 0x8000000000000000UL)]
    public void HostileSizeOrOffset_IsReportedAsDamage_NeverThrown(string field, int at, int width, ulong value)
    {
        var bytes = Sample();
        BitConverter.GetBytes(value).AsSpan(0, width).CopyTo(bytes.AsSpan(at));

        var (messages, problem) = MtaFile.Read(new MemoryStream(bytes));

        Assert.True(problem is not null, $"{field} = 0x{value:X}: no problem reported");
        Assert.Empty(messages);
    }

    [RealSampleFact]
    public void HostileRecordSize_IsReportedAsDamage_NeverThrown()
    {
        var bytes = Sample();
        var record = 102 + (int)BitConverter.ToInt64(bytes, 102 + 88);
        BitConverter.GetBytes(0xFFFFFFF0U).CopyTo(bytes, record + 4);

        var (messages, problem) = MtaFile.Read(new MemoryStream(bytes));

        Assert.NotNull(problem);
        Assert.Empty(messages);
    }

    [Fact]
    public void WrittenFile_ReadsBack_AcrossPages_EqualMessagesIncluded()
    {
        var records = Enumerable.Range(0, 250)
            .Select(i => ((ulong)(40_100 + i), i % 3 == 0 ? "The Exchange certificate was not found." : $"Event number {i}: naïve ünïcode ✓"))
            .ToList();

        var (messages, problem) = MtaFile.Read(new MemoryStream(MtaWriter.Write(records)));

        Assert.Null(problem);
        Assert.Equal(records.ToDictionary(r => (long)r.Item1, r => r.Item2), messages);
    }

    [RealSampleFact]
    public void WrittenFile_IsLaidOutAsTheRealOne()
    {
        var real = Sample();
        var written = MtaWriter.Write(Enumerable.Range(0, 239).Select(i => ((ulong)i, $"message {i % 40}")).ToList());

        // Header and section table: signature, version words, table size, three sections named EVT, MSG, PUB.
        Assert.Equal(real.AsSpan(0, 20).ToArray(), written.AsSpan(0, 20).ToArray());
        Assert.Equal(BitConverter.ToUInt32(real, 20), BitConverter.ToUInt32(written, 20));
        // Each EVT page's header (the last index it holds fourteen times between -1s, its number) and the first
        // entry's offset from the section start; the written pages are followed through their own chain.
        long realPage = 0, writtenPage = 0;
        for (var page = 0; page < 3; page++)
        {
            Assert.Equal(real.AsSpan(102 + (int)realPage, 72).ToArray(), written.AsSpan(102 + (int)writtenPage, 72).ToArray());
            Assert.Equal(BitConverter.ToInt64(real, 102 + (int)realPage + 88) - realPage, BitConverter.ToInt64(written, 102 + (int)writtenPage + 88) - writtenPage);
            realPage = BitConverter.ToInt64(real, 102 + (int)realPage + 72);
            writtenPage = BitConverter.ToInt64(written, 102 + (int)writtenPage + 72);
        }
    }
}
