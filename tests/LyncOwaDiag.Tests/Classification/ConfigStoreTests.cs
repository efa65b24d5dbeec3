using LyncOwaDiag.Classification.Matching;
using static LyncOwaDiag.Tests.Support.ClassifySome;

namespace LyncOwaDiag.Tests.Classification;

/// <summary>
/// A web.config is OWA's or the front end's HttpProxy copy by what the collector's manifest says it copied, however
/// the manifest spells the file's path in the bundle and whatever the bundle's folders are called.
/// </summary>
public class ConfigStoreTests
{
    private const string FrontEnd = @"C:\Program Files\Microsoft\Exchange Server\V15\FrontEnd\HttpProxy\owa\web.config";
    private const string BackEnd = @"C:\Program Files\Microsoft\Exchange Server\V15\ClientAccess\Owa\web.config";

    [Theory]
    [InlineData("case/MBX/manifest.json", "config/a/web.config", "case/MBX/config/a/web.config", FrontEnd, "front-end web.config")]
    [InlineData("case/MBX/manifest.json", "./web.config", "case/MBX/web.config", FrontEnd, "front-end web.config")]
    [InlineData("case/MBX/manifest.json", "MBX/web.config", "case/MBX/web.config", FrontEnd, "front-end web.config")]
    [InlineData("case/MBX.zip!/manifest.json", "config\\a\\web.config", "case/MBX.zip!/config/a/web.config", FrontEnd, "front-end web.config")]
    [InlineData("case/MBX/manifest.json", "config/a/web.config", "case/MBX/config/a/web.config", BackEnd, "web.config")]
    [InlineData("case/MBX/manifest.json", "config/b/web.config", "case/MBX/config/a/web.config", FrontEnd, "web.config")] // another file listed
    [InlineData("case/MBX/manifest.json", "web.config", "case/OTHER/web.config", FrontEnd, "web.config")] // another folder's file
    public void AWebConfigsScope_IsWhatTheManifestSaysItCopied(string manifest, string item, string file, string serverPath, string scope)
    {
        var store = new ConfigStore();
        store.Observe(Fact("web.config", null, "IMServerName", "atl-cs-001.litwareinc.com", file));
        store.Observe(Fact("manifest", item, "item", serverPath, manifest));

        Assert.Equal(file, Assert.Single(store.InScope(scope)).File);
    }
}
