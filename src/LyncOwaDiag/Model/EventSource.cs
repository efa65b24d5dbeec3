namespace LyncOwaDiag.Model;

/// <summary>The family of input an event was read from.</summary>
public enum EventSource
{
    SipStack,
    OwaIm,
    ExchangeLog,
    EventLog,
    Config,
}
