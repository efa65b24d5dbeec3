using LyncOwaDiag.Correlation.Servers;
using LyncOwaDiag.Model;
using LyncOwaDiag.Time;

namespace LyncOwaDiag.Pipeline;

/// <summary>
/// How the bundle's clocks line up, measured once from bounded looks ahead over the inventory: the offsets inferred
/// for local-time exports no <c>--tz</c> rule names, and the skew of each host against the reference host (with the
/// addresses learned while pairing messages, which become names of the servers). Immutable once measured.
/// </summary>
internal sealed class TimeCalibration
{
    private TimeCalibration(IReadOnlyList<TimeAssumption> inferred, Dictionary<string, TimeZoneSpec> zones, IReadOnlyList<ClockSkew> skews, ServerDirectory servers, bool correctSkew)
    {
        InferredOffsets = inferred;
        MeasuredSkews = skews;
        Servers = servers;
        Skews = correctSkew ? skews : [];
        Placement = new Placement(zones, Skews.ToDictionary(s => s.Host, s => s.Offset, StringComparer.Ordinal));
    }

    /// <summary>Offsets inferred for local-time exports, with their grounds.</summary>
    public IReadOnlyList<TimeAssumption> InferredOffsets { get; }

    /// <summary>Clock skews against the reference host, measured whether or not they are applied.</summary>
    public IReadOnlyList<ClockSkew> MeasuredSkews { get; }

    /// <summary>The skews applied to the timeline: <see cref="MeasuredSkews"/>, or none with --no-skew-correction.</summary>
    public IReadOnlyList<ClockSkew> Skews { get; }

    /// <summary>The inventory's servers with the addresses pairing taught.</summary>
    public ServerDirectory Servers { get; }

    /// <summary>What every read of the timeline applies: the inferred zones and the applied skews.</summary>
    public Placement Placement { get; }

    public static TimeCalibration Measure(BundleInventory inventory)
    {
        var (inferred, zones) = InferLocalOffsets(inventory);
        var (skews, servers) = EstimateSkews(inventory, new Placement(zones, new Dictionary<string, TimeSpan>()));
        return new TimeCalibration(inferred, zones, skews, servers, inventory.Options.SkewCorrection);
    }

    /// <summary>
    /// For each local-time export no --tz rule names, infers its offset from the same events in UTC elsewhere in the
    /// bundle (see <see cref="LocalOffsetInference"/>). A look ahead: nothing is counted or reported.
    /// </summary>
    private static (List<TimeAssumption> Inferred, Dictionary<string, TimeZoneSpec> Zones) InferLocalOffsets(BundleInventory inventory)
    {
        var inferred = new List<TimeAssumption>();
        var zones = new Dictionary<string, TimeZoneSpec>(StringComparer.Ordinal);
        var locals = inventory.Sources.Where(s => InputFormats.Of(s.Format).Clock == FormatClock.LocalWithoutZone && !s.HasZone).ToList();
        var references = inventory.Sources.Where(s => InputFormats.Of(s.Format).Clock == FormatClock.Utc).ToList();
        if (locals.Count == 0 || references.Count == 0)
        {
            return (inferred, zones);
        }

        var utcEvents = references.SelectMany(r => r.Observe(Placement.None)).Where(e => e.Payload is EventLogRecord or OwaImEntry { Message: "endpoint-manager-initialized" }).ToList();
        foreach (var local in locals)
        {
            var inference = new LocalOffsetInference();
            foreach (var e in local.Observe(Placement.None))
            {
                inference.ObserveLocal(e);
            }

            foreach (var e in utcEvents)
            {
                inference.ObserveUtc(e);
            }

            if (inference.Infer() is { } found && TimeZoneSpec.TryParse(Offset(found.Offset), out var zone, out _))
            {
                zones[local.File.DisplayPath] = zone!;
                inferred.Add(new TimeAssumption(local.File.DisplayPath, TimeQuality.OffsetApplied,
                    $"UTC{Offset(found.Offset)} inferred: {found.Pairs} of its {found.Candidates} events match the same events with UTC times in {string.Join(", ", references.Select(r => r.File.DisplayPath))}"));
            }
        }

        return (inferred, zones);
    }

    private static string Offset(TimeSpan offset) => (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>SIP messages each trace file gives the skew sample at least, however many files its host has.</summary>
    private const int MinSamplePerFile = 256;

    /// <summary>
    /// Clock skews of the hosts against the reference host, from a bounded look ahead over the SIPStack inputs
    /// (empty when fewer than two hosts share SIP messages).
    /// </summary>
    private static (List<ClockSkew> Skews, ServerDirectory Servers) EstimateSkews(BundleInventory inventory, Placement zonesOnly)
    {
        // Each host's traces give their first messages, hosts read side by side, then fed in input order (the estimate
        // keeps the first sightings, so the order fixes the result). The budget is the host's, shared among its files:
        // a budget shared by all let the first big file use it up, leaving the hosts of the next files (the other ends
        // of the pairs) out of the sample, and one per file read a trace rolled into a thousand pieces whole before
        // the main read could start.
        var options = inventory.Options;
        var traces = inventory.Sources.Where(s => s.Format == InputFormat.SipStack).ToList();
        var samples = new List<ClockSkewEstimator.Message>[traces.Count];
        var hosts = traces.Select((t, i) => (Key: t.Host ?? t.File.DisplayPath, Index: i))
            .GroupBy(t => t.Key, StringComparer.OrdinalIgnoreCase).Select(g => g.Select(t => t.Index).ToList()).ToList();
        void Sample(int h)
        {
            // Spread over the host's files rather than spent on the first: a roll file of the early morning must not
            // take the whole budget from the one the other host's trace overlaps. Each file gives at least a few
            // hundred messages, so a host in a thousand pieces is sampled in every piece, not read whole.
            var each = Math.Max(Math.Min(MinSamplePerFile, options.SkewSampleMessages), options.SkewSampleMessages / hosts[h].Count);
            foreach (var i in hosts[h])
            {
                // Placed in each file's zone, not corrected for skew: the skew is what is measured.
                var sample = samples[i] = [];
                foreach (var e in traces[i].Observe(zonesOnly))
                {
                    if (ClockSkewEstimator.Of(e) is { } message)
                    {
                        sample.Add(message);
                        if (sample.Count >= each)
                        {
                            break;
                        }
                    }
                }
            }
        }

        PerFile.For(hosts.Count, options.ParallelFiles, Sample);

        var estimator = new ClockSkewEstimator(inventory.Servers.PeerHostOf);
        foreach (var message in samples.SelectMany(s => s))
        {
            estimator.Observe(message);
        }

        var skews = estimator.Estimate().ToList();
        var servers = inventory.Servers.WithNames(estimator.LearnedAddresses.Select(a => (a.Address, a.Host, "the address its SIP messages were sent from or to, as the other end logged it", a.Where)));
        return (skews, servers);
    }
}
