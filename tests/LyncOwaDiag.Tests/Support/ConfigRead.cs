using System.Globalization;
using System.Text;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;

namespace LyncOwaDiag.Tests.Support;

internal static class ConfigRead
{
    public static readonly DateTimeOffset FileTime = new(2013, 5, 14, 10, 0, 0, TimeSpan.Zero);

    public static (List<ConfigFact> Facts, List<TimelineEvent> Events, List<ParseDiagnostic> Diagnostics) Text(
        Func<Stream, ReadContext, IEnumerable<TimelineEvent>> reader, string text, CultureInfo? culture = null)
    {
        var sink = new CollectingSink();
        var context = new ReadContext("snapshot.txt", "MBX01", culture, sink) { FileTime = FileTime };
        var events = reader(new MemoryStream(Encoding.UTF8.GetBytes(text)), context).ToList();
        return (events.Select(e => Assert.IsType<ConfigFact>(e.Payload)).ToList(), events, sink.Diagnostics);
    }

    public static ConfigFact Fact(this List<ConfigFact> facts, string name) => Assert.Single(facts, f => f.Name == name);
}
