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

    [Theory]
    [InlineData("timeline")]
    [InlineData("triage")]
    public void Stderr_NamesNothingEither_SkippedFilesAndDiagnosticsIncluded(string command)
    {
        // A folder named after the server, a file it cannot read named after it too, and a malformed IM log row
        // about the pool: each is said on stderr, as input1/… with pseudonyms.
        var server = Path.Combine(_folder, "in", "atl-mbx-001.litwareinc.com");
        Directory.CreateDirectory(server);
        File.WriteAllText(Path.Combine(server, "notes-atl-mbx-001.txt"), "garbage about atl-mbx-001.litwareinc.com\n");
        File.WriteAllText(Path.Combine(server, "20130514-9.LOG"),
            "#Software: Microsoft Exchange Server\n#Fields: date-time,thread-id,level,user,subscription-guid,subscription-type,logentry-id,context,property-bag\n"
            + "not-a-date,44,1,kim@litwareinc.com,,,,\"failed on atl-cs-001.litwareinc.com\",\n");

        var run = CliRun.Of(command, Path.Combine(_folder, "in"), "--redact", "--verbose");

        // timeline says the skipped file and the diagnostics on stderr; triage in its report on stdout.
        Assert.Contains("input1/", command == "timeline" ? run.Error : run.Out, StringComparison.Ordinal);
        Assert.Contains("not a UTC time", command == "timeline" ? run.Error : run.Out, StringComparison.Ordinal);
        foreach (var name in new[] { "litwareinc", "atl-mbx-001", "atl-cs-001", "kim@", _folder })
        {
            Assert.False(run.Error.Contains(name, StringComparison.OrdinalIgnoreCase), $"stderr names {name}:\n{run.Error}");
            Assert.False(run.Out.Contains(name, StringComparison.OrdinalIgnoreCase), $"stdout names {name}:\n{run.Out}");
        }
    }

    [Fact]
    public void NoReadableInput_IsSaidWithoutTheFolderNames()
    {
        var server = Path.Combine(_folder, "in", "atl-mbx-001.litwareinc.com");
        Directory.CreateDirectory(server);
        File.WriteAllText(Path.Combine(server, "x.txt"), "nothing here\n");

        var run = CliRun.Of("timeline", Path.Combine(_folder, "in"), "--redact");

        Assert.Contains("no readable input", run.Error, StringComparison.Ordinal);
        Assert.Contains("input1/host", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("litwareinc", run.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(_folder, run.Error, StringComparison.Ordinal);
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
