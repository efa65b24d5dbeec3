using System.Globalization;
using LyncOwaDiag.Parsing.Config;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Parsing.Config;

public class FormatListReaderTests
{
    [Fact]
    public void PaddedNames_WrappedValues_Collections_EmptyValues()
    {
        var (facts, events, diagnostics) = ConfigRead.Text(FormatListReader.Read,
            "\r\nInstantMessagingServerName            :\r\nInstantMessagingType                  : None\r\nInternalAuthenticationMethods         : {Basic, Fba,\r\n" +
            "                                        Ntlm}\r\nMetabasePath                          : IIS://ATL-MBX-001.litwareinc.com/W3SVC/1/ROOT/owa\r\nIdentity                              : ATL-MBX-001\\owa (Default Web Site)\r\n");

        Assert.Empty(diagnostics);
        Assert.All(facts, f => Assert.Equal(("Get-OwaVirtualDirectory", "ATL-MBX-001\\owa (Default Web Site)"), (f.Scope, f.Object)));
        Assert.Equal(string.Empty, facts.Fact("InstantMessagingServerName").Value);
        Assert.Equal("None", facts.Fact("InstantMessagingType").Value);
        Assert.Equal(["Basic", "Fba", "Ntlm"], facts.Fact("InternalAuthenticationMethods").Items);
        Assert.Equal((4L, 5L), (events[2].Location.FirstLine, events[2].Location.LastLine));
    }

    [Fact]
    public void SeveralObjects_AndPromptLinesNamingTheCmdlet()
    {
        var (facts, _, _) = ConfigRead.Text(FormatListReader.Read,
            "[PS] C:\\Windows\\system32>Get-ExchangeServer | fl Name\r\n\r\nName : ATL-MBX-001\r\n\r\nName : ATL-MBX-002\r\n\r\n" +
            "PS C:\\Users\\admin> Get-CsSite | fl\r\n\r\nIdentity    : Site:Redmond\r\nSiteId      : 1\r\nDisplayName : Redmond\r\n");

        Assert.Equal(["Get-ExchangeServer", "Get-ExchangeServer", "Get-CsSite", "Get-CsSite", "Get-CsSite"], facts.Select(f => f.Scope));
        Assert.Equal(["ATL-MBX-001", "ATL-MBX-002"], facts.Where(f => f.Name == "Name").Select(f => f.Object));
    }

    [Fact]
    public void ACommandsError_IsOneRecord_WithItsParameters_AndIsNoObjectOfTheCmdlet()
    {
        var (facts, _, diagnostics) = ConfigRead.Text(FormatListReader.Read,
            "PS C:\\Users\\admin> New-CsTrustedApplicationPool -Identity atl-mbx-001.litwareinc.com -Registrar:atl-cs-001.litwareinc.com -Site \"Atlanta Datacenter\" -RequiresReplication $False\r\n" +
            "New-CsTrustedApplicationPool : Cannot find site \"Atlanta Datacenter\".\r\nSpecify the site by its SiteId.\r\n" +
            "At line:1 char:1\r\n+ New-CsTrustedApplicationPool -Identity atl-mbx-001.litwareinc.com ...\r\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~\r\n" +
            "    + CategoryInfo          : InvalidArgument: (:) [New-CsTrustedApplicationPool], ArgumentException\r\n" +
            "    + FullyQualifiedErrorId : InvalidSite,Microsoft.Rtc.Management.Deployment.NewTrustedApplicationPoolCmdlet\r\n\r\n" +
            "PS C:\\Users\\admin> Get-CsTrustedApplicationPool | fl\r\n\r\n");

        Assert.Empty(diagnostics);
        var error = facts.Where(f => f.Scope == PowerShellErrorRecord.Scope).ToList();
        Assert.All(error, f => Assert.Equal("New-CsTrustedApplicationPool", f.Object));
        Assert.Equal("Cannot find site \"Atlanta Datacenter\". Specify the site by its SiteId.", error.Fact("Message").Value);
        Assert.StartsWith("InvalidSite,", error.Fact("FullyQualifiedErrorId").Value, StringComparison.Ordinal);
        Assert.Equal("Atlanta Datacenter", error.Fact("param.Site").Value);
        Assert.Equal("atl-cs-001.litwareinc.com", error.Fact("param.Registrar").Value);
        Assert.Equal("$False", error.Fact("param.RequiresReplication").Value);

        // The next command printed nothing: that is its own empty output, not the error's.
        Assert.Equal("(no objects)", Assert.Single(facts, f => f.Scope == "Get-CsTrustedApplicationPool").Name);
    }

