using System.Text.Json;
using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Scenarios;

/// <summary>
/// The committed scenarios are exactly what the builder makes, and triage names each one's cause first, allows
/// nothing unexpected, and fills the checklist as expected.
/// </summary>
public class ScenarioTests
{
    private static string Folder => Path.Combine(RepoPaths.SampleTraces, "scenarios");

    public static TheoryData<string> Names() => new(ScenarioCatalog.All.Select(s => s.Name));

    [Fact]
    public void Rebuilding_GivesTheCommittedBytes()
    {
        var bless = Environment.GetEnvironmentVariable("LYNCOWADIAG_BLESS") == "1";
        var differences = new List<string>();
        foreach (var scenario in ScenarioCatalog.All)
        {
            var root = Path.Combine(Folder, scenario.Name);
            var files = ScenarioWriter.Files(scenario);
            if (bless && Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }

            foreach (var (path, content) in files)
            {
                var full = Path.Combine(root, path);
                if (bless)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                    File.WriteAllBytes(full, content);
                }
                else if (!File.Exists(full) || !File.ReadAllBytes(full).AsSpan().SequenceEqual(content))
                {
                    differences.Add(Path.Combine(scenario.Name, path));
                }
            }

            var expected = files.Select(f => Path.GetFullPath(Path.Combine(root, f.Path))).ToHashSet();
            differences.AddRange(Directory.Exists(root)
                ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !expected.Contains(Path.GetFullPath(f))).Select(f => "extra: " + f)
                : []);
        }

        var index = ScenarioWriter.Index(ScenarioCatalog.All);
        var indexPath = Path.Combine(Folder, "README.md");
        if (bless)
        {
            File.WriteAllBytes(indexPath, index);
        }
        else if (!File.Exists(indexPath) || !File.ReadAllBytes(indexPath).AsSpan().SequenceEqual(index))
        {
            differences.Add("README.md");
        }

        Assert.True(differences.Count == 0, "rebuilt scenarios differ (LYNCOWADIAG_BLESS=1 rewrites them): " + string.Join(", ", differences));
    }

    [Fact]
    public void EveryRule_HasAScenario_NamedByItsId()
    {
        var ids = RuleSet.Load().Rules.Select(r => r.Id).Order(StringComparer.Ordinal);
        var named = ScenarioCatalog.All.Where(s => s.Top is not null).Select(s => s.Name).Order(StringComparer.Ordinal);
        Assert.Equal(ids, named);

        // A scenario names its rule first, or beside the cause when the rule is informational (VDIR-IM-SETTINGS-IGNORED).
        Assert.All(ScenarioCatalog.All.Where(s => s.Top is not null), s => Assert.True(s.Top == s.Name || s.Allowed.Contains(s.Name), $"{s.Name}: top {s.Top}"));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Triage_NamesTheCauseFirst_AllowsNothingElse_AndFillsTheChecklist(string name)
    {
        var root = Path.Combine(Folder, name);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "expected.json")));
        var e = expected.RootElement;

        var result = Diagnoser.Diagnose(new DiagnoseOptions { Paths = [Path.Combine(root, "bundle")] });

        var top = e.GetProperty("top").GetString();
        var allowed = e.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()!).Append(top).ToHashSet();
        var all = result.Findings.SelectMany(f => f.Consequences.Prepend(f)).Select(f => $"{f.RuleId} ({f.Severity}, {f.Confidence})").ToList();
        if (top is null)
        {
            Assert.True(result.Findings.Count == 0, "healthy, yet: " + string.Join(", ", all));
        }
        else
        {
            Assert.True(result.Findings.Count > 0 && result.Findings[0].RuleId == top, $"expected {top} first, got: {string.Join(", ", all)}");
        }

        Assert.True(all.All(f => allowed.Contains(f.Split(' ')[0])), "unexpected: " + string.Join(", ", all));
        Assert.Equal(e.GetProperty("verdict").GetString(), result.Verdict.ToString().ToLowerInvariant());
        var states = result.Checklist.ToDictionary(c => c.Id, c => c.State switch { ChecklistState.Passed => "passed", ChecklistState.Failed => "failed", _ => "not-checked" });
        var wanted = e.GetProperty("checklist").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        Assert.Equal(wanted, states);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity <= Severity.Warning);
        Assert.True(result.Unexplained.Count == 0, "unexplained: " + string.Join(", ", result.Unexplained.Select(u => u.Signature)));
        Assert.All(result.Findings, f => Assert.All(f.Evidence, ev => Assert.True(ev.Location.FirstLine >= 1)));
    }

    [Fact]
    public void WithoutTheApplicationLog_Event112IsNotChecked_AndNoFindingClaimsItsAbsence()
    {
        // The IM log shows sign-ins, which would make a missing event 112 a finding, but no Application log came.
        var result = Diagnoser.Diagnose(new DiagnoseOptions { Paths = [Path.Combine(Folder, "healthy-without-application-log", "bundle")] });

        Assert.Equal(Verdict.Inconclusive, result.Verdict);
        Assert.Empty(result.Findings);
        Assert.Equal(ChecklistState.NotChecked, Assert.Single(result.Checklist, c => c.Id == "event-112").State);
        var notChecked = Assert.Single(result.NotChecked);
        Assert.Equal("ENDPOINT-MANAGER-NOT-INITIALISED", notChecked.RuleId);
        Assert.StartsWith("no Application log of the mailbox server was collected (server ", notChecked.Reason, StringComparison.Ordinal);
        Assert.Contains("event-112", result.VerdictReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CERT-NOT-FOUND", "Get-ExchangeCertificate -Server 'ATL-MBX-001'")]
    [InlineData("CERT-NAME-MISMATCH", "-Registrar 'atl-cs-001.litwareinc.com'")]
    [InlineData("TRUSTED-APP-MISSING", "New-CsTrustedApplicationPool -Identity 'atl-mbx-001.litwareinc.com' -Registrar 'atl-cs-001.litwareinc.com' -Site '1'")]
    [InlineData("WRONG-IMSERVERNAME", "<add key=\"IMServerName\" value=\"atl-cs-001.litwareinc.com\"/>")]
    [InlineData("USER-NOT-ENABLED", "Set-Mailbox -Identity 'dana@litwareinc.com' -EmailAddresses @{Add='SIP:dana@litwareinc.com'}")]
    [InlineData("UCMA-LOAD-FAILED", "Appcmd.exe recycle apppool")]
    [InlineData("TRUSTED-APP-DUPLICATE", "Remove-CsTrustedApplicationPool -Identity 'atl-mbx-001.litwareinc.com'")]
    [InlineData("SITE-ID-WRONG", "New-CsTrustedApplicationPool -Identity 'atl-mbx-001.litwareinc.com'")]
    [InlineData("UM-DIALPLAN-ROUTING", "Add='Atlanta SIP Dial Plan'")]
    [InlineData("VDIR-IM-SETTINGS-IGNORED", "value=\"atl-cs-001.litwareinc.com\"")]
    [InlineData("IM-PAYLOAD-NOT-PICKED", "Get-MailboxStatistics -Identity 'pilar@litwareinc.com'")]
    [InlineData("SITE-ID-WRONG", "-Site '1' ")]
    [InlineData("CERT-NAME-MISMATCH", "New-CsTrustedApplicationPool -Identity 'mail.litwareinc.com'")]
    public void TheFix_IsFilledWithTheBundlesValues(string name, string command)
    {
        var result = Diagnoser.Diagnose(new DiagnoseOptions { Paths = [Path.Combine(Folder, name, "bundle")] });

        // Server names compare ignoring case, as PowerShell and DNS do: the log that named the server first decides its case.
        var fix = result.Findings[0].Fix.Select(f => f.Command).ToList();
        Assert.True(fix.Any(c => c is not null && c.Contains(command, StringComparison.OrdinalIgnoreCase)), $"no fix command contains {command}: {string.Join(" | ", fix)}");
    }
}
