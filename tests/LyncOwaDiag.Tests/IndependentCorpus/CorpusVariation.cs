namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// One way the same incident can reach the tool that must not change what the tool concludes: another event log
/// export, another packing, other names, other clocks, more noise, a healthy neighbour. The generator consults the
/// variation in force (<see cref="Current"/>) where it decides those things, so every scenario can be written again
/// under every variation without the scenario knowing.
/// </summary>
internal sealed record CorpusVariation
{
    private static readonly AsyncLocal<CorpusVariation?> InForce = new();

    public static CorpusVariation AsWritten { get; } = new() { Name = "as written" };

    /// <summary>The variation the generator is writing under (<see cref="AsWritten"/> outside a matrix run).</summary>
    public static CorpusVariation Current => InForce.Value ?? AsWritten;

    /// <summary>The short name a matrix column carries.</summary>
    public required string Name { get; init; }

    /// <summary>Every server's event log exported this way instead of the way the scenario chose.</summary>
    public EventExportFormat? EventFormat { get; init; }

    /// <summary>The bundle packed another way: collector zips unzipped or hand folders zipped, say.</summary>
    public Func<BundleLayout, BundleLayout>? Layout { get; init; }

    /// <summary>The whole ticket put into one more zip, as a support case attachment arrives.</summary>
    public bool WrappedInZip { get; init; }

    /// <summary>Users, hosts, pools, addresses and the domain replaced by other fictitious ones.</summary>
    public bool RenamedOrg { get; init; }

    /// <summary>Every date written (logs, events, certificates, file times) moved by this many years.</summary>
    public int YearShift { get; init; }

    /// <summary>The admins' machines in another zone; the run is told it with <c>--tz</c>.</summary>
    public int? LocalOffsetHours { get; init; }

    /// <summary>More of what a healthy deployment logs anyway: client calls, federation 504s, routine events.</summary>
    public bool ExtraNoise { get; init; }

    /// <summary>A second mailbox server, integrated and working, beside the one the scenario breaks.</summary>
    public bool SecondHealthyMailbox { get; init; }

    /// <summary>Servers and the files in each archive written in the reverse order.</summary>
    public bool ReversedOrder { get; init; }

    /// <summary>Makes this variation the one in force until the returned scope is disposed.</summary>
    public IDisposable Use()
    {
        var before = InForce.Value;
        InForce.Value = this;
        return new Scope(() => InForce.Value = before);
    }

    public override string ToString() => Name;

    private sealed class Scope(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
