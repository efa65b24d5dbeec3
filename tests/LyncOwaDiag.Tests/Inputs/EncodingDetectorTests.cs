using System.Text;
using LyncOwaDiag.Inputs;

namespace LyncOwaDiag.Tests.Inputs;

public class EncodingDetectorTests
{
    private const string Text = "TL_INFO(TF_PROTOCOL) [0]0A1C.0B2D::05/14/2013-09:21:07.412 (C,F:f.cpp(1))";

    public static TheoryData<byte[], TextEncoding, int> Cases => new()
    {
        { Encoding.UTF8.GetBytes(Text), TextEncoding.Utf8, 0 },
        { [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)], TextEncoding.Utf8Bom, 3 },
        { [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Text)], TextEncoding.Utf16LeBom, 2 },
        { [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Text)], TextEncoding.Utf16BeBom, 2 },
        { Encoding.Unicode.GetBytes(Text), TextEncoding.Utf16LeNoBom, 0 },
        { Encoding.BigEndianUnicode.GetBytes(Text), TextEncoding.Utf16BeNoBom, 0 },
        { [0xC3, 0x28, 0x41, 0x42], TextEncoding.Utf8, 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Detect_BomOrNulPatternOrUtf8(byte[] head, TextEncoding encoding, int bom) =>
        Assert.Equal((encoding, bom), EncodingDetector.Detect(head));

    [Fact]
    public void DecodeHead_InvalidUtf8_NeverThrows() =>
        Assert.Equal("\uFFFD(AB", EncodingDetector.DecodeHead([0xC3, 0x28, 0x41, 0x42], TextEncoding.Utf8, 0));
}
