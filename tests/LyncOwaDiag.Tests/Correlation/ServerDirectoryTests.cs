using LyncOwaDiag.Correlation.Servers;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Tests.Correlation;

/// <summary>
/// Files are tied to servers by what they say, the folder around them agreeing, and a folder's name only as a
/// marked guess; a server is one entity with all its names.
/// </summary>
public class ServerDirectoryTests
{
    private static readonly SourceLocation Nowhere = new("x", 1, 1, 0);

    private static readonly TraceOrigin Origin = new() { Level = "INFO", Flag = "PROTOCOL", Bracket = "0", ProcessId = 1, ThreadId = 1, Component = "SIPStack", Function = "SIPAdminLog::TraceProtocolRecord", SourceFile = "SIPAdminLog.cpp", SourceLine = 1 };

    private static ServerClaim Computer(string label, string fqdn, ServerRole role = ServerRole.Mailbox) =>
        new(label, fqdn, role, "Computer of a MSExchange OWA event", Nowhere);

    private static ServerFile File(string path, InputFormat format, ServerRole role, params ServerClaim[] claims) =>
        new(path, Path.GetDirectoryName(path)!.Replace('\\', '/'), format, null, HostOrigin.None, claims, role);

    [Fact]
    public void AnImLog_BesideTheApplicationLog_IsThatServers_WhateverTheFolderIsCalled()
    {
        var directory = ServerDirectory.Build(
        [
            File("logs kim 14 may/Application.evtx", InputFormat.Evtx, ServerRole.None, Computer("ATL-MBX-001", "atl-mbx-001.litwareinc.com")),
            File("logs kim 14 may/Logging/OWA/InstantMessaging/20130514-1.LOG", InputFormat.ExchangeLog, ServerRole.Mailbox),
        ], []);

        var im = directory.AssignmentOf("logs kim 14 may/Logging/OWA/InstantMessaging/20130514-1.LOG")!;
        Assert.Equal(("ATL-MBX-001", HostOrigin.Content), (im.Host, im.Origin));
        Assert.Contains("Application.evtx", im.Why, StringComparison.Ordinal);
        var server = Assert.Single(directory.Servers);
        Assert.Equal(("ATL-MBX-001", "atl-mbx-001.litwareinc.com", false, 2), (server.Label, server.Fqdn, server.IsGuess, server.Files));
        Assert.Equal("atl-mbx-001.litwareinc.com", directory.FqdnOf("atl-mbx-001"));
    }

    [Fact]
    public void AFileNothingNames_TakesItsFolderName_AsAGuess_SkippingPlaceFolders_AndNoRuleMayUseIt()
    {
        var directory = ServerDirectory.Build([File("Ticket-4711/Logging/OWA/InstantMessaging/20130514-1.LOG", InputFormat.ExchangeLog, ServerRole.Mailbox)], []);

        var im = directory.AssignmentOf("Ticket-4711/Logging/OWA/InstantMessaging/20130514-1.LOG")!;
        Assert.Equal(("Ticket-4711", HostOrigin.FolderName), (im.Host, im.Origin));
        Assert.True(directory.IsGuess("Ticket-4711"));
        Assert.Null(directory.FqdnOf("Ticket-4711"));
        Assert.True(Assert.Single(directory.Servers).IsGuess);
    }

    [Fact]
    public void AFolderHoldingTwoServers_LetsNoUnnamedFileInheritFromEither()
    {
        var directory = ServerDirectory.Build(
        [
            File("bundle/a.evtx", InputFormat.Evtx, ServerRole.None, Computer("ATL-MBX-001", "atl-mbx-001.litwareinc.com")),
            File("bundle/b.evtx", InputFormat.Evtx, ServerRole.None, Computer("ATL-MBX-002", "atl-mbx-002.litwareinc.com")),
            File("bundle/20130514-1.LOG", InputFormat.ExchangeLog, ServerRole.Mailbox),
        ], []);

        // Nor is the folder's name a guess at its server: it holds two.
        Assert.Equal((null, HostOrigin.None), (directory.AssignmentOf("bundle/20130514-1.LOG")!.Host, directory.AssignmentOf("bundle/20130514-1.LOG")!.Origin));
    }

