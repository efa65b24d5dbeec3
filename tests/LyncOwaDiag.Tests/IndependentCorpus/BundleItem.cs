namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// One collected file: where the collector puts it in its zip, what an admin gathering by hand would call it, where
/// it was on the server, its bytes and its last write time there.
/// </summary>
internal sealed record BundleItem(string CollectorPath, string HandName, string? SourcePath, byte[] Content, DateTime WrittenUtc);
