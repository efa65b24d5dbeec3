using LyncOwaDiag.Parsing.EventLog.Evtx;

namespace LyncOwaDiag.Tests.Parsing.EventLog;

/// <summary>Every EVTX value type renders as [MS-EVEN6] §2.2.12.3 says.</summary>
public class BinXmlValueTextTests
{
    public static TheoryData<byte, byte[], string> Scalars => new()
    {
        { 0x00, [], "" },
        { 0x01, "k\0i\0m\0\0\0"u8.ToArray(), "kim" },
        { 0x02, "abc\0"u8.ToArray(), "abc" },
        { 0x03, [0xFF], "-1" },
        { 0x04, [0xFF], "255" },
        { 0x05, [0xFE, 0xFF], "-2" },
        { 0x06, [0x70, 0x00], "112" },
        { 0x07, [0xFF, 0xFF, 0xFF, 0xFF], "-1" },
        { 0x08, [0x5C, 0x38, 0x00, 0x00], "14428" },
        { 0x09, BitConverter.GetBytes(-5L), "-5" },
        { 0x0A, BitConverter.GetBytes(20411UL), "20411" },
        { 0x0B, BitConverter.GetBytes(1.5f), "1.5" },
        { 0x0C, BitConverter.GetBytes(2.25), "2.25" },
        { 0x0D, [1, 0, 0, 0], "true" },
        { 0x0E, [0xDE, 0xAD], "DEAD" },
        { 0x0F, new Guid("71a551f5-0b2d-4c8f-9a2e-4f0c1d2e3f40").ToByteArray(), "{71A551F5-0B2D-4C8F-9A2E-4F0C1D2E3F40}" },
        { 0x10, BitConverter.GetBytes(0x1AUL), "0x000000000000001a" },
        { 0x11, BitConverter.GetBytes(new DateTime(2013, 5, 14, 9, 20, 58, 638, DateTimeKind.Utc).ToFileTimeUtc()), "2013-05-14T09:20:58.6380000Z" },
        { 0x12, [0xDD, 0x07, 0x05, 0x00, 0x02, 0x00, 0x0E, 0x00, 0x09, 0x00, 0x14, 0x00, 0x3A, 0x00, 0x7E, 0x02], "2013-05-14T09:20:58.638Z" },
        { 0x13, [1, 2, 0, 0, 0, 0, 0, 5, 0x20, 0, 0, 0, 0x20, 0x02, 0, 0], "S-1-5-32-544" },
        { 0x14, [0x25, 0x03, 0x09, 0x80], "0x80090325" },
        { 0x15, BitConverter.GetBytes(0x80000000000000UL), "0x80000000000000" },
    };

    [Theory]
    [MemberData(nameof(Scalars))]
    public void Scalar_RendersAsTheSpecSays(byte type, byte[] bytes, string expected) =>
        Assert.Equal(expected, BinXmlValueText.Scalar(type, bytes));

    [Fact]
    public void Arrays_StringsSplitOnNul_FixedSizeValuesOneEach()
    {
        var strings = System.Text.Encoding.Unicode.GetBytes("a\0b\0");
        Assert.Equal(["a", "b"], BinXmlValueText.Render(strings, new BinXmlValue(0x81, 0, strings.Length)));
        byte[] words = [1, 0, 2, 0, 3, 0];
        Assert.Equal(["1", "2", "3"], BinXmlValueText.Render(words, new BinXmlValue(0x86, 0, words.Length)));
    }

    [Fact]
    public void InvalidTimes_AreSaidNotThrown()
    {
        Assert.StartsWith("(invalid FILETIME", BinXmlValueText.Scalar(0x11, BitConverter.GetBytes(long.MaxValue)), StringComparison.Ordinal);
        Assert.StartsWith("(invalid SYSTEMTIME", BinXmlValueText.Scalar(0x12, new byte[16]), StringComparison.Ordinal);
    }
}
