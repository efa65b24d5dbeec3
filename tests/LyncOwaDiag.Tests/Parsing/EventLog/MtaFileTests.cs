using LyncOwaDiag.Parsing.EventLog.Evtx;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Parsing.EventLog;

public class MtaFileTests
{
    private static byte[] Sample() => File.ReadAllBytes(Path.Combine(RepoPaths.Shared, "real-samples", "evtx", "LocaleMetaData", "mta_test_1033.MTA"));

    [Fact]
    public void RealFile_MapsEveryRecordToItsFormattedMessage()
    {
        var (messages, problem) = MtaFile.Read(new MemoryStream(Sample()));
        Assert.Null(problem);
        Assert.Equal(239, messages.Count);
        Assert.Equal("Package KB5071959 was successfully changed to the Installed state.", messages[messages.Keys.Max()]);
        Assert.DoesNotContain(messages.Values, m => m.Contains("%1", StringComparison.Ordinal));
    }

    [Theory]
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

    [Fact]
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
}
