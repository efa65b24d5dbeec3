using System.Text.Json;
using LyncOwaDiag.Cli.Tests.Support;

namespace LyncOwaDiag.Cli.Tests;

/// <summary>
/// <c>--redact</c>: no identifier a scenario's expected.json lists by hand (hosts, FQDNs, users, SIP URIs, SMTP
/// addresses, display names, IPs, thumbprints) survives in any report format, in any letter case.
/// </summary>
public sealed class RedactionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lyncowadiag-redact-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Scenarios() =>
        new(Directory.EnumerateDirectories(Path.Combine(CliRun.Root, "sample-traces", "scenarios"))
            .Where(d => File.Exists(Path.Combine(d, "expected.json")))
            .Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void NoIdentifierSurvives_InAnyReport(string scenario)
    {
        var root = Path.Combine(CliRun.Root, "sample-traces", "scenarios", scenario);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "expected.json")));
        var identifiers = expected.RootElement.GetProperty("identifiers").EnumerateArray().Select(i => i.GetString()!).ToList();
        var reports = new[] { "r.md", "r.html", "r.json" }.Select(n => Path.Combine(_folder, n)).ToList();
        var map = Path.Combine(_folder, "map.json");

        var run = CliRun.Of(["triage", Path.Combine(root, "bundle"), "--redact", "--redact-map", map, "--fail-on", "critical", .. reports.SelectMany(r => new[] { "--report", r })]);

        Assert.Equal(0, run.ExitCode);
        foreach (var report in reports)
        {
            var text = File.ReadAllText(report);
            var found = identifiers.Where(i => text.Contains(i, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(found.Count == 0, $"{Path.GetFileName(report)} still names: {string.Join(", ", found)}");
        }

        using var mapping = JsonDocument.Parse(File.ReadAllText(map));
        Assert.Contains(mapping.RootElement.EnumerateObject(), p => p.Name.Equals("litwareinc.com", StringComparison.OrdinalIgnoreCase) && p.Value.GetString() == "example.com");
    }

    [Theory]
    [InlineData("timeline", "text")]
    [InlineData("timeline", "csv")]
    [InlineData("timeline", "jsonl")]
    [InlineData("flow", "text")]
    [InlineData("flow", "md")]
    public void NoIdentifierSurvives_InTimelineOrFlow(string command, string format)
    {
        var root = Path.Combine(CliRun.Root, "sample-traces", "scenarios", command == "flow" ? "healthy" : "CERT-NAME-MISMATCH");
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "expected.json")));
        var identifiers = expected.RootElement.GetProperty("identifiers").EnumerateArray().Select(i => i.GetString()!).ToList();
        string[] args = command == "flow"
            ? ["flow", Path.Combine(root, "bundle"), "--user", "sip:kim@litwareinc.com", "--format", format, "--redact", "--quiet"]
            : ["timeline", Path.Combine(root, "bundle"), "--format", format, "--redact", "--quiet"];

        var run = CliRun.Of(args);

        Assert.Equal(0, run.ExitCode);
        Assert.True(run.Out.Length > 200, "too little output to prove anything: " + run.Out);
        var found = identifiers.Where(i => run.Out.Contains(i, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(found.Count == 0, $"{command} {format} still names: {string.Join(", ", found)}");
        if (format == "jsonl")
        {
            Assert.All(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => JsonDocument.Parse(line).Dispose());
        }
    }

    [Fact]
    public void RedactedReports_StayReadable_AndConsistent()
    {
        var md = Path.Combine(_folder, "r.md");
        CliRun.Of("triage", Path.Combine(CliRun.Root, "sample-traces", "scenarios", "TRUSTED-APP-MISSING", "bundle"), "--redact", "--report", md);

        var text = File.ReadAllText(md);
        // The same machine has the same pseudonym everywhere: in the fix command as an FQDN, in the inputs as the bracket name.
        var fix = System.Text.RegularExpressions.Regex.Match(text, @"New-CsTrustedApplicationPool -Identity '(?<owa>host\d+)\.example\.com' -Registrar '(?<pool>host\d+)\.example\.com'");
        Assert.True(fix.Success, "the fix command is not redacted consistently");
        Assert.NotEqual(fix.Groups["owa"].Value, fix.Groups["pool"].Value);
        Assert.Contains($"`{fix.Groups["owa"].Value.ToUpperInvariant()}`", text, StringComparison.Ordinal);
        Assert.Contains("`TRUSTED-APP-MISSING`", text, StringComparison.Ordinal);
    }
}
