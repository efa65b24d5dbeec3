using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tui.Tests.Support;
using LyncOwaDiag.Tui.ViewModels;

namespace LyncOwaDiag.Tui.Tests.ViewModels;

/// <summary>The troubleshooter's state and keys on a real scenario bundle, without a terminal.</summary>
public sealed class TroubleshooterTests : IDisposable
{
    private readonly BundleLoader _loader;
    private readonly Troubleshooter _model;

    public TroubleshooterTests()
    {
        _loader = new BundleLoader(new DiagnoseOptions { Paths = [Bundles.Scenario("CERT-NAME-MISMATCH")] }, RuleSet.Load());
        _loader.Start();
        _loader.Completion.Wait(TimeSpan.FromMinutes(1));
        _model = new Troubleshooter(_loader, FixedClock.PlusTwo(), redact: false);
        _model.Poll();
    }

    public void Dispose() => _loader.Dispose();

    [Fact]
    public void Loading_FillsTheRows_ThenNamesTheFindings()
    {
        Assert.Equal(LoadPhase.Done, _model.LoadProgress.Phase);
        Assert.Equal(1, _model.LoadProgress.Fraction);
        Assert.Equal(_loader.Result!.EventCount, _model.Rows.Count);
        Assert.NotNull(_model.Findings);
        Assert.Contains("CERT-NAME-MISMATCH", _model.Findings!.Verdict, StringComparison.Ordinal);
        Assert.Matches($@"{_model.Rows.Count:N0} events, read in \d+\.\d s · UTC", _model.StateLine());
    }

    [Fact]
    public void OpenFinding_SelectsAnEvidenceRow_AndTheWalkVisitsEachOnce()
    {
        _model.OpenFinding(1);
        var finding = _model.Findings![1]!;
        var evidence = finding.Evidence.Select(e => (e.Location.File, e.Location.FirstLine)).ToHashSet();
        var seen = new List<int>();
        for (var i = 0; i < 40 && !seen.Contains(_model.Selected); i++)
        {
            seen.Add(_model.Selected);
            var at = _model.Rows.Index.Location(_model.Selected);
            Assert.Contains((at.File, at.FirstLine), evidence);
            _model.NextEvidence();
        }

        Assert.True(seen.Count > 1, "more than one evidence row");
        Assert.Equal(seen.Order(), seen);
        _model.PreviousEvidence();
        Assert.Equal(seen[^1], _model.Selected);
    }

