using LyncOwaDiag.Model;
using LyncOwaDiag.Tests.Support;
using static LyncOwaDiag.Tests.Support.ClassifySome;

namespace LyncOwaDiag.Tests.Classification;

/// <summary>Each matcher kind on its own: it fires on what it describes and stays quiet on what it does not.</summary>
public class MatcherTests
{
    [Fact]
    public void Event_EqualityAndNumbers_FireOnTheEventOnly()
    {
        var rules = Rules(Rule("X-EVENT", """
                  - event: { source: event-log, provider: MSExchange OWA, eventId: { ge: 83, le: 84 } }
            """));

        var fired = Run(rules, [EventLog("MSExchange OWA", 84)]);
        var quiet = Run(rules, [EventLog("MSExchange OWA", 85), EventLog("MSExchange ActiveSync", 84)]);

        Assert.Equal("X-EVENT", Assert.Single(fired.Findings).RuleId);
        Assert.Empty(quiet.Findings);
    }

    [Fact]
    public void Event_RegexCaptures_FillTheCauseAndTheFixCommand()
    {
        var rules = Rules(Rule("X-REGEX", """
                  - event: { source: owa-im, im.context: { matches: 'File:\s*(?<path>\S+)' } }
            """, cause: "missing {path}", command: "dir {path} on {host}"));

        var finding = Assert.Single(Run(rules, [ImRow("provider-not-found", @"IM provider not found.  File: C:\UCMA\Ucweb.dll", host: "ATL-MBX-002")]).Findings);

        Assert.Equal(@"missing C:\UCMA\Ucweb.dll", finding.Cause);
        Assert.Equal(@"dir 'C:\UCMA\Ucweb.dll' on 'ATL-MBX-002'", finding.Fix[0].Command);
        Assert.Single(finding.Evidence);
    }

    [Fact]
    public void Event_ANameThePatternBinds_WinsOverTheEventsOwn_AndTheEventsNamesFillTheRest()
    {
        var rules = Rules(Rule("X-NAMES", """
                  - event: { source: event-log, eventId: 83, data: { matches: 'server (?<host>\S+)' } }
            """, cause: "{host} at {file}:{line}, {time}, event {eventId} of {provider}", command: "ping {host}"));

        var first = EventLog("MSExchange OWA", 83, seconds: 5, host: "ATL-MBX-001", data: "cannot reach server atl-cs-001.litwareinc.com");
        var second = EventLog("MSExchange OWA", 83, seconds: 9, host: "ATL-MBX-002", data: "cannot reach server atl-cs-002.litwareinc.com");

        var finding = Assert.Single(Run(rules, [first, second]).Findings);

        // The first occurrence's values fill the text; the host is the one the data named, not the one that logged it.
        Assert.Equal($"atl-cs-001.litwareinc.com at Application.evtx:{first.Location.FirstLine}, 2013-05-14T09:00:05.000Z, event 83 of MSExchange OWA", finding.Cause);
        Assert.Equal("ping 'atl-cs-001.litwareinc.com'", finding.Fix[0].Command);
        Assert.Equal(["atl-cs-001.litwareinc.com", "atl-cs-002.litwareinc.com"], finding.Entities);
    }

    [Fact]
    public void Event_Duplicates_FoldIntoOneFinding_WithCountAndFirstLastSeen()
    {
        var rules = Rules(Rule("X-DUP", """
                  - event: { source: event-log, eventId: 83 }
            """));

        var finding = Assert.Single(Run(rules, Enumerable.Range(0, 25).Select(i => EventLog("MSExchange OWA", 83, seconds: i * 60))).Findings);

        Assert.Equal(25, finding.Count);
        Assert.Equal((T0, T0.AddMinutes(24)), (finding.FirstSeen!.Value, finding.LastSeen!.Value));
        Assert.Equal(10, finding.Evidence.Count);
        Assert.Equal(T0.AddMinutes(24), finding.Evidence[^1].Time);
    }

