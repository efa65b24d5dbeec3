using System.Text.RegularExpressions;
using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Classification;

/// <summary>The built-in rules against KNOWLEDGE.md, and the engine against naming any rule.</summary>
public partial class RuleSetTests
{
    private static readonly RuleSet BuiltIn = RuleSet.Load();

    private static readonly string[] DocSections =
    [
        "Backward Compatibility", "Creating a Trusted Application Pool for Outlook Web App", "Enabling Instant Messaging on Outlook Web App",
        "Configuring Outlook Web App Mailbox Policies", "Disabling Instant Messaging in Outlook Web App", "Verifying Integration With Outlook Web App",
    ];

    /// <summary>The ids of KNOWLEDGE.md's table: the first column, split where a row names several (CERT-EXPIRED / …).</summary>
    private static List<string> KnowledgeIds() =>
        File.ReadLines(Path.Combine(RepoPaths.Shared, "KNOWLEDGE.md"))
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal))
            .Select(l => l.Split('|')[1].Trim())
            .Where(c => IdCell().IsMatch(c))
            .SelectMany(c => c.Split('/', StringSplitOptions.TrimEntries))
            .ToList();

    [Fact]
    public void BuiltInRules_LoadWithoutErrors() => Assert.Empty(BuiltIn.Errors);

    [RealSampleFact]
    public void RuleIds_AreUnique_AndExactlyThoseOfKnowledgeMd()
    {
        var ids = BuiltIn.Rules.Select(r => r.Id).ToList();
        var knowledge = KnowledgeIds();

        Assert.Equal(35, knowledge.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(knowledge.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }

    public static TheoryData<string> RuleIds() => new(BuiltIn.Rules.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void EveryRule_HasCauseFixReferencesAndVersions(string id)
    {
        var rule = BuiltIn.Find(id)!;
        Assert.False(string.IsNullOrWhiteSpace(rule.Cause));
        Assert.NotEmpty(rule.Fix);
        Assert.Contains(rule.Fix, f => f.Command is not null);
        Assert.NotEmpty(rule.References);
        Assert.All(rule.References, r => Assert.Contains(r.Section, DocSections));
        Assert.NotEmpty(rule.Versions);
        Assert.NotEmpty(rule.Matchers);
        if (rule.Id.StartsWith("WEBCONFIG-", StringComparison.Ordinal))
        {
            // Exchange 2016/2019 keep these settings in a setting override, not in web.config (docs/design.md#where-the-documented-causes-come-from).
            Assert.Equal(["2013"], rule.Versions["exchange"]);
        }
    }

    [Fact]
    public void Checklist_HasTheItemsOfKnowledgeMd()
    {
        Assert.Equal(["event-112", "im-log-present", "sign-ins-succeed", "presence-traffic", "no-errors"], BuiltIn.Checklist.Select(c => c.Id));
    }

    [Fact]
    public void EngineCode_NamesNoRule()
    {
        // Rules are data (docs/design.md#rules): no rule id may appear in the engine's code (the library and the TUI; the
        // command line's help examples may show one, as a user would type it).
        var ids = BuiltIn.Rules.Select(r => r.Id).ToList();
        var offenders = new[] { "LyncOwaDiag", "LyncOwaDiag.Tui" }
            .SelectMany(p => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", p), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => ids.Where(id => Regex.IsMatch(File.ReadAllText(f), $@"(?<![\w-]){Regex.Escape(id)}(?![\w-])")).Select(id => $"{f}: {id}"))
            .ToList();

        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"^[A-Z0-9]+(-[A-Z0-9]+)+( / [A-Z0-9]+(-[A-Z0-9]+)+)*$")]
    private static partial Regex IdCell();
}
