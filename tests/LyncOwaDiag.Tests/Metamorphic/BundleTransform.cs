namespace LyncOwaDiag.Tests.Metamorphic;

/// <summary>
/// One change to a copy of a bundle that must not change what the bundle says: the tool reads content, so how an
/// admin named, nested or described the files must not change the cause it names.
/// </summary>
internal abstract class BundleTransform
{
    /// <summary>The name a test case carries, short and stable.</summary>
    public abstract string Name { get; }

    /// <summary>Names this transform makes up for folders and archives; no fix command may repeat one.</summary>
    public virtual IReadOnlyList<string> IntroducedNames => [];

    /// <summary>Changes the bundle copy at <paramref name="root"/> in place (never the committed scenario).</summary>
    public abstract void Apply(string root);

    public override string ToString() => Name;
}
