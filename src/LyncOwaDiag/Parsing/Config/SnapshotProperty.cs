namespace LyncOwaDiag.Parsing.Config;

/// <summary>A property of a cmdlet's output object as read, with the lines it spans.</summary>
internal sealed record SnapshotProperty(string Name, string Value, IReadOnlyList<string> Items, long FirstLine, long LastLine);
