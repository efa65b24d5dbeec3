using System.Text.Json.Nodes;
using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;
using static LyncOwaDiag.Tests.Support.ClassifySome;

namespace LyncOwaDiag.Tests.Classification;

/// <summary>
/// Log text is untrusted: a bundle whose names carry commands (a manifest host, Get-ExchangeServer's Fqdn, web.config's
/// IMServerName) makes no fix command that runs them. The rule still fires; the placeholder stands where the value was.
/// </summary>
public class FixCommandInjectionTests
{
    private const string Payload = "; Stop-Computer -Force";

    public static TheoryData<string> Places() => new() { "manifest host", "Get-ExchangeServer Fqdn", "web.config IMServerName" };

    [Theory]
    [MemberData(nameof(Places))]
    public void AHostileName_NeverReachesAFixCommand(string place)
    {
        using var temp = new TempFolder();
        var bundle = Path.Combine(temp.Path, "bundle");
        FolderCopy.Copy(Path.Combine(RepoPaths.SampleTraces, "scenarios", "TRUSTED-APP-MISSING", "bundle"), bundle);
        var mailbox = Path.Combine(bundle, "ATL-MBX-001");
        switch (place)
        {
            case "manifest host":
                var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(mailbox, "manifest.json")))!;
                manifest["host"] = "atl-mbx-001.litwareinc.com -Registrar evil.example" + Payload;
                File.WriteAllText(Path.Combine(mailbox, "manifest.json"), manifest.ToJsonString());
                break;
            case "Get-ExchangeServer Fqdn":
                Replace(Path.Combine(mailbox, "exchange-shell.txt"), "Fqdn                : atl-mbx-001.litwareinc.com", "Fqdn                : atl-mbx-001.litwareinc.com" + Payload);
                break;
            default:
                Replace(Path.Combine(mailbox, "web.config"), "value=\"atl-cs-001.litwareinc.com\"", "value=\"atl-cs-001.litwareinc.com" + Payload + "\"");
                break;
        }

        var result = Diagnoser.Diagnose(new DiagnoseOptions { Paths = [bundle] });

        var commands = result.Findings.SelectMany(f => f.Consequences.Prepend(f)).SelectMany(f => f.Fix).Select(f => f.Command).OfType<string>().ToList();
        Assert.NotEmpty(commands);
        Assert.DoesNotContain(commands, c => c.Contains("Stop-Computer", StringComparison.Ordinal) || c.Contains("evil.example", StringComparison.Ordinal));
    }

    /// <summary>A payload with no space in it: the rules' own patterns (a host name, an address) let it through to the command.</summary>
    private const string Tight = "$(Stop-Computer)";

    /// <summary>Values the rules bind from snapshots of this server: the registrar, the IIS certificate, the site, the name on the certificate.</summary>
    public static TheoryData<string, string, string, string, string> SnapshotPlaces() => new()
    {
        { "WEBCONFIG-IMSERVERNAME-MISSING", "lync-shell.txt", "Registrar            : Registrar:atl-cs-001.litwareinc.com", "Registrar            : Registrar:atl-cs-001.litwareinc.com" + Tight, "WEBCONFIG-IMSERVERNAME-MISSING" },
        { "WEBCONFIG-THUMBPRINT-MISSING", "ATL-MBX-001/exchange-shell.txt", "Thumbprint         : 7A3F9C2E5D1B4A6F8E0C2B4D6F8A0C2E4B6D8F01", "Thumbprint         : 7A3F9C2E5D1B4A6F8E0C2B4D6F8A0C2E4B6D8F01" + Tight, "WEBCONFIG-THUMBPRINT-MISSING" },
        { "SITE-ID-WRONG", "lync-shell.txt", "SiteId      : 1", "SiteId      : 1" + Tight, "SITE-ID-WRONG" },
        { "CERT-NAME-MISMATCH", "ATL-MBX-001/exchange-shell.txt", "Subject            : CN=mail.litwareinc.com", "Subject            : CN=mail.litwareinc.com" + Tight, "CERT-NAME-MISMATCH" },
    };

    [Theory]
    [MemberData(nameof(SnapshotPlaces))]
    public void AHostileSnapshotValue_NeverReachesAFixCommand(string scenario, string file, string from, string to, string rule)
    {
        using var temp = new TempFolder();
        var bundle = Path.Combine(temp.Path, "bundle");
        FolderCopy.Copy(Path.Combine(RepoPaths.SampleTraces, "scenarios", scenario, "bundle"), bundle);
        if (file == "lync-shell.txt")
        {
            // The Lync snapshots live in the Front End's zip: take them out of it to edit them.
            var zip = Path.Combine(bundle, "ATL-CS-001.zip");
            using (var archive = System.IO.Compression.ZipFile.OpenRead(zip))
            {
                using var reader = new StreamReader(archive.GetEntry("lync-shell.txt")!.Open());
                File.WriteAllText(Path.Combine(bundle, file), reader.ReadToEnd());
            }

            File.Delete(zip);
        }

        Replace(Path.Combine(bundle, file), from, to);

        var finding = Diagnoser.Diagnose(new DiagnoseOptions { Paths = [bundle] }).Findings.SelectMany(f => f.Consequences.Prepend(f)).First(f => f.RuleId == rule);

        var commands = finding.Fix.Select(f => f.Command).OfType<string>().ToList();
        Assert.NotEmpty(commands);
        Assert.DoesNotContain(commands, c => c.Contains("Stop-Computer", StringComparison.Ordinal));
    }

    [Fact]
    public void AHostileNameInAConnectionRecord_UserOrImLog_NeverReachesAFixCommand()
    {
        var record = SipStackRead.Single(SipStackSome.DiagnosticRecord(
            $"LogType: connection\nSeverity: error\nText: The peer is not a configured server on this network interface\nTransport: TLS\nData: fqdn=\"mail.litwareinc.com{Tight}\"\n",
            flag: "TF_CONNECTION"));
        TimelineEvent[] events =
        [
            record,
            Fact("Get-CsUser", "CN=Dana", "SipAddress", $"sip:dana@litwareinc.com{Tight}", "lync-shell.txt", host: "ATL-CS-001"),
            Fact("Get-CsUser", "CN=Dana", "Enabled", "False", "lync-shell.txt", host: "ATL-CS-001"),
            ImRow("payload-not-picked", $"Payload has grown too large without being picked up. User: sip:pilar@litwareinc.com{Tight}"),
        ];

        var findings = Run(RuleSet.Load(), events).Findings.SelectMany(f => f.Consequences.Prepend(f)).ToList();

        Assert.Contains(findings, f => f.RuleId == "CERT-NAME-MISMATCH");
        Assert.Contains(findings, f => f.RuleId == "USER-NOT-ENABLED");
        Assert.Contains(findings, f => f.RuleId == "IM-PAYLOAD-NOT-PICKED");
        Assert.DoesNotContain(findings.SelectMany(f => f.Fix).Select(f => f.Command).OfType<string>(), c => c.Contains("Stop-Computer", StringComparison.Ordinal));
    }

    private static void Replace(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }
}
