namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>The Windows event levels that appear in these logs, with their numeric values in EVTX and XML.</summary>
internal enum EventLevel : byte
{
    Error = 2,
    Warning = 3,
    Information = 4,
}
