using System.Text;
using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;
using static LyncOwaDiag.Tests.Support.SipStackSome;

namespace LyncOwaDiag.Tests.Pipeline;

/// <summary>
/// Reports of big bundles draw their failing dialogs by reading the records around the evidence again, not the whole
/// bundle: the ladder must be the one a whole read draws, and evidence that names no Call-ID (a TF_DIAG record) finds
/// its dialog through the CLS correlation id.
/// </summary>
public class DialogsByLocationTests
{
    [Fact]
    public void ByLocation_DrawsTheLadderTheWholeReadDraws_InsideAnArchiveToo()
    {
        var bundle = Path.Combine(RepoPaths.SampleTraces, "scenarios", "CERT-NAME-MISMATCH", "bundle");
        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [bundle] });
        var result = Diagnoser.Diagnose(session, RuleSet.Load());
        var replayed = new FailingDialogs(result);
        foreach (var e in session.Replay())
        {
            replayed.Observe(e);
        }

        var byReplay = replayed.Ladders();
        var byLocation = DialogsByLocation.Find(session, result.AllFindings, new HashSet<string>(StringComparer.OrdinalIgnoreCase), FailingDialogs.MaxDialogs);

        Assert.NotEmpty(byLocation);
        foreach (var ladder in byLocation)
        {
            var same = Assert.Single(byReplay, l => l.CallId == ladder.CallId);
            Assert.Equal(same.Ladder, ladder.Ladder);
            Assert.Equal(same.Span, ladder.Span);
        }
    }

    [Fact]
    public void ADiagnosticRecordWithoutCallId_FindsItsDialogByTheCorrelationId_FarIntoTheFile()
    {
        using var temp = new TempFolder();
        var text = new StringBuilder();
        // Filler dialogs far beyond the window before the failing one, so the read must start mid-file at a record.
        for (var i = 0; text.Length < 3 * DialogsByLocation.Radius; i++)
        {
            text.Append(ProtocolRecord(callId: $"filler-{i}"));
        }

        text.Append(ProtocolRecord(startLine: "SERVICE sip:atl-owa-001.litwareinc.com SIP/2.0", callId: "failing-dialog", cls: true));
        text.Append(DiagnosticRecord("Severity: error\nText: Message cannot be routed because the peer's certificate does not contain a matching FQDN Result-Code: 0xc3e93d67 SIPPROXY_E_ROUTING_MSG_CERT_MISMATCH\nPeer: atl-owa-001.litwareinc.com:5199\n"));
        text.Append(ProtocolRecord(startLine: "SIP/2.0 504 Server time-out", callId: "failing-dialog", cls: true));
        for (var i = 0; i < 50; i++)
        {
            text.Append(ProtocolRecord(callId: $"after-{i}"));
        }

        temp.File("trace.txt", text.ToString());
        using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [temp.Path] });
        var whole = session.Events().ToList();
        var diagnostic = Assert.Single(whole, e => e.Kind == "sipstack.diagnostic");
        Assert.Null(diagnostic.KeyValue(KeyKind.CallId));
        var finding = new Finding
        {
            RuleId = "CERT-NAME-MISMATCH", Title = "t", Severity = Severity.Error, Confidence = Confidence.High, Cause = "c",
            Evidence = [new Evidence(diagnostic.Location, diagnostic.Timestamp, diagnostic.TimeQuality, diagnostic.Summary)],
        };

        var ladder = Assert.Single(DialogsByLocation.Find(session, [finding], new HashSet<string>(), 3));

        Assert.Equal("failing-dialog", ladder.CallId);
        Assert.StartsWith("2 messages", ladder.Span, StringComparison.Ordinal);
        Assert.Contains("504", ladder.Ladder, StringComparison.Ordinal);
        // What the window read sits at the lines a whole read gives.
        var messages = session.ReadAround(diagnostic.Location, DialogsByLocation.Radius).Where(e => e.HasKey(KeyKind.CallId, "failing-dialog")).ToList();
        Assert.Equal(whole.Where(e => e.HasKey(KeyKind.CallId, "failing-dialog")).Select(e => e.Location), messages.Select(e => e.Location));
    }
}
