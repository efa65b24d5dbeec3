using LyncOwaDiag.Model;

namespace LyncOwaDiag.Tests.Metamorphic;

/// <summary>The invariant itself: what it lets through and what it catches, on hand-made results.</summary>
public class MetamorphicInvariantTests
{
    private static readonly ServerSummary Mailbox = new() { Label = "ATL-MBX-001", Fqdn = "atl-mbx-001.litwareinc.com" };

    private static Finding Finding(string rule, Severity severity, string? command = null) => new()
    {
        RuleId = rule,
        Title = rule,
        Severity = severity,
        Confidence = Confidence.High,
        Cause = rule,
        Fix = command is null ? [] : [new FixStep("do it", command)],
    };

    private static DiagnosisOutline Outline(Verdict verdict, Finding[] findings, string[]? notChecked = null, ServerSummary[]? servers = null) =>
        DiagnosisOutline.Of(new DiagnosisResult
        {
            Inputs = [],
            Verdict = verdict,
            Findings = findings,
            NotChecked = (notChecked ?? []).Select(r => new NotCheckedRule(r, r, "not collected")).ToList(),
            Servers = servers ?? [Mailbox],
        });

    private static readonly DiagnosisOutline CertExpired = Outline(Verdict.Failing, [Finding("CERT-EXPIRED", Severity.Error)]);

    [Fact]
    public void TheSameCauseFirst_Holds()
    {
        Assert.Empty(MetamorphicInvariant.Violations(CertExpired, CertExpired, MeaninglessNames.All));
    }

    [Fact]
    public void AnotherErrorFirst_IsCaught()
    {
        var after = Outline(Verdict.Failing, [Finding("TRUSTED-APP-MISSING", Severity.Error), Finding("CERT-EXPIRED", Severity.Error)]);

        Assert.Single(MetamorphicInvariant.Violations(CertExpired, after, []));
    }

    [Fact]
    public void TheCauseNotChecked_Holds_UnlessAnotherErrorTakesItsPlace()
    {
        var honest = Outline(Verdict.Inconclusive, [Finding("EXCHANGE-2010-LIMITS", Severity.Info)], ["CERT-EXPIRED"]);
        var replaced = Outline(Verdict.Failing, [Finding("UCMA-MISSING", Severity.Error)], ["CERT-EXPIRED"]);
        var silent = Outline(Verdict.Verified, []);

        Assert.Empty(MetamorphicInvariant.Violations(CertExpired, honest, []));
        Assert.Single(MetamorphicInvariant.Violations(CertExpired, replaced, []));
        Assert.Single(MetamorphicInvariant.Violations(CertExpired, silent, []));
    }

    [Fact]
    public void AVerifiedBundle_MustStayVerified()
    {
        var healthy = Outline(Verdict.Verified, []);

        Assert.Empty(MetamorphicInvariant.Violations(healthy, healthy, []));
        Assert.Single(MetamorphicInvariant.Violations(healthy, Outline(Verdict.Inconclusive, [], ["ENDPOINT-MANAGER-NOT-INITIALISED"]), []));
    }

    [Fact]
    public void ServersAreComparedByFqdn_CaseInsensitive_GuessesAside()
    {
        var upper = Outline(Verdict.Failing, [Finding("CERT-EXPIRED", Severity.Error)], servers: [Mailbox with { Fqdn = "ATL-MBX-001.LITWAREINC.COM" }]);
        var guessed = Outline(Verdict.Failing, [Finding("CERT-EXPIRED", Severity.Error)], servers: [Mailbox, new ServerSummary { Label = "a", Fqdn = "a.litwareinc.com", IsGuess = true }]);
        var lost = Outline(Verdict.Failing, [Finding("CERT-EXPIRED", Severity.Error)], servers: [Mailbox with { Fqdn = null }]);

        Assert.Empty(MetamorphicInvariant.Violations(CertExpired, upper, []));
        Assert.Empty(MetamorphicInvariant.Violations(CertExpired, guessed, []));
        Assert.Single(MetamorphicInvariant.Violations(CertExpired, lost, []));
    }

    [Theory]
    [InlineData(@"C:\Windows\System32\Inetsrv\Appcmd.exe recycle apppool /apppool.name:""MSExchangeOWAAppPool""", false)]
    [InlineData("Get-ExchangeCertificate -Server a | Format-List Thumbprint", true)]
    [InlineData(@"Get-Content C:\bundle\server 2\web.config", true)]
    [InlineData("Get-ExchangeCertificate -Server TICKET-4711", true)]
    [InlineData("Get-ExchangeCertificate -Server Ticket-47110", false)]
    public void AMadeUpName_IsFoundInAFixAsAWholeName_AlsoInAConsequence(string command, bool leaked)
    {
        // Only the fix is under test: the cause and the servers are the same either side.
        var after = Outline(Verdict.Failing, [Finding("CERT-EXPIRED", Severity.Error) with { Consequences = [Finding("ENDPOINT-MANAGER-NOT-INITIALISED", Severity.Error, command)] }]);

        Assert.Equal(leaked, MetamorphicInvariant.Violations(CertExpired, after, MeaninglessNames.All).Count > 0);
    }
}
