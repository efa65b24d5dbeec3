using static LyncOwaDiag.Tests.Support.ClassifySome;
using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Classification;

/// <summary>
/// The built-in rules' fix commands say what the documentation and the cmdlets' help say, with this bundle's values
/// for the server in question: no value of another server, no value in the form another cmdlet prints it.
/// </summary>
public class RuleFactsTests
{
    private static readonly RuleSet Builtin = RuleSet.Load();

    [Fact]
    public void ImServerNameMissing_TakesTheBareRegistrarOfThisServersPool_NotAnotherPools()
    {
        var bundle = Scenario("WEBCONFIG-IMSERVERNAME-MISSING", out var temp);
        using (temp)
        {
            // Another server's pool on another registrar, in a second Lync snapshot.
            File.WriteAllText(Path.Combine(bundle, "other-pools.txt"), """
                PS C:\Users\admin> Get-CsTrustedApplicationPool | fl

                Identity             : TrustedApplicationPool:red-mbx-001.litwareinc.com
                Registrar            : Registrar:red-cs-001.litwareinc.com
                SiteId               : Site:Redmond
                PoolFqdn             : red-mbx-001.litwareinc.com

                """);

            var command = FixCommands(bundle, "WEBCONFIG-IMSERVERNAME-MISSING")[0];

            Assert.Equal("<add key=\"IMServerName\" value=\"atl-cs-001.litwareinc.com\"/>", command);
        }
    }

