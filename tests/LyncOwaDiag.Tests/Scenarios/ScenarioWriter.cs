using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace LyncOwaDiag.Tests.Scenarios;

/// <summary>
/// Turns a scenario into its files: <c>bundle/ATL-MBX-001/…</c> as the collector leaves a mailbox server's folder,
/// <c>bundle/ATL-CS-001.zip</c> for the Front End (stored, fixed times, so the bytes never change), and
/// <c>expected.json</c> beside the bundle.
/// </summary>
internal static class ScenarioWriter
{
    private static readonly DateTimeOffset ZipTime = new(2013, 5, 14, 10, 7, 0, TimeSpan.Zero);

    public static IReadOnlyList<(string Path, byte[] Content)> Files(Scenario scenario)
    {
        var files = MailboxFiles.Write(scenario.Spec).Select(f => ($"bundle/{BundleSpec.Mailbox}/{f.Path}", f.Content)).ToList();
        files.Add(($"bundle/{BundleSpec.FrontEnd}.zip", Zip(FrontEndFiles.Write(scenario.Spec))));
        files.Add(("expected.json", Expected(scenario)));
        return files;
    }

    public static byte[] Index(IReadOnlyList<Scenario> scenarios)
    {
        var sb = new StringBuilder();
        sb.Append("# Scenarios (synthetic)\n\n");
        sb.Append("Built by `tests/LyncOwaDiag.Tests/Scenarios` (`ScenarioCatalog`): a healthy Exchange 2013 + Lync 2013 bundle and, per documented\n");
        sb.Append("cause, the same bundle with that cause. Each folder holds `bundle/` (what an admin hands the tool: the mailbox server's\n");
        sb.Append("folder with manifest, web.config, IM log, Application.evtx, registry query and shell transcript; the Front End's zip\n");
        sb.Append("with SIPStack, Lync shell transcript and the Lync Server log as wevtutil XML) and `expected.json` (the rule triage must name first, the rules allowed\n");
        sb.Append("beside it, the verdict, the checklist, and the identifiers in the bundle). `LYNCOWADIAG_BLESS=1 dotnet test` rebuilds them;\n");
        sb.Append("the test fails when a rebuild would change a byte. The TF_CONNECTION records follow the documented shape by analogy\n");
        sb.Append("(no public sample of one exists).\n\n");
        sb.Append("Try one: `dotnet run --project src/LyncOwaDiag.Cli -- triage sample-traces/scenarios/CERT-NOT-FOUND/bundle`\n\n");
        sb.Append("| scenario | expected first | verdict | what changed |\n|---|---|---|---|\n");
        foreach (var s in scenarios)
        {
            sb.Append($"| `{s.Name}` | {s.Top ?? "(none)"} | {s.Verdict} | {s.Description.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        sb.Append("\nThe older `clock-skew-three-hosts/` is hand-made (see its README).\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static byte[] Zip(IEnumerable<(string Path, byte[] Content)> entries)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in entries)
            {
                var entry = archive.CreateEntry(path, CompressionLevel.NoCompression);
                entry.LastWriteTime = ZipTime;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return memory.ToArray();
    }

    private static byte[] Expected(Scenario scenario)
    {
        var checklist = new[] { "event-112", "im-log-present", "sign-ins-succeed", "presence-traffic", "no-errors" }
            .ToDictionary(id => id, id => scenario.Checklist.GetValueOrDefault(id, "passed"));
        var document = new
        {
            scenario = scenario.Name,
            description = scenario.Description,
            verdict = scenario.Verdict,
            top = scenario.Top,
            allowed = scenario.Allowed,
            checklist,
            identifiers = Identifiers(scenario.Spec),
        };
        var json = JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true });
        return Encoding.UTF8.GetBytes(json.ReplaceLineEndings("\n") + "\n");
    }

    /// <summary>The names, addresses and keys in the bundle a redacted report must not show (the redaction test reads them).</summary>
    private static IReadOnlyList<string> Identifiers(BundleSpec spec)
    {
        var ids = new List<string>
        {
            BundleSpec.Mailbox, BundleSpec.MailboxFqdn, BundleSpec.FrontEnd, BundleSpec.Pool, "dmz-edge01.litwareinc.com", BundleSpec.MailboxIp, "192.168.30.5",
        };
        ids.AddRange(spec.Certificates.SelectMany(c => c.Domains.Append(c.Thumbprint)));
        ids.AddRange(spec.WebConfigKeys.Values.Where(v => v is not null && v != "true").Select(v => v!));
        ids.AddRange(spec.TrustedPools.Select(p => p.Fqdn));
        ids.AddRange(spec.Users.SelectMany(u => BundleSpec.Addresses(u).Append(u.DisplayName)));
        if (spec.Exchange2010Server)
        {
            ids.AddRange(["ATL-EX2010", "atl-ex2010.litwareinc.com"]);
        }

        return ids.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
