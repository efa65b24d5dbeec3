using System.Text.Json.Nodes;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;

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

    private static void Replace(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }
}
