using LyncOwaDiag.Model;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// The matrix's "evtx+mta" column only means something if the display information reaches the events: under it
/// every scenario's .MTA files are paired with their .evtx and their messages attached, whatever the layout.
/// </summary>
public sealed class DisplayInformationVariationTests
{
    public static TheoryData<string> Scenarios => new(ScenarioCatalog.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void EveryDisplayInformationFile_IsPairedWithItsEvtx(string name)
    {
        var variation = CorpusVariations.All.Single(v => v.EventFormat == EventExportFormat.EvtxWithDisplayInformation);
        using var temp = new TempFolder();
        string path;
        using (variation.Use())
        {
            path = BundleWriter.Write(ScenarioCatalog.Named(name).Build(), temp.Path);
        }

        var result = Diagnoser.Diagnose(new DiagnoseOptions { Paths = [path] });

        // A scenario's extra logs (a System log saved without display information) keep their own export, and a
        // scenario whose servers' event logs were not collected has none to save with display information.
        var evtx = result.Inputs.Count(i => i.Format == InputFormat.Evtx);
        var mta = result.Inputs.Where(i => i.Format == InputFormat.EvtxDisplayInformation).ToList();
        Assert.Equal(evtx > 0, mta.Count > 0);
        Assert.True(evtx >= mta.Count);
        Assert.All(mta, i => Assert.Matches(@"^display information for .*: [1-9]\d* messages attached to its events$", i.SkippedReason));
    }
}
