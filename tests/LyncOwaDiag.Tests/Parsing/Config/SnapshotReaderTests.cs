using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing.Config;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Parsing.Config;

public class SnapshotReaderTests
{
    [Fact]
    public void ConvertToJson_EnumsAsNumbersDatesArraysAndNestedObjects()
    {
        var (facts, events, diagnostics) = ConfigRead.Text(CmdletJsonReader.Read,
            "[\n  {\n    \"InstantMessagingType\": 0,\n    \"InstantMessagingEnabled\": true,\n    \"WhenChanged\": \"/Date(1367655164000)/\",\n" +
            "    \"InternalAuthenticationMethods\": [\"Basic\", \"Fba\"],\n    \"InternalUrl\": { \"Host\": \"atl-mbx-001.litwareinc.com\" },\n" +
            "    \"InstantMessagingServerName\": null,\n    \"Identity\": \"ATL-MBX-001\\\\owa (Default Web Site)\"\n  }\n]\n");

        Assert.Empty(diagnostics);
        Assert.All(facts, f => Assert.Equal("Get-OwaVirtualDirectory", f.Scope));
        // The enum's number reads as the name Format-List prints, which rules compare with.
        Assert.Equal("None", facts.Fact("InstantMessagingType").Value);
        Assert.Equal("True", facts.Fact("InstantMessagingEnabled").Value);
        Assert.Equal("2013-05-04T08:12:44.000Z", facts.Fact("WhenChanged").Value);
        Assert.Equal(["Basic", "Fba"], facts.Fact("InternalAuthenticationMethods").Items);
        Assert.Equal("{\"Host\":\"atl-mbx-001.litwareinc.com\"}", facts.Fact("InternalUrl").Value);
        Assert.Equal(string.Empty, facts.Fact("InstantMessagingServerName").Value);
        Assert.Equal(3, events[0].Location.FirstLine);
    }

    [Theory]
    [InlineData("1", "Ocs")]
    [InlineData("2", "Msn")]
    [InlineData("7", "7")]
    [InlineData("\"Ocs\"", "Ocs")]
    public void ConvertToJson_InstantMessagingTypeNumbers_ReadAsTheirNames_UnknownOnesAsWritten(string written, string read)
    {
        var (facts, _, _) = ConfigRead.Text(CmdletJsonReader.Read, $"{{ \"Identity\": \"ATL-MBX-001\\\\owa (Default Web Site)\", \"InstantMessagingType\": {written} }}");
        Assert.Equal(read, facts.Fact("InstantMessagingType").Value);
    }

    [Fact]
    public void ConvertToJson_Broken_KeepsEarlierObjects()
    {
        var (facts, _, diagnostics) = ConfigRead.Text(CmdletJsonReader.Read, "[{\"URIType\": \"SipName\", \"Name\": \"a\"},\n{\"URIType\": ");
        Assert.Equal("SipName", facts.Fact("URIType").Value);
        Assert.Equal(2, Assert.Single(diagnostics).Location.FirstLine);
    }

    [Fact]
    public void RegQuery_ValuePresentAndAbsent()
    {
        var (present, _, _) = ConfigRead.Text(RegQueryReader.Read,
            "\r\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\MSExchange OWA\\InstantMessaging\r\n    ImplementationDLLPath    REG_SZ    C:\\Program Files\\Microsoft UCMA 4.0\\Runtime\\SSP\\Microsoft.Rtc.Internal.Ucweb.dll\r\n");
        var fact = present.Fact("ImplementationDLLPath");
        Assert.Equal(("registry", "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\MSExchange OWA\\InstantMessaging", @"C:\Program Files\Microsoft UCMA 4.0\Runtime\SSP\Microsoft.Rtc.Internal.Ucweb.dll"),
            (fact.Scope, fact.Object, fact.Value));

        var (absent, _, _) = ConfigRead.Text(RegQueryReader.Read, "ERROR: The system was unable to find the specified registry key or value.\r\n");
        Assert.Equal("absent", Assert.Single(absent).Note);
    }

    [Fact]
    public void Manifest_HostVersionsItemsAndFolderListings()
    {
        var (facts, events, _) = ConfigRead.Text(ManifestReader.Read,
            "{\"host\":\"ATL-MBX-001\",\"role\":\"mailbox\",\"collectedAt\":\"2013-05-14T10:05:00Z\",\"exchangeVersion\":\"15.0.1497.2\"," +
            "\"items\":[{\"path\":\"web.config\",\"sourcePath\":\"C:\\\\V15\\\\ClientAccess\\\\Owa\\\\web.config\",\"size\":512,\"lastWriteTime\":\"2013-05-14T09:44:10Z\"}]," +
            "\"listings\":[{\"folder\":\"C:\\\\V15\\\\Logging\\\\OWA\\\\InstantMessaging\",\"exists\":false,\"entries\":[]}]}");

        Assert.Equal("ATL-MBX-001", facts.Fact("host").Value);
        Assert.Equal("15.0.1497.2", facts.Fact("exchangeVersion").Value);
        var folder = facts.Fact("folder");
        Assert.Equal((@"C:\V15\Logging\OWA\InstantMessaging", "absent", "absent"), (folder.Object, folder.Value, folder.Note));
        Assert.Equal("2013-05-14T09:44:10Z", facts.Fact("item.lastWriteTime").Value);
        // Every fact is dated by the collection, except a file's last write, which is an event at that time.
        Assert.All(events.Where(e => ((ConfigFact)e.Payload!).Name != "item.lastWriteTime"), e => Assert.Equal(new DateTimeOffset(2013, 5, 14, 10, 5, 0, TimeSpan.Zero), e.Timestamp));
        Assert.Equal(new DateTimeOffset(2013, 5, 14, 9, 44, 10, TimeSpan.Zero), Assert.Single(events, e => ((ConfigFact)e.Payload!).Name == "item.lastWriteTime").Timestamp);
    }
}
