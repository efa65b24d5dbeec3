using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Classification;

/// <summary>Bad rule files are reported with file, line, column and field, all problems at once.</summary>
public class RuleFileReaderTests
{
    private static IReadOnlyList<RuleFileError> Errors(string yaml)
    {
        using var folder = new TempFolder();
        folder.File("bad.yaml", yaml);
        return RuleSet.LoadFolderOnly(folder.Path).Errors;
    }

    private const string Valid = """
        id: X-OK
        title: ok
        severity: error
        confidence: high
        versions: { exchange: [2013] }
        cause: c
        fix: [{ text: t, command: c }]
        references: [Enabling Instant Messaging on Outlook Web App]
        match:
          - event: { source: event-log, eventId: 83 }
        """;

    [Fact]
    public void AValidFile_HasNoErrors() => Assert.Empty(Errors(Valid));

    [Theory]
    [InlineData("severity: error", "severity: fatal", 3, "severity", "'fatal' is not one of: critical, error, warning, info")]
    [InlineData("title: ok", "title: ok\ntitel: ok", 3, "titel", "unknown field")]
    [InlineData("eventId: 83", "eventid2: 83", 10, "match[0].event.eventid2", "unknown event field")]
    [InlineData("eventId: 83", "text: { matches: '(unclosed' }", 10, "match[0].event.text.matches", "not a valid regular expression")]
    [InlineData("source: event-log", "source: eventlog", 10, "match[0].event.source", "'eventlog' is not a source")]
    [InlineData("cause: c", "cause: 'c {host'", 6, "cause", "unclosed '{'")]
    [InlineData("versions: { exchange: [2013] }", "versions: { exchange: [2012] }", 5, "versions.exchange", "'2012' is not a exchange version")]
    [InlineData("confidence: high\n", "", 1, "confidence", "required")]
    [InlineData("eventId: 83 }", "eventId: 83 }\n    needs: [{ source: config }]", 11, "match[0].needsName", "'needs' takes a needsName")]
    [InlineData("eventId: 83 }", "eventId: 83 }\n    needsName: the manifest", 11, "match[0].needsName", "there is no 'needs'")]
    [InlineData("eventId: 83 }", "eventId: 83 }\n    confirmedBy: { event: { eventId: 14492 }, confidence: medium }", 11, "match[0].confirmedBy.confidence", "give the matcher a lower 'confidence' of its own")]
    [InlineData("eventId: 83 }", "eventId: 83 }\n    confidence: medium\n    confirmedBy: { event: { eventId: 14492 }, confidence: low }", 12, "match[0].confirmedBy.confidence", "surer than the matcher's own confidence (medium)")]
    [InlineData("event: { source: event-log, eventId: 83 }", "absent: { expect: { source: event-log, eventId: 112 }, afterLast: true }", 10, "match[0].absent.afterLast", "there is no 'after'")]
    public void AnError_NamesLineFieldAndReason(string from, string to, int line, string field, string message)
    {
        var error = Assert.Single(Errors(Valid.Replace(from, to, StringComparison.Ordinal)));

        Assert.Equal((line, field), ((int)error.Line, error.Field));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.EndsWith("bad.yaml", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenYaml_IsOneErrorWithItsLine()
    {
        var error = Assert.Single(Errors("id: X\ntitle: [unclosed\n"));
        Assert.Equal("(yaml)", error.Field);
        Assert.True(error.Line >= 2);
    }

    [Fact]
    public void ExplainingAnUnknownRule_IsAnError()
    {
        var error = Assert.Single(Errors(Valid + "\nexplains: { NO-SUCH-RULE: it would }\n"));
        Assert.Equal("explains", error.Field);
        Assert.Contains("'NO-SUCH-RULE', which is no rule", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExplainedRuleWithoutItsWhy_IsAnError()
    {
        var error = Assert.Single(Errors(Valid + "\nexplains: [ENDPOINT-MANAGER-NOT-INITIALISED]\n"));
        Assert.Equal("explains", error.Field);
        Assert.Contains("needs the sentence that says why", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoRulesExplainingEachOther_AreACycle_ThatIsAnError()
    {
        using var folder = new TempFolder();
        folder.File("a.yaml", "rules:\n  - " + Valid.Replace("\n", "\n    ", StringComparison.Ordinal).Replace("X-OK", "X-ONE", StringComparison.Ordinal) + "\n    explains: { X-TWO: one makes two }\n"
            + "  - " + Valid.Replace("\n", "\n    ", StringComparison.Ordinal).Replace("X-OK", "X-TWO", StringComparison.Ordinal) + "\n    explains: { X-ONE: two makes one }\n");

        var error = Assert.Single(RuleSet.LoadFolderOnly(folder.Path).Errors);

        Assert.Contains("the explains graph has a cycle: X-ONE → X-TWO → X-ONE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBuiltInExplainsGraph_HasAWhyOnEveryEdge_AndNoCycle()
    {
        var rules = LyncOwaDiag.Classification.Rules.RuleSet.Load(null);
        Assert.Empty(rules.Errors);
        Assert.All(rules.Rules.SelectMany(r => r.ExplainsEdges), e => Assert.True(e.Because.Length > 20, $"{e.RuleId}: '{e.Because}' says too little"));
    }

    [Fact]
    public void EveryBuiltInRule_StatesItsScope()
    {
        var unscoped = LyncOwaDiag.Classification.Rules.RuleSet.Load(null).Rules.Where(r => string.IsNullOrWhiteSpace(r.Scope)).Select(r => r.Id).ToList();
        Assert.True(unscoped.Count == 0, "rules without scope: " + string.Join(", ", unscoped));
    }

    [Fact]
    public void AFolderRule_ReplacesTheBuiltInRuleOfTheSameId()
    {
        using var folder = new TempFolder();
        folder.File("mine.yaml", Valid.Replace("X-OK", "CERT-NOT-FOUND", StringComparison.Ordinal).Replace("title: ok", "title: my own", StringComparison.Ordinal));

        var rules = RuleSet.Load([folder.Path]);

        Assert.Empty(rules.Errors);
        Assert.Equal("my own", rules.Find("CERT-NOT-FOUND")!.Title);
        Assert.Equal(RuleSet.Load().Rules.Count, rules.Rules.Count);
    }
}
