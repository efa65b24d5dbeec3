namespace LyncOwaDiag.Model;

/// <summary>The prefix of a SIPStack (WPP) trace line: who wrote the entry, where in the code, and when in order.</summary>
public sealed record TraceOrigin
{
    /// <summary>Level token without the <c>TL_</c> prefix, e.g. <c>INFO</c>, <c>ERROR</c>.</summary>
    public required string Level { get; init; }

    /// <summary>Flag token without the <c>TF_</c> prefix, e.g. <c>PROTOCOL</c>, <c>DIAG</c>.</summary>
    public required string Flag { get; init; }

    /// <summary>The bracket after the flag: a CPU number (OCSLogger) or <c>pool\MACHINE</c> (CLS).</summary>
    public required string Bracket { get; init; }

    public required uint ProcessId { get; init; }

    public required uint ThreadId { get; init; }

    /// <summary>The 8-hex WPP sequence number after the milliseconds; a tie-breaker inside one file only.</summary>
    public uint? Sequence { get; init; }

    public required string Component { get; init; }

    public required string Function { get; init; }

    public required string SourceFile { get; init; }

    public required int SourceLine { get; init; }

    /// <summary>The CLS correlation id printed before <c>$$begin_record</c>, when present.</summary>
    public uint? CorrelationId { get; init; }

    /// <summary>The machine named in a CLS bracket (<c>pool\MACHINE</c> → MACHINE); null for a CPU number.</summary>
    public string? Machine
    {
        get
        {
            if (Bracket.Length == 0 || IsCpuNumber(Bracket))
            {
                return null;
            }

            var slash = Bracket.LastIndexOf('\\');
            return slash >= 0 ? Bracket[(slash + 1)..] : Bracket;
        }
    }

    private static bool IsCpuNumber(string bracket)
    {
        foreach (var c in bracket)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
