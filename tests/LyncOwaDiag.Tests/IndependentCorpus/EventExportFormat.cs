namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>The ways an admin exports an event log (FORMATS.md, reference/event-logs.md).</summary>
internal enum EventExportFormat
{
    Evtx,
    ViewerCsvEnglish,
    ViewerTxtEnglish,
    ViewerCsvGerman,
    EventViewerXml,
    GetWinEventCsv,
    GetEventLogCsv,
    WevtutilText,
    WevtutilXml,
}
