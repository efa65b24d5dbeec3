using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Classification;

/// <summary>A rule file nested absurdly deep is an error with its line, never a stack overflow that ends the process.</summary>
public class DeepRuleFileTests
{
    [Theory]
    [InlineData("brackets")]
    [InlineData("indentation")]
    [InlineData("dashes")]
    public void ARuleFileNestedAHundredThousandDeep_IsReported(string how)
    {
        using var folder = new TempFolder();
        var text = how switch
        {
            "brackets" => "rules: " + new string('[', 100_000) + new string(']', 100_000) + "\n",
            "indentation" => "rules:\n" + string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', i * 2) + "- a:\n")),
            _ => "rules:\n" + string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n",
        };
        folder.File("deep.yaml", text);

        var rules = RuleSet.LoadFolderOnly(folder.Path);

        var error = Assert.Single(rules.Errors);
        Assert.EndsWith("deep.yaml", error.File, StringComparison.Ordinal);
        Assert.Equal("(yaml)", error.Field);
    }

    [Fact]
    public void BracketsInsideQuotesOrComments_DoNotCount()
    {
        using var folder = new TempFolder();
        folder.File("ok.yaml", "# [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\nrules: []\nx: '" + new string('[', 200) + "'\n");

        Assert.DoesNotContain(RuleSet.LoadFolderOnly(folder.Path).Errors, e => e.Field == "(yaml)");
    }
}
