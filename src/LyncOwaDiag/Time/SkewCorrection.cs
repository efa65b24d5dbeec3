using LyncOwaDiag.Model;

namespace LyncOwaDiag.Time;

/// <summary>Moves a host's events onto the reference clock; their time quality becomes skew-corrected.</summary>
public static class SkewCorrection
{
    public static TimelineEvent Apply(TimelineEvent e, IReadOnlyDictionary<string, TimeSpan> offsets)
    {
        if (e.Host is null || !offsets.TryGetValue(ClockSkewEstimator.HostKey(e.Host), out var offset) || offset == TimeSpan.Zero)
        {
            return e;
        }

        return e with { Timestamp = e.Timestamp + offset, TimeQuality = TimeQuality.SkewCorrected };
    }
}
