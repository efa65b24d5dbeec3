namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>The ways an admin exports an event log (FORMATS.md, reference/event-logs.md).</summary>
internal enum EventExportFormat
{
    Evtx,

    /// <summary>EVTX saved with "display information": a LocaleMetaData/&lt;name&gt;_1033.MTA of rendered messages beside it.</summary>
    EvtxWithDisplayInformation,
    ViewerCsvEnglish,
    ViewerTxtEnglish,
    ViewerCsvGerman,
    EventViewerXml,
    GetWinEventCsv,
    GetEventLogCsv,
    WevtutilText,
    WevtutilXml,
}