    [Fact]
    public void Together_FiresForEventsSharingTheKeyWithinTheWindow_Only()
    {
        var rules = Rules(Rule("X-TOGETHER", """
                  - together:
                      key: callId
                      within: 30s
                      events:
                        - { source: sipstack, sip.method: INVITE }
                        - { source: sipstack, sip.status: 504 }
            """));

        var same = Run(rules, [Sip("INVITE sip:a SIP/2.0", "c1", method: "INVITE"), Sip("SIP/2.0 504 Server time-out", "c1", seconds: 5, status: 504)]);
        var other = Run(rules, [Sip("INVITE sip:a SIP/2.0", "c1", method: "INVITE"), Sip("SIP/2.0 504 Server time-out", "c2", seconds: 5, status: 504)]);
        var late = Run(rules, [Sip("INVITE sip:a SIP/2.0", "c1", method: "INVITE"), Sip("SIP/2.0 504 Server time-out", "c1", seconds: 60, status: 504)]);

        var finding = Assert.Single(same.Findings);
        Assert.Equal(2, finding.Evidence.Count);
        Assert.Empty(other.Findings);
        Assert.Empty(late.Findings);
    }

    private const string AbsentRule = """
              - absent:
                  expect: { source: event-log, provider: MSExchange OWA, eventId: 112 }
                  after: { source: owa-im, im.message: sign-in-started }
                  collected: [{ source: event-log, provider: { matches: '^MSExchange' } }]
                  collectedName: Application log
        """;

    [Fact]
    public void Absent_FiresWhenTheCollectedSourceCoversThePrecondition_AndLacksTheEvent()
    {
        var rules = Rules(Rule("X-ABSENT", AbsentRule));

        var result = Run(rules, [EventLog("MSExchange Common", 4999, seconds: 0, level: 4), ImRow("sign-in-started", "CreateEndpointAndBeginSignIn", seconds: 60), EventLog("MSExchange Common", 4999, seconds: 120, level: 4)]);

        var finding = Assert.Single(result.Findings);
        Assert.Contains(finding.Evidence, e => e.Excerpt.Contains("has no such event", StringComparison.Ordinal));
        Assert.Contains(finding.Evidence, e => e.Location.File == "20130514-1.LOG");
    }

    [Fact]
    public void Absent_IsQuiet_WhenTheExpectedEventCame()
    {
        var rules = Rules(Rule("X-ABSENT", AbsentRule));

        var result = Run(rules, [EventLog("MSExchange OWA", 112, seconds: 0, level: 4), ImRow("sign-in-started", "CreateEndpointAndBeginSignIn", seconds: 60)]);

        Assert.Empty(result.Findings);
        Assert.Empty(result.NotChecked);
    }

