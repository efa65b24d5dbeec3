namespace LyncOwaDiag.Model;

/// <summary>What content sniffing decided a file is.</summary>
public enum InputFormat
{
    Unknown,
    Empty,
    Binary,
    SipStack,
    ExchangeLog,
    Evtx,
    EvtxDisplayInformation,
    EventXml,
    EventCsv,
    EventText,
    WevtutilText,
    WebConfig,
    FormatList,
    Json,
    RegQuery,
    Manifest,
    Zip,
}
