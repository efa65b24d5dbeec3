using LyncOwaDiag.Model;
using static LyncOwaDiag.Tests.Support.ClassifySome;

namespace LyncOwaDiag.Tests.Classification;

/// <summary>Ranking (docs/design.md#ranking): a cause above what it explains (folded under it), then severity, then confidence.</summary>
public class RankingTests
{
    private static string TwoRules(string causeExtra = "", string effectConfidence = "high") =>
        Rule("X-CAUSE", """
                  - event: { source: event-log, eventId: 83 }
            """, extra: "    explains: { X-EFFECT: the cause produces the effect }\n" + causeExtra)
        + "\n" + Rule("X-EFFECT", """
                  - event: { source: event-log, eventId: 88 }
            """).Replace("rules:\n", string.Empty, StringComparison.Ordinal).Replace("severity: error", "severity: critical", StringComparison.Ordinal)
            .Replace("confidence: high", $"confidence: {effectConfidence}", StringComparison.Ordinal);

    [Fact]
    public void ACause_FoldsTheConsequenceItExplains_AndTakesItsSeverity()
    {
        var result = Run(Rules(TwoRules()), [EventLog("MSExchange OWA", 88), EventLog("MSExchange OWA", 83, seconds: 5)]);

        var top = Assert.Single(result.Findings);
        Assert.Equal("X-CAUSE", top.RuleId);
        Assert.Equal("X-EFFECT", Assert.Single(top.Consequences).RuleId);
        Assert.Equal(Severity.Critical, top.Severity);
    }

    [Fact]
    public void AFoldedConsequence_LessSureThanItsCause_ShowsNoFixOfItsOwn()
    {
        var top = Assert.Single(Run(Rules(TwoRules(effectConfidence: "low")), [EventLog("MSExchange OWA", 88), EventLog("MSExchange OWA", 83, seconds: 5)]).Findings);

        Assert.NotEmpty(top.Fix);
        Assert.Empty(Assert.Single(top.Consequences).Fix);
    }

    [Fact]
    public void AFoldedConsequence_AsSureAsItsCause_KeepsItsFix()
    {
        var top = Assert.Single(Run(Rules(TwoRules()), [EventLog("MSExchange OWA", 88), EventLog("MSExchange OWA", 83, seconds: 5)]).Findings);

        Assert.NotEmpty(Assert.Single(top.Consequences).Fix);
    }

    [Fact]
    public void ACauseOnOneServer_DoesNotFoldAConsequenceOnAnother()
    {
        var result = Run(Rules(TwoRules()), [EventLog("MSExchange OWA", 88, host: "ATL-MBX-002", file: "mbx02/Application.evtx"), EventLog("MSExchange OWA", 83, seconds: 5, host: "ATL-MBX-001")]);

        Assert.Equal(["X-EFFECT", "X-CAUSE"], result.Findings.Select(f => f.RuleId));
        Assert.All(result.Findings, f => Assert.Empty(f.Consequences));
    }

    [Fact]
    public void AConsequenceAlone_StaysAtTheTop()
    {
        var result = Run(Rules(TwoRules()), [EventLog("MSExchange OWA", 88)]);

        Assert.Equal("X-EFFECT", Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public void Unrelated_RankBySeverityThenConfidence()
    {
        var yaml = Rule("X-WARN", """
                  - event: { source: event-log, eventId: 1 }
            """).Replace("severity: error", "severity: warning", StringComparison.Ordinal)
            + "\n" + Rule("X-LOW", """
                  - event: { source: event-log, eventId: 2 }
            """).Replace("rules:\n", string.Empty, StringComparison.Ordinal).Replace("confidence: high", "confidence: low", StringComparison.Ordinal)
            + "\n" + Rule("X-HIGH", """
                  - event: { source: event-log, eventId: 3 }
            """).Replace("rules:\n", string.Empty, StringComparison.Ordinal);

        var result = Run(Rules(yaml), [EventLog("P", 1), EventLog("P", 2, seconds: 1), EventLog("P", 3, seconds: 2)]);

        Assert.Equal(["X-HIGH", "X-LOW", "X-WARN"], result.Findings.Select(f => f.RuleId));
    }

    [Fact]
    public void ARuleThatRequiresAnother_StandsOnlyBesideIt()
    {
        var yaml = Rule("X-BASE", """
                  - event: { source: event-log, eventId: 1 }
            """) + "\n" + Rule("X-CIRCUMSTANCE", """
                  - event: { source: event-log, eventId: 2 }
            """, extra: "    requires: [X-BASE]\n").Replace("rules:\n", string.Empty, StringComparison.Ordinal);
        var rules = Rules(yaml);

        Assert.Empty(Run(rules, [EventLog("P", 2)]).Findings);
        Assert.Equal(2, Run(rules, [EventLog("P", 1), EventLog("P", 2)]).Findings.Count);
    }

    [Fact]
    public void SignalsNoFiredRuleExplains_AreUnexplained_GroupedBySignature()
    {
        var rules = Rules(Rule("X-83", """
                  - event: { source: event-log, eventId: 83 }
            """));

        var result = Run(rules,
        [
            EventLog("MSExchange OWA", 83), EventLog("MSExchange OWA", 87, seconds: 1), EventLog("MSExchange OWA", 87, seconds: 2),
            EventLog("LS Protocol Stack", 14428, seconds: 3, level: 3), EventLog("Service Control Manager", 7031, seconds: 4),
            Sip("SIP/2.0 404 Not Found", "c1", seconds: 5, status: 404, diagnostics: "4005;reason=\"Destination URI either not enabled for SIP or does not exist\""),
        ]);

        Assert.Equal(
            [("MSExchange OWA 87", 2L), ("LS Protocol Stack 14428", 1L), ("SIP 404 to INVITE, ms-diagnostics 4005", 1L)],
            result.Unexplained.Select(u => (u.Signature, u.Count)));
        Assert.Equal(1, result.OtherErrors);
    }
}
