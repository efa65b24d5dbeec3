namespace LyncOwaDiag.Parsing.EventLog.Evtx;

/// <summary>A record's BinXml cannot be read; the record becomes a diagnostic and reading goes on.</summary>
internal sealed class EvtxFormatException(string message) : Exception(message);
