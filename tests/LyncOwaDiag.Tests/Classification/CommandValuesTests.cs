using LyncOwaDiag.Classification.Commands;
using LyncOwaDiag.Classification.Matching;

namespace LyncOwaDiag.Tests.Classification;

/// <summary>A fix command is code handed to an admin: a value from the bundle goes in validated for what it is, and quoted.</summary>
public class CommandValuesTests
{
    [Theory]
    [InlineData("atl-mbx-001.litwareinc.com", CommandValueKind.Fqdn, true)]
    [InlineData("ATL-MBX-001", CommandValueKind.Host, true)]
    [InlineData("ATL-MBX-001", CommandValueKind.Fqdn, false)]
    [InlineData("atl-cs-001.litw\u0430reinc.com", CommandValueKind.Fqdn, false)] // a Cyrillic look-alike
    [InlineData("x.com -Registrar evil.com", CommandValueKind.Fqdn, false)]
    [InlineData("-Force", CommandValueKind.Host, false)]
    [InlineData("a.contoso.com,b.contoso.com", CommandValueKind.Fqdn, false)]
    [InlineData("1", CommandValueKind.Integer, true)]
    [InlineData("1 $(Remove-Item -Recurse -Force C:\\Windows)", CommandValueKind.Integer, false)]
    [InlineData("7A3F9C2E5D1B4A6F8E0C2B4D6F8A0C2E4B6D8F01", CommandValueKind.Thumbprint, true)]
    [InlineData("7A3F9C2E5D1B4A6F8E0C2B4D6F8A0C2E4B6D8F0", CommandValueKind.Thumbprint, false)]
    [InlineData("dana@litwareinc.com", CommandValueKind.Address, true)]
    [InlineData("o'brien@litwareinc.com", CommandValueKind.Address, true)]
    [InlineData("CN=Dana,OU=Users,DC=litwareinc,DC=com", CommandValueKind.Address, false)]
    [InlineData("Atlanta SIP Dial Plan", CommandValueKind.Name, true)]
    [InlineData("Default$(Start-Process calc)", CommandValueKind.Name, true)] // valid text: it will be single-quoted
    [InlineData("a\nb", CommandValueKind.Name, false)]
    [InlineData("a\u202Eb", CommandValueKind.Name, false)]
    [InlineData("IMServerName", CommandValueKind.XmlKey, true)]
    [InlineData("IMServerName\" value=\"x", CommandValueKind.XmlKey, false)]
    public void Validate_ByKind(string value, CommandValueKind kind, bool valid) =>
        Assert.Equal(valid, CommandValue.Validate(value, kind) is null);

    [Fact]
    public void FillCommand_QuotesValues_AndKeepsAnInvalidOneOut_SayingWhy()
    {
        string? Lookup(string name) => name switch
        {
            "owaFqdn" => "x.com -Registrar evil.com; Remove-Item C:\\ -Recurse",
            "pool" => "atl-cs-001.litwareinc.com",
            "policy" => "Default'; Start-Process calc; '",
            "siteId" => "1",
            _ => null,
        };
        var refused = new List<string>();

        var command = Placeholders.FillCommand("New-CsTrustedApplicationPool -Identity {owaFqdn|<OWA server FQDN>} -Registrar {pool} -Site {siteId}; Remove-CsTrustedApplication -Identity {pool}/OutlookWebApp; Set-OwaMailboxPolicy -Identity '{policy}'", Lookup, refused);

        Assert.Equal("New-CsTrustedApplicationPool -Identity <OWA server FQDN> -Registrar 'atl-cs-001.litwareinc.com' -Site '1'; Remove-CsTrustedApplication -Identity atl-cs-001.litwareinc.com/OutlookWebApp; Set-OwaMailboxPolicy -Identity 'Default''; Start-Process calc; '''", command);
        Assert.Equal("{owaFqdn} from the bundle was not used: it is not a valid FQDN (it holds ' ')", Assert.Single(refused));
    }

    [Fact]
    public void FillCommand_EscapesAWebConfigValue_ForItsXmlAttribute()
    {
        var command = Placeholders.FillCommand("<add key=\"{key|IMServerName}\" value=\"{value}\"/>", n => n == "value" ? "a\" /><add key=\"EnableIMForOwaPremium\" value=\"false" : null);

        Assert.Equal("<add key=\"IMServerName\" value=\"a&quot; /&gt;&lt;add key=&quot;EnableIMForOwaPremium&quot; value=&quot;false\"/>", command);
    }

    [Fact]
    public void ARefusedValue_NeverFallsBackToADefaultThatNamesAnotherObject()
    {
        // {policy|Default}: the bundle named a policy whose name cannot be used; 'Default' is another policy.
        var command = Placeholders.FillCommand("Set-OwaMailboxPolicy -Identity '{policy|Default}' -InstantMessagingEnabled $True", _ => "Ev\u202Eil");

        Assert.Equal("Set-OwaMailboxPolicy -Identity '<policy>' -InstantMessagingEnabled $True", command);
    }

    [Fact]
    public void AValueInsideDoubleQuotes_TakesNoSingleQuote_ThatCouldEndANestedFilterString()
    {
        var refused = new List<string>();

        var command = Placeholders.FillCommand("Get-OwaMailboxPolicy -Filter \"Name -eq '{policy}'\"", _ => "Default' -or Name -like '*", refused);

        Assert.Equal("Get-OwaMailboxPolicy -Filter \"Name -eq '<policy>'\"", command);
        Assert.Single(refused);
    }
}