    [Theory]
    [InlineData("-Site \"Atlanta Datacenter\"", "Atlanta Datacenter")]
    [InlineData("-Site:\"Atlanta Datacenter\"", "Atlanta Datacenter")]
    [InlineData("-Site 'Atlanta Datacenter'", "Atlanta Datacenter")]
    [InlineData("-Site:1", "1")]
    [InlineData("-Site", "")]
    public void ACommandLinesParameter_IsReadInEachOfItsForms(string parameter, string value)
    {
        var parameters = PowerShellErrorRecord.Parameters($"New-CsTrustedApplicationPool -Identity a.litwareinc.com {parameter} -RequiresReplication $False").ToList();

        Assert.Contains(("Site", value), parameters);
        Assert.Contains(("RequiresReplication", "$False"), parameters);
    }

    [Fact]
    public void AFailedGetCommand_IsNotTakenForAnEmptyList()
    {
        var (facts, _, _) = ConfigRead.Text(FormatListReader.Read,
            "PS C:\\Users\\admin> Get-CsTrustedApplicationPool | fl\r\nGet-CsTrustedApplicationPool : Access is denied.\r\nAt line:1 char:1\r\n\r\n");

        Assert.DoesNotContain(facts, f => f.Scope == "Get-CsTrustedApplicationPool");
        Assert.Equal("Access is denied.", Assert.Single(facts, f => f.Name == "Message").Value);
    }

    [Theory]
    [InlineData("Identity : TrustedApplicationPool:atl-owa-001.litwareinc.com\r\nRegistrar : Registrar:atl-cs-001.litwareinc.com\r\n", "Get-CsTrustedApplicationPool")]
    [InlineData("Identity : atl-owa-001.litwareinc.com/urn:application:outlookwebapp\r\nApplicationId : urn:application:outlookwebapp\r\nTrustedApplicationPoolFqdn : atl-owa-001.litwareinc.com\r\nPort : 5199\r\n", "Get-CsTrustedApplication")]
    [InlineData("Thumbprint : AB\r\nCertificateDomains : {a.litwareinc.com}\r\n", "Get-ExchangeCertificate")]
    [InlineData("Name : Default\r\nIsDefault : True\r\nInstantMessagingType : Ocs\r\n", "Get-OwaMailboxPolicy")]
    [InlineData("Name : Redmond SIP\r\nURIType : SipName\r\n", "Get-UMDialPlan")]
    [InlineData("SipAddress : sip:kim@litwareinc.com\r\nEnabled : True\r\nRegistrarPool : atl-cs-001.litwareinc.com\r\n", "Get-CsUser")]
    [InlineData("Alias : kim\r\nEmailAddresses : {SIP:kim@litwareinc.com}\r\n", "Get-Mailbox")]
    [InlineData("Name : ATL-UM-01\r\nFqdn : atl-um-01.litwareinc.com\r\nServerRole : UnifiedMessaging\r\nDialPlans : {Redmond}\r\n", "Get-UMService")]
    [InlineData("Colour : blue\r\nShape : round\r\n", "Format-List")]
    public void Cmdlet_IsRecognisedByItsProperties(string text, string scope)
    {
        var (facts, _, diagnostics) = ConfigRead.Text(FormatListReader.Read, text);
        Assert.All(facts, f => Assert.Equal(scope, f.Scope));
        Assert.Equal(scope == "Format-List" ? 1 : 0, diagnostics.Count);
    }

    [Fact]
    public void Dates_AmbiguousWithoutCulture_ReadWithIt()
    {
        var (facts, _, _) = ConfigRead.Text(FormatListReader.Read, "Thumbprint : AB\r\nNotAfter : 3/5/2015 11:59:59 PM\r\nNotBefore : 02.02.2013 04:22:23\r\n");
        Assert.Equal(new DateTime(2015, 3, 5, 23, 59, 59), facts.Fact("NotAfter").Date);
        Assert.StartsWith("ambiguous date", facts.Fact("NotAfter").Note, StringComparison.Ordinal);
        Assert.Equal((new DateTime(2013, 2, 2, 4, 22, 23), null), (facts.Fact("NotBefore").Date, facts.Fact("NotBefore").Note));

        var (british, _, _) = ConfigRead.Text(FormatListReader.Read, "Thumbprint : AB\r\nNotAfter : 3/5/2015 11:59:59 PM\r\n", CultureInfo.GetCultureInfo("en-GB"));
        Assert.Equal((new DateTime(2015, 5, 3, 23, 59, 59), null), (british.Fact("NotAfter").Date, british.Fact("NotAfter").Note));
    }

    [Fact]
    public void LinesThatFitNoShape_AreReportedNotDropped()
    {
        var (facts, _, diagnostics) = ConfigRead.Text(FormatListReader.Read, "Name : a\r\n-- garbage --\r\n");
        Assert.Single(facts);
        Assert.Equal("line 2: not a 'Name : Value' line of Format-List output; ignored", Assert.Single(diagnostics, d => d.Severity == Model.Severity.Warning).Message);
    }
}
