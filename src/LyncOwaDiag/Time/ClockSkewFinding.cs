using System.Globalization;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Time;

/// <summary>
/// CLOCK-SKEW (KNOWLEDGE.md): a skew over 1 s is a finding of its own. It is a measurement, not the cause of an IM
/// failure, but Kerberos, TLS and MTLS between the servers fail past a few minutes of it (SEC_E_TIME_SKEW), and
/// it misleads anyone reading the servers' logs side by side.
/// </summary>
public static class ClockSkewFinding
{
    public const string RuleId = "CLOCK-SKEW";

    public static Finding From(ClockSkew skew)
    {
        var seconds = skew.Offset.Duration().TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        var side = skew.Offset < TimeSpan.Zero ? "ahead of" : "behind";
        return new Finding
        {
            RuleId = RuleId,
            Title = "Server clocks differ",
            Severity = skew.Offset.Duration() > TimeSpan.FromMinutes(5) ? Severity.Error : Severity.Warning,
            Confidence = Confidence.High,
            Cause = $"{skew.Host}'s clock is {seconds} s {side} {skew.Reference}'s, measured from {skew.Pairs} SIP messages both logged. Past five minutes Kerberos and MTLS between the servers fail (SEC_E_TIME_SKEW, 0x80090324); below that the servers' logs disagree on the order of events.",
            Evidence = skew.Messages,
            Fix =
            [
                new FixStep($"On {skew.Host}, compare its clock with {skew.Reference}", $"w32tm /stripchart /computer:{skew.Reference} /samples:5 /dataonly"),
                new FixStep($"Resynchronise {skew.Host} with the domain time hierarchy", "w32tm /resync /rediscover"),
            ],
            FirstSeen = skew.Messages.Count == 0 ? null : skew.Messages.Min(m => m.Time),
            LastSeen = skew.Messages.Count == 0 ? null : skew.Messages.Max(m => m.Time),
            Count = skew.Pairs,
            Entities = [skew.Host, skew.Reference],
        };
    }
}
