using LyncOwaDiag.Correlation;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Correlation;

public class EntityIndexTests
{
    private static EntityIndex Index()
    {
        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [Path.Combine(RepoPaths.SampleTraces, "formats")] });
        var index = new EntityIndex();
        foreach (var e in session.Events())
        {
            index.Add(e);
        }

        return index;
    }

    [Fact]
    public void User_OneLookup_FindsSipAndSmtpAcrossSipStackImLogEventsAndConfig()
    {
        var entries = Index().Lookup("KIM@litwareinc.com");
        Assert.Equal([KeyKind.SipUri, KeyKind.Smtp], entries.Select(e => e.Key.Kind));
        var files = entries.SelectMany(e => e.Locations).Select(l => l.File).ToList();
        Assert.Contains(files, f => f.Contains("/sipstack/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Contains("/owa-im/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Contains("/format-list/", StringComparison.Ordinal));
    }

    [Fact]
    public void Host_ByFirstLabel_And_Thumbprint_WithAnySpacing()
    {
        var index = Index();
        var host = Assert.Single(index.Lookup("atl-owa-001"));
        Assert.Equal(("atl-owa-001.litwareinc.com", KeyKind.Fqdn), (host.Key.Value, host.Key.Kind));
        Assert.True(host.Count > 10);

        var certificate = Assert.Single(index.Lookup("7a3f 9c2e 5d1b 4a6f 8e0c 2b4d 6f8a 0c2e 4b6d 8f01"));
        Assert.Contains(certificate.Locations, l => l.File.EndsWith("web.config", StringComparison.Ordinal));
        Assert.Contains(certificate.Locations, l => l.File.EndsWith(".LOG", StringComparison.Ordinal));
    }
}
