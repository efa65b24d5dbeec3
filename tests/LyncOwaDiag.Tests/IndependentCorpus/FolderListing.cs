namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>A folder the collector looked at on the server: whether it exists and what is in it (DESIGN.md §3).</summary>
internal sealed record FolderListing(string Folder, bool Exists, IReadOnlyList<string> Entries);