    [Fact]
    public void AFlatFolder_WhereAFileNameNamesAnotherKnownServer_LendsItsOneNamedServerToNoUnnamedFile()
    {
        // A neighbour's prefixed files name ATL-MBX-002 by content; ATL-MBX-001's export names only its file.
        var directory = ServerDirectory.Build(
        [
            File("case/mbx02-Application.evtx", InputFormat.Evtx, ServerRole.None, Computer("ATL-MBX-002", "atl-mbx-002.litwareinc.com")),
            File("case/ATL-MBX-001-Application.txt", InputFormat.EventText, ServerRole.Mailbox),
            File("case/web.config", InputFormat.WebConfig, ServerRole.Mailbox),
        ], [("ATL-MBX-001", ServerRole.Mailbox, "Get-ExchangeServer Name", Nowhere)]);

        Assert.Null(directory.AssignmentOf("case/web.config")!.Host);
        Assert.Null(directory.AssignmentOf("case/ATL-MBX-001-Application.txt")!.Host);
    }

    [Fact]
    public void AFolderOfTwoServers_LendsItsNameToNoFileBelowIt_Either()
    {
        var directory = ServerDirectory.Build(
        [
            File("EX15-MBX-01/a.evtx", InputFormat.Evtx, ServerRole.None, Computer("EX15-MBX-01", "ex15-mbx-01.contoso.com")),
            File("EX15-MBX-01/b.evtx", InputFormat.Evtx, ServerRole.None, Computer("EX15-MBX-02", "ex15-mbx-02.contoso.com")),
            File("EX15-MBX-01/Logging/OWA/InstantMessaging/20191119-1.LOG", InputFormat.ExchangeLog, ServerRole.Mailbox),
        ], []);

        Assert.Null(directory.AssignmentOf("EX15-MBX-01/Logging/OWA/InstantMessaging/20191119-1.LOG")!.Host);
    }

    [Fact]
    public void AFolderWithTwoWebConfigs_IsTwoServers_EvenWhenOnlyOneIsNamed()
    {
        var directory = ServerDirectory.Build(
        [
            File("flat/mbx02-Application.evtx", InputFormat.Evtx, ServerRole.None, Computer("ATL-MBX-002", "atl-mbx-002.litwareinc.com")),
            File("flat/web.config", InputFormat.WebConfig, ServerRole.Mailbox),
            File("flat/mbx02-web.config", InputFormat.WebConfig, ServerRole.Mailbox),
        ], []);

        Assert.Null(directory.AssignmentOf("flat/web.config")!.Host);
    }

    [Fact]
    public void AFolderOfOneServer_StillLendsItsServer_ToItsUnnamedFiles()
    {
        var directory = ServerDirectory.Build(
        [
            File("mbx/Application.evtx", InputFormat.Evtx, ServerRole.None, Computer("ATL-MBX-001", "atl-mbx-001.litwareinc.com")),
            File("mbx/ATL-MBX-001 web.config", InputFormat.WebConfig, ServerRole.Mailbox),
        ], [("ATL-MBX-002", ServerRole.Mailbox, "Get-ExchangeServer Name", Nowhere)]);

        Assert.Equal("ATL-MBX-001", directory.AssignmentOf("mbx/ATL-MBX-001 web.config")!.Host);
    }

    [Fact]
    public void AFileWhoseEventsNameAnotherMachineThanItsManifest_IsThatMachines_AndTheConflictSaid()
    {
        var file = File("MBX01/Application.evtx", InputFormat.Evtx, ServerRole.None, Computer("ATL-MBX-002", "atl-mbx-002.litwareinc.com"))
            with { PresetHost = "ATL-MBX-001", PresetOrigin = HostOrigin.Manifest };

        var directory = ServerDirectory.Build([file], []);

        Assert.Equal(("ATL-MBX-002", HostOrigin.Content), (directory.AssignmentOf(file.DisplayPath)!.Host, directory.AssignmentOf(file.DisplayPath)!.Origin));
        var (where, message) = Assert.Single(directory.Conflicts);
        Assert.Equal(file.DisplayPath, where);
        Assert.Contains("its manifest names ATL-MBX-001, but its own events were logged by ATL-MBX-002", message, StringComparison.Ordinal);
    }