    [Fact]
    public void Detail_ShowsTheRawRecordUnderItsShortLocation()
    {
        _model.NextError();
        var (title, text) = _model.Detail();

        Assert.StartsWith("ATL-CS-001.zip!/", title, StringComparison.Ordinal);
        Assert.StartsWith("TL_ERROR(TF_DIAG)", text, StringComparison.Ordinal);
        Assert.Contains("certificate", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Detail_OfAConnectionRecord_ShowsEveryField_AndItsRowNamesBothEnds()
    {
        var row = Enumerable.Range(0, _model.Rows.Count).First(r => _model.Rows.Summary(r).Contains("TLS negotiation succeeded", StringComparison.Ordinal));
        _model.Select(row);
        var (_, text) = _model.Detail();

        Assert.StartsWith("TL_INFO(TF_CONNECTION)", text, StringComparison.Ordinal);
        foreach (var field in (string[])["Peer-IP: 192.168.30.5:5061", "Peer-FQDN: dmz-edge01.litwareinc.com", "Transport: TLS"])
        {
            Assert.Contains(field, text, StringComparison.Ordinal);
        }

        Assert.Contains("peer dmz-edge01.litwareinc.com 192.168.30.5:5061, TLS", _model.Rows.Summary(row), StringComparison.Ordinal);
    }

    [Fact]
    public void Detail_OfAnEvtxRecord_IsTheRecordAsRead_AndOfOneLineXml_IsIndented()
    {
        var evtx = Enumerable.Range(0, _model.Rows.Count).First(r => _model.Rows.Index.Location(r).File.EndsWith(".evtx", StringComparison.Ordinal));
        _model.Select(evtx);
        var (title, text) = _model.Detail();

        Assert.StartsWith("ATL-MBX-001/Application.evtx", title, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^Event ID: \d+$", text);
        Assert.Contains("Source: MSExchange", text, StringComparison.Ordinal);

        // LyncServer.xml holds its events on one line: each row shows its own event, laid out.
        var xml = Enumerable.Range(0, _model.Rows.Count).Where(r => _model.Rows.Index.Location(r).File.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        Assert.True(xml.Count > 1);
        var ids = new List<string>();
        foreach (var row in xml)
        {
            _model.Select(row);
            var lines = _model.Detail().Text.Split('\n');
            Assert.StartsWith("<Event", lines[0], StringComparison.Ordinal);
            Assert.Equal("</Event>", lines[^1]);
            Assert.True(lines.Length > 5, "one element a line");
            ids.Add(lines.Single(l => l.TrimStart().StartsWith("<EventID", StringComparison.Ordinal)));
        }

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void RecordLayout_LeavesDamagedXmlAndOtherTextAsTheyAre()
    {
        Assert.Equal("<Event><System>cut", RecordLayout.Lay("<Event><System>cut"));
        Assert.Equal("TL_INFO(TF_PROTOCOL) x", RecordLayout.Lay("TL_INFO(TF_PROTOCOL) x"));
        Assert.Equal("<Event><!DOCTYPE x [<!ENTITY a 'b'>]></Event>", RecordLayout.Lay("<Event><!DOCTYPE x [<!ENTITY a 'b'>]></Event>"));
    }

    [Fact]
    public void Ladder_OfTheSelectedDialog_IsDrawnFromItsRecords()
    {
        Assert.Null(_model.Ladder(80));
        Assert.Contains("no Call-ID", _model.Message, StringComparison.Ordinal);

        while (_model.Rows.CallId(_model.Selected) is null || !_model.Rows.Summary(_model.Selected).Contains("504", StringComparison.Ordinal))
        {
            Assert.True(_model.Rows.Count > _model.Selected + 1, "a 504 row");
            _model.Select(_model.Selected + 1);
        }

        var ladder = _model.Ladder(80)!;
        Assert.Contains("Call-ID " + _model.Rows.CallId(_model.Selected), ladder, StringComparison.Ordinal);
        Assert.Contains("504 Server time-out", ladder, StringComparison.Ordinal);
        Assert.Contains("diag 1010", ladder, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filter_ReadsTheTimelineAgainThroughIt_AndEmptyFieldsBringItAllBack()
    {
        var all = _model.Rows.Count;
        _model.FilterForm.MinimumSeverity = "error";
        Assert.True(_model.ApplyFilter());
        await _model.Background;
        _model.Poll();

        Assert.InRange(_model.Rows.Count, 1, all - 1);
        Assert.All(Enumerable.Range(0, _model.Rows.Count), r => Assert.True(_model.Rows[r].Severity <= Severity.Error));
        Assert.Contains("filter: severity ≥ error", _model.StateLine(), StringComparison.Ordinal);

        _model.FilterForm.MinimumSeverity = "loud";
        Assert.False(_model.ApplyFilter());
        Assert.Contains("minimum severity", _model.Message, StringComparison.Ordinal);

        _model.FilterForm.MinimumSeverity = string.Empty;
        Assert.True(_model.ApplyFilter());
        Assert.Equal(all, _model.Rows.Count);
        Assert.DoesNotContain("filter:", _model.StateLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_MovesAsTheUserTypes_AndSaysWhenNothingMatches()
    {
        _model.BeginSearch();
        _model.UpdateSearch("504 Server");
        Assert.Contains("504 Server", _model.Rows.Summary(_model.Selected), StringComparison.Ordinal);

        _model.UpdateSearch("504 Server(");
        Assert.Contains("search:", _model.Message, StringComparison.Ordinal);

        _model.UpdateSearch("no such text anywhere");
        Assert.Equal("search: no match", _model.Message);
    }

    [Fact]
    public async Task Export_WritesTheReportTheExtensionNames()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tui-export-{Guid.NewGuid():N}.md");
        try
        {
            await _model.Export(path);

            Assert.Contains("report written to", _model.Message, StringComparison.Ordinal);
            var text = await File.ReadAllTextAsync(path);
            Assert.Contains(_model.Findings![1]!.Title, text, StringComparison.Ordinal);
            Assert.Contains("2013-05-14 11:00", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }

        await _model.Export("report.txt");
        Assert.Contains(".md, .html or .json", _model.Message, StringComparison.Ordinal);
        await _model.Export(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "report.md"));
        Assert.Contains("does not exist", _model.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WithRedact_NamesNoHostOrDomainOfTheBundle()
    {
        var redacting = new Troubleshooter(_loader, FixedClock.PlusTwo(), redact: true);
        redacting.Poll();
        var path = Path.Combine(Path.GetTempPath(), $"tui-export-{Guid.NewGuid():N}.json");
        try
        {
            await redacting.Export(path);

            var text = await File.ReadAllTextAsync(path);
            Assert.Contains("(redacted)", redacting.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("litwareinc", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("ATL-CS-001", text, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
