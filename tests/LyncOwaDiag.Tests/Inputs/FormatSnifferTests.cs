using System.Text;
using LyncOwaDiag.Inputs;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Tests.Inputs;

public class FormatSnifferTests
{
    [Theory]
    [InlineData("TL_INFO(TF_PROTOCOL) [0]0A1C.0B2D::05/14/2013-09:21:07.412 (C,F:f.cpp(1))$$begin_record\n", InputFormat.SipStack)]
    [InlineData("Search results\r\n\r\nTL_WARN(TF_DIAG) [a\\B]1.2::05/14/2013-09:21:07.412 (C,F:f.cpp(1)) [1] $$begin_record\r\n", InputFormat.SipStack)]
    [InlineData("#Software: Microsoft Exchange Server\r\n#Version: 15.0.0.0\r\n#Log-type: Sync Logs\r\n", InputFormat.ExchangeLog)]
    [InlineData("<?xml version=\"1.0\"?>\n<configuration><appSettings/></configuration>", InputFormat.WebConfig)]
    [InlineData("<Events><Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'></Event></Events>", InputFormat.EventXml)]
    [InlineData("{ \"host\": \"MBX01\", \"collectedAt\": \"2013-05-14T09:00:00Z\" }", InputFormat.Manifest)]
    [InlineData("Event[0]:\r\n  Log Name: Application\r\n", InputFormat.WevtutilText)]
    [InlineData("Level,Date and Time,Source,Event ID,Task Category\r\n", InputFormat.EventCsv)]
    [InlineData("\r\nName                : owa (Default Web Site)\r\nInstantMessagingType : Ocs\r\n", InputFormat.FormatList)]
    [InlineData("ERROR: The system was unable to find the specified registry key or value.\r\n", InputFormat.RegQuery)]
    [InlineData("just some words\nand more\n", InputFormat.Unknown)]
    [InlineData("Times: prose with a colon\nNote: more prose\nand a line\n", InputFormat.Unknown)]
    [InlineData("   \r\n\r\n", InputFormat.Empty)]
    [InlineData("", InputFormat.Empty)]
    public void Text_IsRecognisedByContent(string content, InputFormat expected) =>
        Assert.Equal(expected, FormatSniffer.Sniff(Encoding.UTF8.GetBytes(content)).Format);

    [Fact]
    public void BinaryMagic_IsRecognised()
    {
        Assert.Equal(InputFormat.Evtx, FormatSniffer.Sniff("ElfFile\0rest"u8).Format);
        Assert.Equal(InputFormat.EvtxDisplayInformation, FormatSniffer.Sniff("MTAFile\0rest"u8).Format);
        Assert.Equal(InputFormat.Zip, FormatSniffer.Sniff("PK\u0003\u0004rest"u8).Format);
    }

    [Fact]
    public void BinaryJunkNamedLog_IsBinaryNotText()
    {
        var junk = new byte[4096];
        new Random(3).NextBytes(junk);
        Assert.Equal(InputFormat.Binary, FormatSniffer.Sniff(junk).Format);
    }

    [Fact]
    public void Utf16WithoutBom_IsStillRecognised()
    {
        var bytes = Encoding.Unicode.GetBytes("TL_INFO(TF_PROTOCOL) [0]0A1C.0B2D::05/14/2013-09:21:07.412 (C,F:f.cpp(1))$$begin_record\r\n");
        var sniff = FormatSniffer.Sniff(bytes);
        Assert.Equal((InputFormat.SipStack, TextEncoding.Utf16LeNoBom), (sniff.Format, sniff.Encoding));
    }
}
