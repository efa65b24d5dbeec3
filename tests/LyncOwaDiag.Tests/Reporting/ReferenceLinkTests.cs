using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Tests.Reporting;

/// <summary>The documentation a finding cites is a link in Markdown and HTML reports; anything that is not a web address stays text.</summary>
public class ReferenceLinkTests
{
    private const string TechNet = "Creating a Trusted Application Pool for Outlook Web App (https://technet.microsoft.com/en-us/library/JJ688055(v=OCS.15))";

    [Fact]
    public void AWebAddress_IsALink_ParenthesesInItKept()
    {
        Assert.Equal("[Creating a Trusted Application Pool for Outlook Web App](<https://technet.microsoft.com/en-us/library/JJ688055(v=OCS.15)>)", ReferenceLink.Markdown(TechNet));
        Assert.Equal("<a href=\"https://technet.microsoft.com/en-us/library/JJ688055(v=OCS.15)\">Creating a Trusted Application Pool for Outlook Web App</a>", ReferenceLink.Html(TechNet));
    }

    [Theory]
    [InlineData("Run this (javascript:alert(1))")]
    [InlineData("A section (https://example.com/a b)")]
    [InlineData("Plain section")]
    [InlineData("Evil (https://example.com/\"onmouseover=\"x)")]
    public void AnythingElse_StaysEscapedText(string reference)
    {
        Assert.Null(ReferenceLink.Parse(reference).Url);
        Assert.DoesNotContain("<a ", ReferenceLink.Html(reference), StringComparison.Ordinal);
        Assert.DoesNotContain("](", ReferenceLink.Markdown(reference), StringComparison.Ordinal);
    }
}
