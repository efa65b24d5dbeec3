namespace LyncOwaDiag.Model;

/// <summary>
/// How far one host's clock is from a reference host's, estimated from the same SIP messages logged on both:
/// <see cref="Offset"/> is added to the host's times to put them on the reference clock, within
/// [<see cref="Low"/>, <see cref="High"/>].
/// </summary>
public sealed record ClockSkew(string Host, string Reference, TimeSpan Offset, TimeSpan Low, TimeSpan High, int Pairs, IReadOnlyList<string> Evidence)
{
    /// <summary>
    /// Over a second, and surely not zero: the interval the pairs allow does not hold 0 (a wide interval around a
    /// large midpoint says little about the clocks).
    /// </summary>
    public bool Significant => Offset.Duration() > TimeSpan.FromSeconds(1) && (Low > TimeSpan.Zero || High < TimeSpan.Zero);

    /// <summary>Where the messages of the tightest pairs were logged, sender's and receiver's side.</summary>
    public IReadOnlyList<Evidence> Messages { get; init; } = [];

    /// <summary>The host this one was measured against when it shares no messages with the reference; null when direct.</summary>
    public string? Through { get; init; }
}
