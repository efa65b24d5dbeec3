using LyncOwaDiag.Model;

namespace LyncOwaDiag.Inputs;

/// <summary>What a file's first bytes say it is.</summary>
public sealed record SniffResult(InputFormat Format, TextEncoding Encoding, int BomLength, string Reason);
