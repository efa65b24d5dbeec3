namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>Saved shell output: <see cref="Slot"/> names what it is, <see cref="HandName"/> what the admin called the file.</summary>
internal sealed record Snapshot(string Slot, string HandName, string Text, TextEncoding Encoding);
