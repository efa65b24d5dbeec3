namespace LyncOwaDiag.Classification.Rules;

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
    public static string? Exchange(string version)
    {
        var at = version.IndexOfAny("0123456789".ToCharArray());
        if (at < 0)
        {
            return null;
        }

        var text = version[at..];
        return text.StartsWith("14.", StringComparison.Ordinal) ? "2010"
            : text.StartsWith("15.0", StringComparison.Ordinal) ? "2013"
            : text.StartsWith("15.1", StringComparison.Ordinal) ? "2016"
            : text.StartsWith("15.2", StringComparison.Ordinal) ? "2019"
            : null;
    }

    /// <summary>The Lync/Skype for Business release of a build number: 4 is 2010, 5 2013, 6 2015, 7 2019.</summary>
    public static string? Lync(string version)
    {
        var at = version.IndexOfAny("0123456789".ToCharArray());
        if (at < 0)
        {
            return null;
        }

        var text = version[at..];
        return text.StartsWith("4.", StringComparison.Ordinal) ? "2010"
            : text.StartsWith("5.", StringComparison.Ordinal) ? "2013"
            : text.StartsWith("6.", StringComparison.Ordinal) ? "2015"
            : text.StartsWith("7.", StringComparison.Ordinal) ? "2019"
            : null;
    }
}
