using System.Reflection;
using System.Text.RegularExpressions;
using LyncOwaDiag.Classification.Vocabulary;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Architecture;

/// <summary>
/// The classification engine knows no product by name (docs/design.md#matchers): cmdlets, configuration files,
/// event-log providers and snapshot properties are named in the rule files, or in <see cref="ProductVocabulary"/>
/// with the reason the engine needs them, never as a literal in the engine's code.
/// </summary>
public partial class ProductVocabularyTests
{
    private static readonly string[] EngineFolders = ["Engine", "Matchers", "Matching"];

    private static IEnumerable<(string File, int Line, string Literal)> EngineLiterals() =>
        EngineFolders
            .SelectMany(f => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "LyncOwaDiag", "Classification", f), "*.cs", SearchOption.AllDirectories))
            .SelectMany(f => File.ReadLines(f).Select((text, i) => (File: f, Line: i + 1, Text: text)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .SelectMany(l => Literal().Matches(CharLiteral().Replace(l.Text, "c")).Select(m => (l.File, l.Line, m.Groups["text"].Value)));

    /// <summary>Every name the catalogue holds: its lists, constants and the properties of its version sources.</summary>
    private static IReadOnlySet<string> CatalogueNames()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in typeof(ProductVocabulary).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            switch (field.GetValue(null))
            {
                case string name:
                    names.Add(name);
                    break;
                case IEnumerable<string> list:
                    names.UnionWith(list);
                    break;
                case IEnumerable<VersionSource> sources:
                    names.UnionWith(sources.SelectMany(s => new[] { s.Scope, s.Property }).OfType<string>());
                    break;
            }
        }

        return names;
    }

    [Fact]
    public void TheCatalogue_IsRead()
    {
        var names = CatalogueNames();

        Assert.Contains("Get-ExchangeServer", names);
        Assert.Contains("web.config", names);
        Assert.Contains("MSExchange OWA", names);
    }

    [Fact]
    public void EngineCode_NamesNoProduct()
    {
        var catalogue = CatalogueNames();
        var found = EngineLiterals()
            .Where(l => catalogue.Contains(l.Literal) || ProductName().IsMatch(l.Literal))
            .Select(l => $"{Path.GetRelativePath(RepoPaths.Root, l.File)}:{l.Line}: \"{l.Literal}\"")
            .ToList();

        Assert.True(found.Count == 0, "name it in a rule file or in Classification/Vocabulary/ProductVocabulary.cs:\n" + string.Join("\n", found));
    }

    [Theory]
    [InlineData("Get-CsTrustedApplicationPool", true)]
    [InlineData("web.config", true)]
    [InlineData("MSExchange OWA", true)]
    [InlineData("LS User Services", true)]
    [InlineData("Schannel", true)]
    [InlineData("sip.msDiagnostics.code", false)]
    [InlineData("snapshot: web.config, registry, manifest or the cmdlet name", false)]
    public void AProductName_IsRecognised(string literal, bool product) => Assert.Equal(product, ProductName().IsMatch(literal));

    // A string literal, verbatim and interpolated ones included (escaped quotes kept inside).
    [GeneratedRegex(@"[$@]*""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();

    // A char literal, taken out first: '"' would open a string that is none.
    [GeneratedRegex(@"'(?:[^'\\]|\\.)'")]
    private static partial Regex CharLiteral();

    // What product names look like when they start a literal: a cmdlet, a .config file, an event-log provider.
    [GeneratedRegex(@"^((Get|Set|New|Remove|Enable|Disable|Test|Add)-[A-Z]|[\w.]+\.config$|MSExchange|Schannel|(LS|OCS)[ -])")]
    private static partial Regex ProductName();
}
