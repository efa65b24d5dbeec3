using Markdig;
using LyncOwaDiag.Cli.Tests.Support;

namespace LyncOwaDiag.Cli.Tests;

/// <summary>The documentation a finding cites can be clicked in the Markdown report as rendered, and in the HTML one.</summary>
public sealed class ReportLinkTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lyncowadiag-links-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void CitedDocumentation_IsALink_InMarkdownAsRendered_AndInHtml()
    {
        var md = Path.Combine(_folder, "r.md");
        var html = Path.Combine(_folder, "r.html");
        CliRun.Of("triage", Path.Combine(CliRun.Root, "sample-traces", "scenarios", "CERT-NAME-MISMATCH", "bundle"), "--report", md, "--report", html, "--quiet");

        const string Link = "<a href=\"https://technet.microsoft.com/en-us/library/JJ688055(v=OCS.15)\">";
        Assert.Contains(Link, Markdown.ToHtml(File.ReadAllText(md), new MarkdownPipelineBuilder().UseAdvancedExtensions().Build()), StringComparison.Ordinal);
        Assert.Contains(Link, File.ReadAllText(html), StringComparison.Ordinal);
    }
}
