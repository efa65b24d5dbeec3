using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing.Config;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Parsing.Config;

public class WebConfigReaderTests
{
    [Fact]
    public void AppSettings_AreFactsWithTheirLines_DatedByTheFile()
    {
        var (facts, events, diagnostics) = ConfigRead.Text(WebConfigReader.Read,
            "<?xml version=\"1.0\" encoding=\"utf-16\"?>\n<configuration>\n  <appSettings>\n    <add key=\"IMServerName\" value=\"atl-cs-001.litwareinc.com\" />\n" +
            "    <add key=\"IMCertificateThumbprint\" value=\"7a3f 9c2e\" />\n  </appSettings>\n</configuration>\n");

        Assert.Empty(diagnostics);
        Assert.Equal(("web.config", "atl-cs-001.litwareinc.com", null), (facts.Fact("IMServerName").Scope, facts.Fact("IMServerName").Value, facts.Fact("IMServerName").Note));
        Assert.Equal([4L, 5L], events.Select(e => e.Location.FirstLine));
        Assert.All(events, e => Assert.Equal((ConfigRead.FileTime, TimeQuality.Exact, EventSource.Config), (e.Timestamp, e.TimeQuality, e.Source)));
        Assert.Contains(new EventKey(KeyKind.Fqdn, "atl-cs-001.litwareinc.com"), events[0].Keys);
        Assert.Contains(new EventKey(KeyKind.Thumbprint, "7A3F9C2E"), events[1].Keys);
    }

    [Fact]
    public void ImKeys_OutsideAppSettingsOrCommentedOut_AreNoticed_OtherKeysThereAreNot()
    {
        var (facts, _, _) = ConfigRead.Text(WebConfigReader.Read,
            "<configuration>\n  <appSettings>\n    <!-- <add key=\"IMServerName\" value=\"old.litwareinc.com\" /> -->\n  </appSettings>\n" +
            "  <system.web>\n    <add key=\"IMCertificateThumbprint\" value=\"AB\" />\n    <add key=\"unrelated\" value=\"x\" />\n  </system.web>\n</configuration>\n");

        Assert.Equal(("commented out", 3L), (facts.Fact("IMServerName").Note, 3L));
        Assert.Equal("outside appSettings", facts.Fact("IMCertificateThumbprint").Note);
        Assert.DoesNotContain(facts, f => f.Name == "unrelated");
    }

    [Fact]
    public void BrokenXml_KeepsWhatCameBefore_AndSaysWhere()
    {
        var (facts, _, diagnostics) = ConfigRead.Text(WebConfigReader.Read,
            "<configuration>\n  <appSettings>\n    <add key=\"IMServerName\" value=\"a.litwareinc.com\" />\n    <add key=\"broken value=\"x\" />\n  </appSettings>\n</configuration>\n");

        Assert.Equal("a.litwareinc.com", facts.Fact("IMServerName").Value);
        var d = Assert.Single(diagnostics);
        Assert.Equal(4, d.Location.FirstLine);
        Assert.StartsWith("line 4, column ", d.Message, StringComparison.Ordinal);
        Assert.EndsWith("the rest of the file is not read", d.Message, StringComparison.Ordinal);
    }
}
