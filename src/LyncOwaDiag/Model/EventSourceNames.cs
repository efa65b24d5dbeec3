namespace LyncOwaDiag.Model;

/// <summary>The names sources go by in output, options and rule files: <c>sipstack</c>, <c>owa-im</c>, <c>exchange-log</c>, <c>event-log</c>, <c>config</c>.</summary>
public static class EventSourceNames
{
    public const string All = "sipstack, owa-im, exchange-log, event-log or config";

    public static string Name(EventSource source) => source switch
    {
        EventSource.SipStack => "sipstack",
        EventSource.OwaIm => "owa-im",
        EventSource.ExchangeLog => "exchange-log",
        EventSource.EventLog => "event-log",
        EventSource.Config => "config",
        _ => source.ToString().ToLowerInvariant(),
    };

    public static EventSource? Parse(string name) =>
        Enum.GetValues<EventSource>().Cast<EventSource?>().FirstOrDefault(s => string.Equals(Name(s!.Value), name.Trim(), StringComparison.OrdinalIgnoreCase));
}
