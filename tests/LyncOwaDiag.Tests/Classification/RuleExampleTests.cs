using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Classification;

/// <summary>Rules that test themselves: each <c>examples:</c> entry fires its rule, or leaves it quiet, through the whole pipeline.</summary>
public class RuleExampleTests
{
    [Fact]
    public void TheBuiltInExamples_Hold()
    {
        var rules = RuleSet.Load();

        Assert.True(rules.Rules.Sum(r => r.Examples.Count) >= 4, "the built-in rules carry examples");
        var problems = RuleExampleCheck.Check(rules);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void EveryBuiltInRule_CarriesAFiresAndAQuietExample()
    {
        // An example that fires shows what the rule needs; one that stays quiet shows where its boundary lies.
        var lacking = RuleSet.Load().Rules
            .Select(r => (r.Id, Fires: r.Examples.Any(e => e.Fires), Quiet: r.Examples.Any(e => !e.Fires)))
            .Where(r => !r.Fires || !r.Quiet)
            .Select(r => $"{r.Id} (no {(!r.Fires && !r.Quiet ? "fires or quiet" : !r.Fires ? "fires" : "quiet")} example)")
            .ToList();

        Assert.True(lacking.Count == 0, "built-in rules without both a fires and a quiet example: " + string.Join(", ", lacking));
    }

    [Fact]
    public void AnExampleTheRuleDoesNotFireOn_IsReported_WithItsPlace()
    {
        using var folder = new TempFolder();
        folder.File("mine.yaml", """
            rules:
              - id: MY-IM-OFF
                title: IM turned off in web.config
                severity: error
                confidence: high
                versions: { exchange: [2013] }
                cause: c
                fix: [{ text: t, command: c }]
                references: [Enabling Instant Messaging on Outlook Web App]
                examples:
                  - fires:
                      web.config: |
                        <configuration><appSettings><add key="EnableIMForOwaPremium" value="false" /></appSettings></configuration>
                match:
                  - config:
                      each: { scope: web.config, where: { EnableIMForOwaPremium: 'true' } }
            """);
        var rules = RuleSet.LoadFolderOnly(folder.Path);
        Assert.Empty(rules.Errors);

        var problem = Assert.Single(RuleExampleCheck.Check(rules));

        Assert.Equal(11, problem.Line);
        Assert.Contains("MY-IM-OFF does not fire on its example (web.config)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExampleWithNeitherFiresNorQuiet_IsAFileError()
    {
        using var folder = new TempFolder();
        folder.File("bad.yaml", """
            rules:
              - id: MY-BAD
                title: t
                severity: error
                confidence: high
                versions: { exchange: [2013] }
                cause: c
                fix: [{ text: t, command: c }]
                references: [Enabling Instant Messaging on Outlook Web App]
                examples:
                  - { web.config: x }
                match:
                  - event: { source: event-log, eventId: 83 }
            """);

        Assert.Contains(RuleSet.LoadFolderOnly(folder.Path).Errors, e => e.Field.StartsWith("examples[0]", StringComparison.Ordinal));
    }
}
