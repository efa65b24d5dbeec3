using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;
using LyncOwaDiag.Parsing.Config;

namespace LyncOwaDiag.Benchmarks;

/// <summary>
/// Reads 10 MB of cmdlet output: a Lync Management Shell transcript of Format-List output (the bundled sample,
/// repeated, as <c>Get-CsUser | fl</c> over thousands of users grows) and a ConvertTo-Json array (the bundled object,
/// repeated). web.config, reg query and the manifest are a few KB by nature.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class SnapshotReadingBenchmark : InMemoryReadingBenchmark
{
    [Params("formatlist", "json")]
    public string Format { get; set; } = "formatlist";

    protected override Func<Stream, ReadContext, IEnumerable<TimelineEvent>> Reader =>
        Format == "formatlist" ? FormatListReader.Read : CmdletJsonReader.Read;

    protected override string BuildText()
    {
        if (Format == "formatlist")
        {
            return Repeat(string.Empty, File.ReadAllText(Formats("format-list", "lync-shell-transcript.txt")).TrimStart('\uFEFF') + "\r\n");
        }

        // One array of many objects, as ConvertTo-Json writes a pipeline of them.
        var array = File.ReadAllText(Formats("convertto-json", "Get-OwaVirtualDirectory.json")).Trim().TrimStart('\uFEFF');
        var objects = array[(array.IndexOf('[') + 1)..array.LastIndexOf(']')].Trim();
        return Repeat("[\r\n", objects + ",\r\n", objects + "\r\n]\r\n");
    }
}
