namespace LyncOwaDiag.Classification.Vocabulary;

/// <summary>A snapshot property that states a product's release: in any snapshot, or only in <see cref="Scope"/>.</summary>
/// <param name="Product">The product as a rule's <c>versions:</c> names it (<see cref="ProductVersions.Products"/>).</param>
/// <param name="Release">Reads the property's text as one of the product's releases, or null.</param>
internal sealed record VersionSource(string Product, string? Scope, string Property, Func<string, string?> Release);
