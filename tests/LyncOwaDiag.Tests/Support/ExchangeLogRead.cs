using System.Text;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;
using LyncOwaDiag.Parsing.ExchangeLog;

namespace LyncOwaDiag.Tests.Support;

internal static class ExchangeLogRead
{
    public const string ImHeader =
        "#Software: Microsoft Exchange Server\r\n#Version: 15.0.0.0\r\n#Log-type: Sync Logs\r\n#Date: 2013-05-14T09:20:58.001Z\r\n" +
        "#Fields: date-time,thread-id,level,user,subscription-guid,subscription-type,logentry-id,context,property-bag\r\n";

    public static (List<TimelineEvent> Events, List<ParseDiagnostic> Diagnostics) Text(string text)
    {
        var sink = new CollectingSink();
        var events = ExchangeLogReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), new ReadContext("im.log", "MBX01", null, sink)).ToList();
        return (events, sink.Diagnostics);
    }

    public static OwaImEntry ImRow(string row)
    {
        var (events, _) = Text(ImHeader + row + "\r\n");
        return Assert.IsType<OwaImEntry>(events[1].Payload);
    }
}
