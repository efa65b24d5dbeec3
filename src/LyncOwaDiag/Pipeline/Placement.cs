using LyncOwaDiag.Time;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// How a read places events on the timeline beyond what each file says of its own zone: the offsets inferred for
/// local-time exports (by file) and the clock corrections by host. Immutable: every read is handed the one it needs.
/// </summary>
internal sealed record Placement(IReadOnlyDictionary<string, TimeZoneSpec> InferredZones, IReadOnlyDictionary<string, TimeSpan> SkewOffsets)
{
    /// <summary>Nothing inferred, nothing corrected: what a look ahead that measures these sees.</summary>
    public static Placement None { get; } = new(new Dictionary<string, TimeZoneSpec>(), new Dictionary<string, TimeSpan>());

    public TimeZoneSpec? InferredZoneOf(string file) => InferredZones.GetValueOrDefault(file);

    /// <summary>The same zones, times left on each host's own clock (a look ahead before the skew is applied).</summary>
    public Placement WithoutSkew() => SkewOffsets.Count == 0 ? this : this with { SkewOffsets = new Dictionary<string, TimeSpan>() };
}