    [Fact]
    public void Absent_TheExpectedEventOnAnotherServer_DoesNotCountForThisOne()
    {
        var rules = Rules(Rule("X-ABSENT", AbsentRule));

        // ATL-MBX-001 signs users in and logs no 112 in its Application log; its neighbour logs one.
        var result = Run(rules,
        [
            EventLog("MSExchange Common", 4999, seconds: 0, level: 4, host: "ATL-MBX-001"),
            ImRow("sign-in-started", "CreateEndpointAndBeginSignIn", seconds: 60, host: "ATL-MBX-001"),
            EventLog("MSExchange OWA", 112, seconds: 90, host: "ATL-MBX-002", file: "mbx02/Application.evtx"),
            EventLog("MSExchange Common", 4999, seconds: 120, level: 4, host: "ATL-MBX-001"),
        ]);

        Assert.Equal("X-ABSENT", Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public void Absent_WithoutTheSourceCollected_IsNotChecked_NotAFinding()
    {
        var rules = Rules(Rule("X-ABSENT", AbsentRule));

        var result = Run(rules, [ImRow("sign-in-started", "CreateEndpointAndBeginSignIn", seconds: 60)]);

        Assert.Empty(result.Findings);
        var notChecked = Assert.Single(result.NotChecked);
        Assert.Equal(("X-ABSENT", "no Application log was collected (server ATL-MBX-001)"), (notChecked.RuleId, notChecked.Reason));
    }

    [Fact]
    public void Absent_WhenTheSourceDoesNotCoverThePrecondition_IsNotChecked()
    {
        var rules = Rules(Rule("X-ABSENT", AbsentRule));

        var result = Run(rules, [EventLog("MSExchange Common", 4999, seconds: 0, level: 4), ImRow("sign-in-started", "CreateEndpointAndBeginSignIn", seconds: 7200)]);

        Assert.Empty(result.Findings);
        Assert.StartsWith("the Application log that was collected does not cover", Assert.Single(result.NotChecked).Reason, StringComparison.Ordinal);
    }

    private const string ThumbprintRule = """
              - config:
                  each: { scope: web.config, where: { IMCertificateThumbprint: { present: true, as: thumbprint } } }
                  none: { scope: Get-ExchangeCertificate, where: { Thumbprint: { thumbprint: '{thumbprint}' } } }
        """;

    [Fact]
    public void Config_ThumbprintAmongNoCertificate_FiresWithTheThumbprintInTheFix()
    {
        var rules = Rules(Rule("X-CONFIG", ThumbprintRule, command: "Get-ChildItem Cert:\\LocalMachine\\My\\{thumbprint}"));

        var result = Run(rules,
        [
            Fact("web.config", "appSettings", "IMCertificateThumbprint", "0A1B2C3D4E5F60718293A4B5C6D7E8F901234567", "MBX01/web.config"),
            Fact("Get-ExchangeCertificate", "FFEE", "Thumbprint", "FFEE", "MBX01/certs.txt"),
        ]);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("Get-ChildItem Cert:\\LocalMachine\\My\\0A1B2C3D4E5F60718293A4B5C6D7E8F901234567", finding.Fix[0].Command);
        Assert.Contains(finding.Evidence, e => e.Location.File == "MBX01/web.config");
        Assert.Contains(finding.Evidence, e => e.Excerpt.StartsWith("none of the 1 Get-ExchangeCertificate object(s)", StringComparison.Ordinal));
    }

    private const string SameServerThumbprintRule = """
              - config:
                  each: { scope: web.config, where: { IMCertificateThumbprint: { present: true, as: thumbprint } } }
                  none: { scope: Get-ExchangeCertificate, server: same, where: { Thumbprint: { thumbprint: '{thumbprint}' } } }
        """;

    [Fact]
    public void Config_SameServer_ACertificateInAnotherServersStore_DoesNotCount()
    {
        var rules = Rules(Rule("X-CONFIG", SameServerThumbprintRule));

        var result = Run(rules,
        [
            Fact("web.config", "appSettings", "IMCertificateThumbprint", "0A1B2C", "MBX01/web.config", host: "ATL-MBX-001"),
            Fact("Get-ExchangeCertificate", "FFEE", "Thumbprint", "FFEE", "MBX01/certs.txt", host: "ATL-MBX-001"),
            Fact("Get-ExchangeCertificate", "0A1B2C", "Thumbprint", "0A1B2C", "MBX02/certs.txt", host: "ATL-MBX-002"),
        ]);

        Assert.Equal("X-CONFIG", Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public void Config_SameServer_WithoutThatServersSnapshot_IsNotChecked_WhateverOthersHold()
    {
        var rules = Rules(Rule("X-CONFIG", SameServerThumbprintRule));

        var result = Run(rules,
        [
            Fact("web.config", "appSettings", "IMCertificateThumbprint", "0A1B2C", "MBX01/web.config", host: "ATL-MBX-001"),
            Fact("Get-ExchangeCertificate", "FFEE", "Thumbprint", "FFEE", "MBX02/certs.txt", host: "ATL-MBX-002"),
        ]);

        Assert.Empty(result.Findings);
        Assert.Contains("no Get-ExchangeCertificate snapshot from ATL-MBX-001", Assert.Single(result.NotChecked).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_ThumbprintsCompareIgnoringCaseAndSpaces()
    {
        var rules = Rules(Rule("X-CONFIG", ThumbprintRule));

        var result = Run(rules,
        [
            Fact("web.config", "appSettings", "IMCertificateThumbprint", "0a1b 2c3d", "MBX01/web.config"),
            Fact("Get-ExchangeCertificate", "0A1B2C3D", "Thumbprint", "0A1B2C3D", "MBX01/certs.txt"),
        ]);

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Config_WithoutTheSnapshotToCompare_IsNotChecked()
    {
        var rules = Rules(Rule("X-CONFIG", ThumbprintRule));

        var result = Run(rules, [Fact("web.config", "appSettings", "IMCertificateThumbprint", "0A1B2C", "MBX01/web.config")]);

        Assert.Empty(result.Findings);
        Assert.Contains("no Get-ExchangeCertificate snapshot", Assert.Single(result.NotChecked).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_KeyOutsideAppSettings_CountsAsMissing()
    {
        var rules = Rules(Rule("X-MISSING", """
                  - config:
                      each: { scope: web.config, where: { IMServerName: { present: false } } }
            """));

        var misplaced = Run(rules,
        [
            Fact("web.config", "appSettings", "IMServerName", "pool.contoso.com", "MBX01/web.config", note: "outside appSettings"),
            Fact("web.config", "appSettings", "ClientId", "x", "MBX01/web.config"),
        ]);
        var present = Run(rules, [Fact("web.config", "appSettings", "IMServerName", "pool.contoso.com", "MBX02/web.config")]);

        Assert.Single(misplaced.Findings);
        Assert.Empty(present.Findings);
    }

    [Fact]
    public void Config_SomeChain_JoinsSnapshots_AndCertificateWildcardsCoverOneLabel()
    {
        var rules = Rules(Rule("X-COVERS", """
                  - config:
                      each: { scope: Get-CsTrustedApplicationPool, where: { PoolFqdn: { as: pool } } }
                      some:
                        - { scope: Get-ExchangeCertificate, where: { CertificateDomains: { not: { covers: '{pool}' } } } }
            """, cause: "{pool} not covered"));

        var wildcard = Run(rules,
        [
            Fact("Get-CsTrustedApplicationPool", "TrustedApplicationPool:mbx01.contoso.com", "PoolFqdn", "mbx01.contoso.com", "FE/pools.txt"),
            Fact("Get-ExchangeCertificate", "AB", "CertificateDomains", "{*.contoso.com}", "MBX01/certs.txt", items: ["*.contoso.com"]),
        ]);
        var other = Run(rules,
        [
            Fact("Get-CsTrustedApplicationPool", "TrustedApplicationPool:mbx01.contoso.com", "PoolFqdn", "mbx01.contoso.com", "FE/pools.txt"),
            Fact("Get-ExchangeCertificate", "AB", "CertificateDomains", "{mail.contoso.com, *.eu.contoso.com}", "MBX01/certs.txt", items: ["mail.contoso.com", "*.eu.contoso.com"]),
        ]);

        Assert.Empty(wildcard.Findings);
        Assert.Equal("mbx01.contoso.com not covered", Assert.Single(other.Findings).Cause);
    }

    private const string WeakenedThumbprintRule = """
              - event: { source: event-log, eventId: 103, data: { as: thumbprint } }
                weakenedBy:
                  config:
                    each: { scope: web.config, where: { IMCertificateThumbprint: { present: true, not: { thumbprint: '{thumbprint}' } } } }
        """;

    [Theory]
    [InlineData("0A1B2C3D4E5F60718293A4B5C6D7E8F901234567", "ATL-MBX-001", Confidence.Low)] // this server now names another
    [InlineData("FFEEDDCCBBAA00998877665544332211FFEEDDCC", "ATL-MBX-001", Confidence.High)] // it still names the one not found
    [InlineData("0A1B2C3D4E5F60718293A4B5C6D7E8F901234567", "ATL-MBX-002", Confidence.High)] // another server's web.config says nothing
    public void WeakenedBy_TheReadingsOwnServerNamingAnotherValue_LeavesALowConfidenceCandidate(string configured, string configHost, Confidence expected)
    {
        var rules = Rules(Rule("X-WEAK", WeakenedThumbprintRule));

        var finding = Assert.Single(Run(rules,
        [
            Fact("web.config", "appSettings", "IMCertificateThumbprint", configured, $"{configHost}/web.config", host: configHost),
            EventLog("MSExchange OWA", 103, data: "FFEEDDCCBBAA00998877665544332211FFEEDDCC"),
        ]).Findings);

        Assert.Equal(expected, finding.Confidence);
    }

    private const string ConfirmedRefusalRule = """
              - event: { source: sipstack, kind: sipstack.record, text: { contains: 'not a configured server' }, record.fqdn: { optional: true, as: owaFqdn } }
                confidence: low
                confirmedBy:
                  event: { source: event-log, provider: LS Protocol Stack, eventId: 14492, text: { not: { contains: '{owaFqdn}' } } }
                  confidence: medium
        """;

    [Theory]
    [InlineData("atl-mbx-001.litwareinc.com", "atl-cs-001.litwareinc.com (version 6)", Confidence.Medium)] // the list leaves the server out
    [InlineData("atl-mbx-001.litwareinc.com", "atl-mbx-001.litwareinc.com (version 0)", Confidence.Low)] // the list has it: no confirmation
    [InlineData(null, "atl-cs-001.litwareinc.com (version 6)", Confidence.Low)] // the reading names no server: nothing to look up
    [InlineData("atl-mbx-001.litwareinc.com", null, Confidence.Low)] // no 14492 in the bundle
    public void ConfirmedBy_AnEventTestedWithTheReadingsNames_RaisesTheConfidence_AndJoinsTheEvidence(string? fqdn, string? knownServers, Confidence expected)
    {
        var rules = Rules(Rule("X-CONFIRMED", ConfirmedRefusalRule));
        var record = SipRecord("The peer is not a configured server on this network interface", fqdn);
        TimelineEvent[] events = knownServers is null ? [record] : [EventLog("LS Protocol Stack", 14492, host: "ATL-CS-001", data: knownServers), record];

        var finding = Assert.Single(Run(rules, events).Findings);

        Assert.Equal(expected, finding.Confidence);
        Assert.Equal(expected == Confidence.Medium, finding.Evidence.Any(e => e.Excerpt.Contains("14492", StringComparison.Ordinal)));
    }

    [Fact]
    public void Skew_FiresAboveTheThreshold_WithTheHostsBound()
    {
        var rules = Rules(Rule("X-SKEW", """
                  - skew: { over: 1s }
            """, cause: "{host} vs {reference}: {seconds} s"));
        ClockSkew Skew(double seconds) => new("EDGE01", "FE01", TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(seconds - 0.01), TimeSpan.FromSeconds(seconds + 0.01), 5, []);

        Assert.Equal("EDGE01 vs FE01: 2.500 s", Assert.Single(Run(rules, [], [Skew(-2.5)]).Findings).Cause);
        Assert.Empty(Run(rules, [], [Skew(0.4)]).Findings);
    }

    [Fact]
    public void Versions_ARuleForExchange2013_DoesNotFire_OnAnExchange2016Bundle()
    {
        var yaml = Rule("X-2013", """
                  - event: { source: event-log, eventId: 83 }
            """).Replace("exchange: [2013, 2016, 2019]", "exchange: [2013]", StringComparison.Ordinal);
        var rules = Rules(yaml);

        var on2016 = Run(rules, [EventLog("MSExchange OWA", 83), Fact("manifest", "ATL-MBX-001", "exchangeVersion", "15.1.2507.6", "manifest.json")]);
        var on2013 = Run(rules, [EventLog("MSExchange OWA", 83), Fact("manifest", "ATL-MBX-001", "exchangeVersion", "15.0.1497.2", "manifest.json")]);

        Assert.Empty(on2016.Findings);
        Assert.Contains("the bundle shows exchange 2016", Assert.Single(on2016.NotChecked).Reason, StringComparison.Ordinal);
        Assert.Single(on2013.Findings);
    }
}
