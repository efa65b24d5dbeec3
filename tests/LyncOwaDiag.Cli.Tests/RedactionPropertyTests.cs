using System.Globalization;
using System.IO.Compression;
using System.Text;
using LyncOwaDiag.Cli.Tests.Support;

namespace LyncOwaDiag.Cli.Tests;

/// <summary>
/// <c>--redact</c> as a property: bundles made here with random identifiers of every kind the redactor claims (hosts
/// in FQDNs, alone and inside a collector's zip name, a partner's FQDN, users, display names, IPv4 and IPv6 addresses,
/// thumbprints, SIDs, GUIDs, profile folders, DOMAIN\account names) go through every output — the console, the three
/// reports, the timeline in each format, <c>--each</c>'s folder names, summary and reports. The list of identifiers
/// comes from the generator, not from the redactor: none may survive, in any letter case.
/// </summary>
public sealed class RedactionPropertyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lyncowadiag-redactprop-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void NoGeneratedIdentifierSurvives_InAnyOutput(int seed)
    {
        var bundle = GeneratedBundle.Write(Path.Combine(_folder, "in"), new Random(seed));
        var outputs = new List<(string Where, string Text)>();
        var reports = new[] { "r.md", "r.html", "r.json" }.Select(n => Path.Combine(_folder, n)).ToList();

        var triage = CliRun.Of(["triage", bundle.Folder, "--redact", "--verbose", "--fail-on", "critical", .. reports.SelectMany(r => new[] { "--report", r })]);
        Assert.True(triage.ExitCode == 0, triage.Error);
        outputs.Add(("triage console", triage.Out));
        outputs.Add(("triage stderr", triage.Error));
        outputs.AddRange(reports.Select(r => (Path.GetFileName(r), File.ReadAllText(r))));
        foreach (var format in new[] { "text", "csv", "jsonl" })
        {
            var timeline = CliRun.Of("timeline", bundle.Folder, "--format", format, "--redact", "--quiet");
            Assert.Equal(0, timeline.ExitCode);
            outputs.Add(($"timeline {format}", timeline.Out));
        }

        // --each: the bundle as a collector's zip named after its server, beside another.
        var parent = Path.Combine(_folder, "many");
        Directory.CreateDirectory(parent);
        ZipFile.CreateFromDirectory(bundle.Folder, Path.Combine(parent, $"LyncOwaDiag-{bundle.MailboxHost}-20191119-1530.zip"));
        var outFolder = Path.Combine(_folder, "out");
        var each = CliRun.Of("triage", "--each", parent, "--out", outFolder, "--redact", "--fail-on", "critical");
        Assert.True(each.ExitCode == 0, each.Error);
        outputs.Add(("--each console", each.Out + each.Error));
        foreach (var file in Directory.EnumerateFiles(outFolder, "*", SearchOption.AllDirectories))
        {
            outputs.Add(($"--each {Path.GetRelativePath(outFolder, file)}", Path.GetRelativePath(outFolder, file) + "\n" + File.ReadAllText(file)));
        }

        Assert.True(triage.Out.Length > 500, "too little console output to prove anything: " + triage.Out);
        var leaks = outputs.SelectMany(o => bundle.Identifiers.Where(i => o.Text.Contains(i, StringComparison.OrdinalIgnoreCase)).Select(i => $"{o.Where}: {i}")).ToList();
        Assert.True(leaks.Count == 0, "still named:\n" + string.Join("\n", leaks));
    }

    /// <summary>A mailbox server's bundle: web.config, the IM log, an Event Viewer CSV and a shell transcript.</summary>
    private sealed record GeneratedBundle(string Folder, string MailboxHost, IReadOnlyList<string> Identifiers)
    {
        public static GeneratedBundle Write(string folder, Random random)
        {
            string Word(int length) => new(Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(26))).ToArray());
            string Hex(int length) => string.Concat(Enumerable.Range(0, length).Select(_ => "0123456789ABCDEF"[random.Next(16)]));
            string Title(string w) => char.ToUpperInvariant(w[0]) + w[1..];

            var domain = $"{Word(8)}.com";
            var partner = $"{Word(7)}.net";
            var mailbox = $"{Word(3)}-{Word(3)}-{random.Next(100, 999)}".ToUpperInvariant();
            var pool = $"{Word(4)}-{Word(4)}-{random.Next(100, 999)}";
            var partnerHost = $"{Word(6)}.{partner}";
            var (user, other) = (Word(6), Word(7));
            var person = $"{Title(Word(6))} {Title(Word(8))}";
            var ipv4 = $"10.{random.Next(1, 255)}.{random.Next(1, 255)}.{random.Next(1, 255)}";
            var ipv6 = $"fd{Hex(2).ToLowerInvariant()}:{Hex(4).ToLowerInvariant()}::{Hex(3).ToLowerInvariant()}1";
            var sid = $"S-1-5-21-{random.Next(100000000, 999999999)}-{random.Next(100000000, 999999999)}-{random.Next(100000000, 999999999)}-{random.Next(1000, 9999)}";
            var guidBytes = new byte[16];
            random.NextBytes(guidBytes);
            var guid = new Guid(guidBytes).ToString();
            var thumbprint = Hex(40);
            var profile = Word(9);
            var netbios = Word(5).ToUpperInvariant();
            var account = Word(8);
            var mailboxFqdn = $"{mailbox.ToLowerInvariant()}.{domain}";
            var poolFqdn = $"{pool}.{domain}";

            Directory.CreateDirectory(Path.Combine(folder, "Logging", "OWA", "InstantMessaging"));
            File.WriteAllText(Path.Combine(folder, "web.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <appSettings>
                    <add key="IMServerName" value="{poolFqdn}" />
                    <add key="IMCertificateThumbprint" value="{thumbprint}" />
                  </appSettings>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(folder, "Logging", "OWA", "InstantMessaging", "20191119-1.LOG"), string.Join("\r\n",
                "#Software: Microsoft Exchange Server",
                "#Version: 15.0.0.0",
                "#Log-type: Sync Logs",
                "#Date: 2019-11-19T09:20:57.899Z",
                "#Fields: date-time,thread-id,level,user,subscription-guid,subscription-type,logentry-id,context,property-bag",
                "2019-11-19T09:20:58.113Z,27,5,,,,0,DEBUG:InstantMessageOCSProvider.InitializeEndpointManager. Initializing Endpoint with port number : 5075,",
                "2019-11-19T09:20:58.640Z,27,5,,,,0,DEBUG:InstantMessageOCSProvider.InitializeEndpointManager. EndpointManager initialized successfully,",
                $"2019-11-19T09:21:00.399Z,31,5,{user}@{domain},{guid},,0,\"DEBUG:InstantMessageOCSProvider.SignInCallback. Context: User={user}@{domain}, Sip address=sip:{user}@{domain}, Lyncserver={poolFqdn}\",",
                $"2019-11-19T09:21:05.000Z,31,5,,,,0,\"DEBUG:Diagnostics. Client {ipv4} and {ipv6} for {person}; account {netbios}\\{account} ({sid}); profile C:\\Users\\{profile}\\AppData; federated with {partnerHost}\",",
                ""));
            File.WriteAllText(Path.Combine(folder, "Application.csv"), string.Join("\r\n",
                "Level,Date and Time,Source,Event ID,Task Category",
                $"Information,11/19/2019 9:20:58 AM,MSExchange OWA,112,(9),The instant messaging endpoint manager was initialized successfully.",
                $"Error,11/19/2019 9:22:09 AM,MSExchange OWA,88,(9),\"Instant Messaging could not create the endpoint for {person}, sip:{other}@{domain}.\"",
                ""), new UTF8Encoding(true));
            File.WriteAllText(Path.Combine(folder, "exchange-shell.txt"), string.Join("\r\n",
                $"[PS] C:\\Users\\{profile}>Get-ExchangeServer | fl Name,Fqdn,ServerRole",
                "",
                $"Name       : {mailbox}",
                $"Fqdn       : {mailboxFqdn}",
                "ServerRole : Mailbox, ClientAccess",
                "",
                $"[PS] C:\\Users\\{profile}>Get-CsUser | fl DisplayName,SipAddress,Enabled",
                "",
                $"DisplayName : {person}",
                $"SipAddress  : sip:{other}@{domain}",
                "Enabled     : True",
                ""));

            string[] identifiers =
            [
                domain, partner, partnerHost, mailbox, pool, mailboxFqdn, poolFqdn, user, other, person, ipv4, ipv6, sid, guid,
                thumbprint, profile, netbios + "\\" + account, account,
            ];
            return new GeneratedBundle(folder, mailbox, identifiers);
        }
    }
}
