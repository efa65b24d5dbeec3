namespace LyncOwaDiag.Tests.Metamorphic;

/// <summary>The transforms every scenario is run through, by the name its test cases carry.</summary>
internal static class BundleTransforms
{
    public static IReadOnlyList<BundleTransform> All { get; } =
    [
        new RenameTransform(),
        new FlattenTransform(),
        new DropManifestsTransform(),
        new DropManifestsTransform(inZipsToo: false),
        new CombinedTransform("rename+drop-manifests", new RenameTransform(), new DropManifestsTransform()),
        new IpPeersTransform(),
        new RelayingEdgeTransform(),
    ];

    public static BundleTransform Named(string name) => All.Single(t => t.Name == name);
}
