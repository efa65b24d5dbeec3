namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>
/// What a <see cref="CorpusVariation"/> adds to or changes in an incident once its scenario has written it, just
/// before it is laid out on disk: the event export, the extra noise, the healthy neighbour.
/// </summary>
internal static class IncidentVariation
{
    public static void Apply(Incident incident, CorpusVariation variation)
    {
        if (variation.EventFormat is { } format)
        {
            foreach (var part in incident.Parts)
            {
                part.EventFormat = format;
            }
        }

        if (variation.SecondHealthyMailbox && incident.Parts.All(p => p.Host != incident.Org.Mailbox2))
        {
            var neighbour = incident.Mailbox(incident.Org.Mailbox2, "mbx02-neighbour");
            neighbour.HandPrefix = "mbx02-";
            incident.HealthyIm(neighbour, IncidentDay.At(13, 21, 5, 400), [incident.Adele, incident.Lee], byIp: false);
            if (incident.Parts.FirstOrDefault(p => p.Kind == ServerKind.Mailbox) is { } first && first != neighbour)
            {
                CollectedAlike(neighbour, first);
            }
        }

        if (variation.ExtraNoise)
        {
            AddNoise(incident);
        }
    }

    /// <summary>
    /// The neighbour is gathered as the scenario's mailbox server was: the same snapshots (an organisation-wide one
    /// the scenario left out, such as the mailbox policies, would tell what the scenario withholds), the same export.
    /// </summary>
    private static void CollectedAlike(ServerPart neighbour, ServerPart first)
    {
        neighbour.Snapshots.RemoveAll(s => first.Snapshots.All(f => f.Slot != s.Slot));
        neighbour.EventFormat = first.EventFormat;
        neighbour.EventsCollected = first.EventsCollected;
        neighbour.ImLogsCollected = first.ImLogsCollected;
        if (first.WebConfig is null)
        {
            neighbour.WebConfig = null;
        }
    }

    /// <summary>
    /// An afternoon more of what BUNDLES.md says a healthy deployment logs anyway: other users' calls and sign-ins,
    /// a federated partner's 504s, the mailbox servers' routine events, the Front End's routine events.
    /// </summary>
    private static void AddNoise(Incident incident)
    {
        if (incident.HasTraffic)
        {
            incident.Traffic.RoutineNoise(IncidentDay.At(14, 2, 17), federationTimeouts: true);
        }

        foreach (var part in incident.Parts.Where(p => p.EventsCollected && p.Events.Count > 0))
        {
            part.Events.AddRange(part.Kind == ServerKind.Mailbox
                ? ExchangeNoise.Window(part.Host, incident.Org, IncidentDay.At(10, 0), IncidentDay.At(12, 0), incident.Random)
                : LyncEvents.Noise(part.Host, IncidentDay.At(14, 40), incident.Random));
        }
    }
}
