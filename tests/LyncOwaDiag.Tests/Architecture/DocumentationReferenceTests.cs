using System.Text.RegularExpressions;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Architecture;

/// <summary>
/// A reader of the repository alone can follow every reference the code makes: comments and rule files cite
/// <c>docs/*.md#anchor</c>, each anchor is a heading there, and nothing under src/ cites a document kept outside.
/// </summary>
public partial class DocumentationReferenceTests
{
    private static readonly string[] SourceExtensions = [".cs", ".yaml", ".json", ".ps1", ".csproj", ".props"];

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*", SearchOption.AllDirectories)
            .Where(f => SourceExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    /// <summary>GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens.</summary>
    private static string Anchor(string heading) =>
        new(heading.Trim().ToLowerInvariant().Replace(' ', '-').Where(c => char.IsLetterOrDigit(c) || c is '-' or '_').ToArray());

    [Fact]
    public void Sources_CiteNoDocumentOutsideTheRepository()
    {
        var outside = Files("src")
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => OutsideDocument().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(RepoPaths.Root, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(outside.Count == 0, "cite docs/ instead:\n" + string.Join("\n", outside));
    }

    [Fact]
    public void EveryDocsAnchorCited_IsAHeadingOfThatDocument()
    {
        var cited = Files("src").Concat(Files("tests"))
            .SelectMany(f => DocsAnchor().Matches(File.ReadAllText(f)).Select(m => (File: f, Doc: m.Groups["doc"].Value, Anchor: m.Groups["anchor"].Value)))
            .ToList();
        var broken = cited
            .Where(c =>
            {
                var doc = Path.Combine(RepoPaths.Root, "docs", c.Doc + ".md");
                return !File.Exists(doc) || !File.ReadLines(doc).Where(l => l.StartsWith('#')).Select(l => Anchor(l.TrimStart('#'))).Contains(c.Anchor);
            })
            .Select(c => $"{Path.GetRelativePath(RepoPaths.Root, c.File)}: docs/{c.Doc}.md#{c.Anchor}")
            .ToList();

        Assert.True(cited.Count >= 20, $"expected the code to cite docs/ anchors, found {cited.Count}");
        Assert.True(broken.Count == 0, "no such heading:\n" + string.Join("\n", broken));
    }

    [GeneratedRegex(@"\b(DESIGN|KNOWLEDGE|FORMATS|BUNDLES|RECIPES|STYLE|SOURCES)\.md\b|\breference/[a-z-]+\.md|\.\./shared\b")]
    private static partial Regex OutsideDocument();

    [GeneratedRegex(@"docs/(?<doc>[a-z-]+)\.md#(?<anchor>[a-z0-9_-]+)")]
    private static partial Regex DocsAnchor();
}
