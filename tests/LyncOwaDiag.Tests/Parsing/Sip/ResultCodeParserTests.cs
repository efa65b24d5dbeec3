using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing.Sip;

namespace LyncOwaDiag.Tests.Parsing.Sip;

public class ResultCodeParserTests
{
    [Theory]
    [InlineData("0xc3e93d67 SIPPROXY_E_ROUTING_MSG_CERT_MISMATCH", 0xC3E93D67u, "SIPPROXY_E_ROUTING_MSG_CERT_MISMATCH", null)]
    [InlineData("0xC3E93C5E(SIPPROXY_E_ROUTING)", 0xC3E93C5Eu, "SIPPROXY_E_ROUTING", null)]
    [InlineData("0x80090322(SEC_E_WRONG_PRINCIPAL)", 0x80090322u, "SEC_E_WRONG_PRINCIPAL", null)]
    [InlineData("10061(WSAECONNREFUSED)", 0x8007274Du, "WSAECONNREFUSED", 10061)]
    [InlineData("10060", 0x8007274Cu, "WSAETIMEDOUT", 10060)]
    [InlineData("0x80090325", 0x80090325u, "SEC_E_UNTRUSTED_ROOT", null)]
    public void AllPrintedForms_NormaliseToOneValueWithItsName(string text, uint value, string name, int? win32)
    {
        Assert.True(ResultCodeParser.TryParse(text, out var code));
        Assert.Equal(new ResultCode(value, name, win32), code);
    }

    [Theory]
    [InlineData("Text: cannot route Result-Code: 0xc3e93d67 SIPPROXY_E_ROUTING_MSG_CERT_MISMATCH", 0xC3E93D67u)]
    [InlineData("( 0A ) Exit - route headers from untrusted source. Result 0xC3E93C5E(SIPPROXY_E_ROUTING)", 0xC3E93C5Eu)]
    [InlineData("TLS failed HRESULT=\"0x80090325(SEC_E_UNTRUSTED_ROOT)\"", 0x80090325u)]
    public void Find_InFreeText(string text, uint value)
    {
        Assert.True(ResultCodeParser.TryFind(text, out var code));
        Assert.Equal(value, code.Value);
    }

    [Theory]
    [InlineData("Result of the lookup is 42 entries")]
    [InlineData("no code here")]
    public void Find_IgnoresTextThatIsNoCode(string text) => Assert.False(ResultCodeParser.TryFind(text, out _));
}

public class ResultCodeScannerDifferentialTests
{
    private const string Alphabet = "0123456789abcdefxXABCDEFGHIJKLMNOPQRSTUVWXYZ_() \t\"";

    [Theory]
    [InlineData("0xc3e93d67 SIPPROXY_E_ROUTING_MSG_CERT_MISMATCH")]
    [InlineData("0xC3E93C5E(SIPPROXY_E_ROUTING)")]
    [InlineData("0xC3E93C5E1")]
    [InlineData("0xC3(SIPPROXY")]
    [InlineData("0x")]
    [InlineData("0")]
    [InlineData("10061 (WSAECONNREFUSED)  ")]
    [InlineData("10061(wsa)")]
    [InlineData("1234567890")]
    public void Scanner_EqualsGrammar(string text) => AssertSame(text);

    [Fact]
    public void MutatedCodes_ScannerEqualsGrammar()
    {
        var random = new Random(99);
        string[] seeds = ["0xc3e93d67 SIPPROXY_E_ROUTING_MSG_CERT_MISMATCH", "0x80090322(SEC_E_WRONG_PRINCIPAL)", "10061(WSAECONNREFUSED)", "0x8007274D"];
        for (var i = 0; i < 20000; i++)
        {
            var text = new System.Text.StringBuilder(seeds[random.Next(seeds.Length)]);
            for (var edits = random.Next(1, 4); edits > 0 && text.Length > 0; edits--)
            {
                var at = random.Next(text.Length);
                var c = Alphabet[random.Next(Alphabet.Length)];
                _ = random.Next(3) switch { 0 => text.Remove(at, 1), 1 => text.Insert(at, c), _ => text.Replace(text[at], c, at, 1) };
            }

            AssertSame(text.ToString());
        }
    }

    private static void AssertSame(string text)
    {
        var fast = ResultCodeParser.TryParse(text, out var scanned);
        var slow = ResultCodeParser.TryParseWithGrammar(text, out var parsed);
        Assert.True(fast == slow, $"scanner {fast}, grammar {slow}: '{text}'");
        Assert.Equal(parsed, scanned);
    }
}
