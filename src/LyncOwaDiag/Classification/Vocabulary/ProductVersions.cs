namespace LyncOwaDiag.Classification.Vocabulary;

/// <summary>
/// The products and versions rules may name, and how a version string from a snapshot (<c>Version 15.0 (Build
/// 1497.2)</c>, <c>15.1.2507.6</c>) reads as one of them.
/// </summary>
internal static class ProductVersions
{
    public static readonly IReadOnlyList<string> Products = ["exchange", "lync"];

    public static IReadOnlyList<string> Known(string product) =>
        product.Equals("exchange", StringComparison.OrdinalIgnoreCase) ? ["2010", "2013", "2016", "2019", "SE"] : ["2010", "2013", "2015", "2019", "SE"];

    /// <summary>The Exchange release of a build number: 14 is 2010, 15.0 2013, 15.1 2016, 15.2 2019 (SE shares 15.2's numbers).</summary>
    public static string? Exchange(string version) => Release(version, [("14.", "2010"), ("15.0", "2013"), ("15.1", "2016"), ("15.2", "2019")]);

    /// <summary>The Lync/Skype for Business release of a build number: 4 is 2010, 5 2013, 6 2015, 7 2019.</summary>
    public static string? Lync(string version) => Release(version, [("4.", "2010"), ("5.", "2013"), ("6.", "2015"), ("7.", "2019")]);

    /// <summary>The release whose build prefix the first number in the text starts with (<c>Version 15.0 (Build …)</c> or <c>15.0.1497.2</c>).</summary>
    private static string? Release(string version, (string Prefix, string Release)[] table)
    {
        var at = version.IndexOfAny("0123456789".ToCharArray());
        return at < 0 ? null : table.FirstOrDefault(t => version.AsSpan(at).StartsWith(t.Prefix, StringComparison.Ordinal)).Release;
    }
}