    [Fact]
    public void HostOption_BeatsTheFilesOwnEvents_AndSaysSo()
    {
        var file = File("MBX01/Application.evtx", InputFormat.Evtx, ServerRole.None, Computer("ATL-MBX-002", "atl-mbx-002.litwareinc.com"))
            with { PresetHost = "ATL-MBX-001", PresetOrigin = HostOrigin.Option };

        var directory = ServerDirectory.Build([file], []);

        Assert.Equal(("ATL-MBX-001", HostOrigin.Option), (directory.AssignmentOf(file.DisplayPath)!.Host, directory.AssignmentOf(file.DisplayPath)!.Origin));
        Assert.Contains("--host is followed", Assert.Single(directory.Conflicts).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoDomainsUnderOneShortName_AreSaid()
    {
        var where = new SourceLocation("manifest.json", 1, 1, 0);
        var directory = ServerDirectory.Build(
            [File("a/Application.evtx", InputFormat.Evtx, ServerRole.None, Computer("ATL-MBX-001", "atl-mbx-001.litwareinc.com"))],
            [("atl-mbx-001.fabrikam.com", ServerRole.Mailbox, "manifest host", where)]);

        Assert.Contains(directory.Conflicts, c => c.Message.Contains("atl-mbx-001.litwareinc.com", StringComparison.Ordinal) && c.Message.Contains("atl-mbx-001.fabrikam.com", StringComparison.Ordinal));
    }

    [Fact]
    public void ACousinFoldersServer_IsNoAnchor_ButAServersOwnPlaceSubfolderIs()
    {
        var directory = ServerDirectory.Build(
        [
            File("t10/mbxB/exchange-shell.txt", InputFormat.FormatList, ServerRole.Mailbox, Computer("ATL-MBX-002", "atl-mbx-002.litwareinc.com")),
            File("t10/mbxA/web.config", InputFormat.WebConfig, ServerRole.Mailbox),
            File("mbx/EventLogs/Application.evtx", InputFormat.Evtx, ServerRole.None, Computer("ATL-MBX-001", "atl-mbx-001.litwareinc.com")),
            File("mbx/web.config", InputFormat.WebConfig, ServerRole.Mailbox),
        ], []);

        Assert.Equal(("mbxA", HostOrigin.FolderName), (directory.AssignmentOf("t10/mbxA/web.config")!.Host, directory.AssignmentOf("t10/mbxA/web.config")!.Origin));
        Assert.Equal(("ATL-MBX-001", HostOrigin.Content), (directory.AssignmentOf("mbx/web.config")!.Host, directory.AssignmentOf("mbx/web.config")!.Origin));
    }

    [Fact]
    public void TheNamesASnapshotGives_JoinTheServerTheyName_WithWhereEachWasLearned()
    {
        var where = new SourceLocation("exchange-shell.txt", 12, 12, 0);
        var directory = ServerDirectory.Build(
            [File("a/Application.evtx", InputFormat.Evtx, ServerRole.None, Computer("ATL-MBX-001", "atl-mbx-001.litwareinc.com"))],
            [("atl-mbx-001.litwareinc.com", ServerRole.TrustedApplicationPool, "Get-CsTrustedApplicationPool PoolFqdn", where), ("atl-cs-001.litwareinc.com", ServerRole.LyncPool, "web.config IMServerName", where)]);

        var mailbox = directory.Servers.Single(s => s.Label == "ATL-MBX-001");
        Assert.Equal(ServerRole.Mailbox | ServerRole.TrustedApplicationPool, mailbox.Roles);
        var pool = directory.Servers.Single(s => s.Label != "ATL-MBX-001");
        Assert.Equal(("atl-cs-001.litwareinc.com", 0), (pool.Fqdn, pool.Files));
        Assert.Equal(LyncOwaDiag.Time.ClockSkewEstimator.AnyHost, directory.PeerHostOf("atl-cs-001.litwareinc.com"));
    }

    [Fact]
    public void AnOwaGruu_AndTheRegistersPeer_NameOwasTrustedApplication()
    {
        var service = new SipMessage { Origin = Origin, StartLine = "SERVICE", Method = "SERVICE", RequestUri = "sip:atl-owa-001.litwareinc.com@litwareinc.com;gruu;opaque=srvr:OutlookWebApp:xYz0", DirectionWord = "outgoing" };
        var register = new SipMessage { Origin = Origin, StartLine = "REGISTER", Method = "REGISTER", DirectionWord = "incoming", Peer = "atl-mbx-001.litwareinc.com:5075", UserAgent = "RTCC/5.0.0.0 OWA" };
        var other = register with { UserAgent = "UCCAPI/15.0.4481.1000 OC/15.0.4481.1000 (Microsoft Lync)" };

        Assert.Equal("atl-owa-001.litwareinc.com", Assert.Single(ServerEvidence.NamesIn(service)).Name);
        Assert.Equal(("atl-mbx-001.litwareinc.com", ServerRole.TrustedApplicationPool), Assert.Single(ServerEvidence.NamesIn(register)) is var r ? (r.Name, r.Role) : default);
        Assert.Empty(ServerEvidence.NamesIn(other));
    }
}
