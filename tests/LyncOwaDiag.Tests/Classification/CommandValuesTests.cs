using LyncOwaDiag.Classification.Matching;

namespace LyncOwaDiag.Tests.Classification;

/// <summary>A fix command is code handed to an admin: a value from the bundle goes in only when it cannot change the command.</summary>
public class CommandValuesTests
{
    [Theory]
    [InlineData("atl-mbx-001.litwareinc.com", false, true)]
    [InlineData("sip:dana@litwareinc.com", false, true)]
    [InlineData("7A3F9C2E5D1B4A6F8E0C2B4D6F8A0C2E4B6D8F01", false, true)]
    [InlineData("Atlanta SIP Dial Plan", false, false)]
    [InlineData("Atlanta SIP Dial Plan", true, true)]
    [InlineData("ATL-MBX-001\\owa (Default Web Site)", true, true)]
    [InlineData("x.com -Registrar evil.com", false, false)]
    [InlineData("-Force", false, false)]
    [InlineData("a; Remove-Item C:\\ -Recurse", true, false)]
    [InlineData("$(calc)", true, false)]
    [InlineData("a`nb", true, false)]
    [InlineData("a\"b", true, false)]
    [InlineData("a\u201Cb", true, false)]
    [InlineData("a\nb", true, false)]
    [InlineData("a\u202Eb", true, false)]
    [InlineData("x & y", true, false)]
    [InlineData("ex15-mbx-02.contoso.com,%COMSPEC%", false, false)]
    [InlineData("a.contoso.com,b.contoso.com", false, false)]
    public void IsSafe_WhereItStands(string value, bool quoted, bool safe) => Assert.Equal(safe, CommandValues.IsSafe(value, quoted));

    [Fact]
    public void FillCommand_KeepsAnUnsafeValueOut_AndTheDefaultStands()
    {
        string? Lookup(string name) => name switch
        {
            "host" => "x.com -Registrar evil.com; Remove-Item C:\\ -Recurse",
            "pool" => "atl-cs-001.litwareinc.com",
            "plan" => "Atlanta SIP Dial Plan",
            _ => null,
        };

        var command = Placeholders.FillCommand("New-CsTrustedApplicationPool -Identity {host|<OWA server FQDN>} -Registrar {pool} -Plan \"{plan}\" -Other {plan}", Lookup);

        Assert.Equal("New-CsTrustedApplicationPool -Identity <OWA server FQDN> -Registrar atl-cs-001.litwareinc.com -Plan \"Atlanta SIP Dial Plan\" -Other <plan>", command);
    }
}
