using LyncOwaDiag.Reporting;
using static LyncOwaDiag.Tests.Support.ClassifySome;

namespace LyncOwaDiag.Tests.Reporting;

/// <summary>What <c>--redact</c> hides in a line of log text, and what it must leave readable.</summary>
public class RedactorTests
{
    private static Redactor LearnedFrom(params string[] lines)
    {
        var redactor = new Redactor();
        foreach (var line in lines)
        {
            redactor.Learn(ImRow("sign-in-failed", line, host: "ATL-MBX-001"));
        }

        return redactor;
    }

    [Theory]
    [InlineData("account CORP\\kim and corp\\pilar", "kim", "pilar", "CORP")]
    [InlineData("share \\\\FILESRV07\\logs", "FILESRV07")]
    [InlineData("SID S-1-5-21-1004336348-1177238915-682003330-512 and S-1-12-1-1234567-7654321", "1004336348", "1234567")]
    [InlineData("GUID {6f9619ff-8b86-d011-b42d-00c04fc964ff} and 6f9619ff8b86d011b42d00c04fc964fe", "6f9619ff")]
    [InlineData("peer [fd12:3456::1%12]:5061 and ::ffff:10.1.2.3", "fd12:3456", "10.1.2.3")]
    [InlineData("profile C:\\Users\\jsmith\\AppData", "jsmith")]
    [InlineData("partner lyncfe01.corp.fabrikam.lab answered", "fabrikam", "lyncfe01")]
    [InlineData("collected as LyncOwaDiag-ATL-MBX-001-20191119.zip", "ATL-MBX-001")]
    [InlineData("thumbprint 7a 3f 9c 12 ab cd ef 01 23 45 67 89 0a bc de f0 12 34 56 78 and 7A:3F:9C:12:AB:CD:EF:01:23:45:67:89:0A:BC:DE:F0:12:34:56:79", "7a 3f 9c", "7A:3F:9C", "56 78", "56:79")]
    [InlineData("Lyncserver=lyncpool01.partnerdomain.com and atl-cs-001.partne… account LITW…", "partne", "LITW")]
    public void Identifiers_AreHidden(string line, params string[] hidden)
    {
        var redacted = LearnedFrom(line).Redact(line);

        Assert.All(hidden, h => Assert.DoesNotContain(h, redacted, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("user 4a8b@10.0.0.1 at 2013-05-14 10:07:00 and 09:23:10.000Z", "10:07:00", "09:23:10.000Z")]
    [InlineData("at [System.Environment]::Exit and Class::Add", "[System.Environment]::Exit", "Class::Add")]
    [InlineData("mail.litwareinc.com answers e-mail under Logging\\OWA\\InstantMessaging for owa.im.error", "e-mail", "Logging\\OWA\\InstantMessaging", "owa.im.error")]
    [InlineData("sip.litwareinc.com serves sip:kim@litwareinc.com", "sip:")]
    [InlineData("see https://technet.microsoft.com/en-us/library/JJ688055", "https://technet.microsoft.com/en-us/library/JJ688055")]
    [InlineData("NT AUTHORITY\\SYSTEM and BUILTIN\\Administrators", "AUTHORITY\\SYSTEM", "BUILTIN\\Administrators")]
    public void ReadableText_StaysReadable(string line, params string[] kept)
    {
        var redacted = LearnedFrom(line).Redact(line);

        Assert.All(kept, k => Assert.Contains(k, redacted, StringComparison.Ordinal));
    }

    [Fact]
    public void AThumbprintInPairs_HasTheSamePseudonymAsWrittenWhole_InPairsAgain()
    {
        var redactor = LearnedFrom("x");

        var whole = redactor.Redact("7A3F9C12ABCDEF01234567890ABCDEF012345678");
        var pairs = redactor.Redact("thumbprint 7a 3f 9c 12 ab cd ef 01 23 45 67 89 0a bc de f0 12 34 56 78.");

        Assert.Matches("^[0-9A-F]{40}$", whole);
        Assert.Equal($"thumbprint {string.Join(' ', whole.Chunk(2).Select(p => new string(p)))}.", pairs);
        Assert.Equal($"as {string.Join(':', whole.Chunk(2).Select(p => new string(p)))}", redactor.Redact("as 7A:3F:9C:12:AB:CD:EF:01:23:45:67:89:0A:BC:DE:F0:12:34:56:78"));
        // Twenty pairs make a thumbprint; a MAC address or a short hex dump is left alone.
        Assert.Equal("mac 00 15 5d 01 02 03", redactor.Redact("mac 00 15 5d 01 02 03"));
    }

    [Fact]
    public void TheInputFolders_BecomeAliases()
    {
        var redactor = new Redactor();
        redactor.AliasPath("/cases/Contoso-ticket-4711", "input1");

        Assert.Equal("input1/ATL/web.config:9", redactor.Redact("/cases/Contoso-ticket-4711/ATL/web.config:9"));
    }
}
