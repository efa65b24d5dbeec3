namespace LyncOwaDiag.Tests.Metamorphic;

/// <summary>Several transforms, one after the other, as one case (rename and drop the manifests: nothing left but content).</summary>
internal sealed class CombinedTransform(string name, params BundleTransform[] parts) : BundleTransform
{
    public override string Name => name;

    public override IReadOnlyList<string> IntroducedNames => parts.SelectMany(p => p.IntroducedNames).Distinct(StringComparer.Ordinal).ToList();

    public override void Apply(string root)
    {
        foreach (var part in parts)
        {
            part.Apply(root);
        }
    }
}