    [Fact]
    public void ThumbprintMissing_TakesThisServersIisCertificate_NotTheFirstListed()
    {
        var bundle = Scenario("WEBCONFIG-THUMBPRINT-MISSING", out var temp);
        using (temp)
        {
            var shell = Path.Combine(bundle, "ATL-MBX-001", "exchange-shell.txt");
            var text = File.ReadAllText(shell);
            const string First = "Thumbprint         : 7A3F9C2E5D1B4A6F8E0C2B4D6F8A0C2E4B6D8F01";
            Assert.Contains(First, text, StringComparison.Ordinal);
            File.WriteAllText(shell, text.Replace(First, """
                Thumbprint         : 1111111111111111111111111111111111111111
                Subject            : CN=ATL-MBX-001
                CertificateDomains : {ATL-MBX-001}
                HasPrivateKey      : True
                Services           : SMTP
                Status             : Valid


                """.ReplaceLineEndings(text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n") + First, StringComparison.Ordinal));

            var command = FixCommands(bundle, "WEBCONFIG-THUMBPRINT-MISSING")[1];

            Assert.Equal("<add key=\"IMCertificateThumbprint\" value=\"7A3F9C2E5D1B4A6F8E0C2B4D6F8A0C2E4B6D8F01\"/>", command);
        }
    }

    [Fact]
    public void SiteIdWrong_RecreatesWithTheSiteIdGetCsSiteGives()
    {
        var command = FixCommands(Path.Combine(RepoPaths.SampleTraces, "scenarios", "SITE-ID-WRONG", "bundle"), "SITE-ID-WRONG")[1];

        Assert.Equal("New-CsTrustedApplicationPool -Identity 'atl-mbx-001.litwareinc.com' -Registrar 'atl-cs-001.litwareinc.com' -Site '1' -RequiresReplication $False", command);
    }

    [Fact]
    public void CertNameMismatch_RecreatesThePoolWithTheNameOnTheCertificate_FromTheSnapshots()
    {
        var command = FixCommands(Path.Combine(RepoPaths.SampleTraces, "scenarios", "CERT-NAME-MISMATCH", "bundle"), "CERT-NAME-MISMATCH")[0];

        Assert.Equal("New-CsTrustedApplicationPool -Identity 'mail.litwareinc.com' -Registrar 'atl-cs-001.litwareinc.com' -Site '1' -RequiresReplication $False", command);
    }

    [Fact]
    public void CertNameMismatch_TakesTheCertificateNameFromAConnectionRecordsData()
    {
        var record = SipStackRead.Single(SipStackSome.DiagnosticRecord(
            "LogType: connection\nSeverity: error\nText: The peer is not a configured server on this network interface\nPeer-IP: 192.168.10.31:50123\nTransport: TLS\nData: fqdn=\"mail.litwareinc.com\"\n",
            flag: "TF_CONNECTION"));

        var finding = Run(Builtin, [record]).Findings.SelectMany(f => f.Consequences.Prepend(f)).Single(f => f.RuleId == "CERT-NAME-MISMATCH");

        Assert.StartsWith("New-CsTrustedApplicationPool -Identity 'mail.litwareinc.com' -Registrar <registrar pool FQDN from Get-CsTrustedApplicationPool> -Site <SiteID from Get-CsSite>", finding.Fix[0].Command, StringComparison.Ordinal);
    }

    [Fact]
    public void UserDisabledInGetCsUser_IsTurnedOnWithSetCsUserBySipAddress_NeverEnabledAgainByItsDn()
    {
        const string Dn = "CN=Dana Birkby,OU=Users,DC=litwareinc,DC=com";
        TimelineEvent[] user =
        [
            Fact("Get-CsUser", Dn, "SipAddress", "sip:dana@litwareinc.com", "lync-shell.txt", host: "ATL-CS-001"),
            Fact("Get-CsUser", Dn, "Enabled", "False", "lync-shell.txt", host: "ATL-CS-001"),
        ];

        var finding = Run(Builtin, user).Findings.SelectMany(f => f.Consequences.Prepend(f)).Single(f => f.RuleId == "USER-NOT-ENABLED");
        var commands = finding.Fix.Select(f => f.Command).OfType<string>().ToList();

        Assert.Contains("Set-CsUser -Identity 'sip:dana@litwareinc.com' -Enabled $True", commands);
        Assert.DoesNotContain(commands, c => c.Contains("Enable-CsUser", StringComparison.Ordinal) || c.Contains("CN=", StringComparison.Ordinal));
    }

    [Fact]
    public void UserUnknownToLync_IsEnabledWithEnableCsUser_WithRegistrarPoolAndSipAddress()
    {
        var response = Sip("SIP/2.0 404 Not Found", "c404", status: 404, diagnostics: "4005;reason=\"Destination URI either not enabled for SIP or does not exist\"");
        var notFound = response with { Payload = ((SipMessage)response.Payload!) with { ToUri = "sip:dana@litwareinc.com" } };

        var finding = Run(Builtin, [notFound]).Findings.SelectMany(f => f.Consequences.Prepend(f)).Single(f => f.RuleId == "USER-NOT-ENABLED");
        var commands = finding.Fix.Select(f => f.Command).OfType<string>().ToList();

        Assert.Contains(commands, c => c.StartsWith("Enable-CsUser -Identity 'dana@litwareinc.com' -RegistrarPool ", StringComparison.Ordinal) && c.EndsWith(" -SipAddress 'sip:dana@litwareinc.com'", StringComparison.Ordinal));
        Assert.DoesNotContain(commands, c => c.StartsWith("Set-CsUser", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Payload has grown too large without being picked up. User: sip:pilar@litwareinc.com", "pilar@litwareinc.com")]
    [InlineData("Payload has grown too large without being picked up. User: pilar@litwareinc.com, Size: 120000", "pilar@litwareinc.com")]
    [InlineData("Payload has grown too large without being picked up. User: LITWARE\\pilar", "<SMTP address from Get-Mailbox>")]
    public void PayloadNotPicked_AsksGetMailboxStatisticsForAMailboxIdentity_NeverASipUri(string context, string identity)
    {
        var finding = Run(Builtin, [ImRow("payload-not-picked", context)]).Findings.SelectMany(f => f.Consequences.Prepend(f)).Single(f => f.RuleId == "IM-PAYLOAD-NOT-PICKED");

        Assert.Equal($"Get-MailboxStatistics -Identity '{identity}' | Format-List LastLogonTime", finding.Fix[0].Command);
    }

    [Fact]
    public void PolicyImDisabled_SaysWhichSettingInASentence()
    {
        var cause = Causes(Path.Combine(RepoPaths.SampleTraces, "scenarios", "POLICY-IM-DISABLED", "bundle"), "POLICY-IM-DISABLED");

        Assert.StartsWith("OWA mailbox policy Default has InstantMessagingEnabled False and InstantMessagingType Ocs,", cause, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CLOCK-SKEW", "Kerberos")]
    [InlineData("CERT-EXPIRED", "event 102")]
    public void Causes_NameWhatReallyFails(string rule, string named)
    {
        var cause = Builtin.Rules.Single(r => r.Id == rule).Cause;

        Assert.Contains(named, cause, StringComparison.Ordinal);
        Assert.DoesNotContain("Lync refuses", cause, StringComparison.Ordinal);
        Assert.DoesNotContain("Kerberos and MTLS between the servers fail", cause, StringComparison.Ordinal);
    }

    [Fact]
    public void CertExpired_RenewsBothKinds_AndEnablesTheNewCertificateForIis()
    {
        var commands = Builtin.Rules.Single(r => r.Id == "CERT-EXPIRED").Fix.Select(f => f.Command).OfType<string>().ToList();

        Assert.Contains(commands, c => c.Contains("| New-ExchangeCertificate", StringComparison.Ordinal) && !c.Contains("-GenerateRequest", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.Contains("New-ExchangeCertificate -GenerateRequest", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.StartsWith("Import-ExchangeCertificate", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.StartsWith("Enable-ExchangeCertificate", StringComparison.Ordinal) && c.EndsWith("-Services IIS", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.Contains("IMCertificateThumbprint", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.Contains("recycle apppool", StringComparison.Ordinal));
    }

    [Fact]
    public void SipStackTracing_IsAllLevelsAndAllFlags_NotTheAlwaysOnScenario()
    {
        var commands = Builtin.Rules.SelectMany(r => r.Fix).Select(f => f.Command).OfType<string>().Where(c => c.Contains("Start-CsClsLogging", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(commands);
        Assert.All(commands, c =>
        {
            Assert.DoesNotContain("AlwaysOn", c, StringComparison.Ordinal);
            Assert.Contains("New-CsClsProvider -Name \"SIPStack\" -Type \"WPP\" -Level \"Debug\" -Flags \"All\"", c, StringComparison.Ordinal);
        });
    }

    /// <summary>
    /// A placeholder left in a command says where its value comes from (<c>&lt;SiteID from Get-CsSite&gt;</c>), or is a
    /// value only the admin chooses (a file of their own).
    /// </summary>
    [Fact]
    public void EveryPlaceholderInACommand_SaysWhereItsValueComesFrom()
    {
        string[] chosenByTheAdmin = ["<root CA certificate file>", "<SIP address>"];
        var holes = Builtin.Rules.SelectMany(r => r.Fix).Select(f => f.Command).OfType<string>()
            .SelectMany(c => System.Text.RegularExpressions.Regex.Matches(c, @"<(?!add |/)[^<>""]+>").Select(m => m.Value))
            .Where(h => !h.Contains(" from ", StringComparison.Ordinal) && !h.Contains(" printed by ", StringComparison.Ordinal) && !chosenByTheAdmin.Contains(h))
            .Distinct().ToList();

        Assert.Empty(holes);
    }

    private static string Scenario(string name, out TempFolder temp)
    {
        temp = new TempFolder();
        var bundle = Path.Combine(temp.Path, "bundle");
        FolderCopy.Copy(Path.Combine(RepoPaths.SampleTraces, "scenarios", name, "bundle"), bundle);
        return bundle;
    }

    private static List<Finding> Findings(string bundle) =>
        Diagnoser.Diagnose(new DiagnoseOptions { Paths = [bundle] }).Findings.SelectMany(f => f.Consequences.Prepend(f)).ToList();

    private static List<string?> FixCommands(string bundle, string rule) => Findings(bundle).First(f => f.RuleId == rule).Fix.Select(f => f.Command).ToList();

    private static string Causes(string bundle, string rule) => Findings(bundle).First(f => f.RuleId == rule).Cause;
}
