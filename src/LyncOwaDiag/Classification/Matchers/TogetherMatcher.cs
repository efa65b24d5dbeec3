using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matchers;

/// <summary>
/// <c>together:</c> — events of every listed pattern that share a key value (Call-ID, user, host …) within a time
/// window. State is kept per key value and dropped once it is older than the window, so memory stays bounded.
/// </summary>
internal sealed record TogetherMatcher(string Key, TimeSpan Window, IReadOnlyList<EventPattern> Parts, MatcherOptions Options) : MatcherSpec(Options)
{
    private const int PruneAbove = 50_000;

    public override string Kind => "together";

    public override IEnumerable<EventPattern> Patterns => Parts;

    public override MatcherRun Start() => new Run(this);

    private sealed class Run(TogetherMatcher spec) : MatcherRun
    {
        private readonly Dictionary<string, (DateTimeOffset Time, Bindings Bindings, Evidence Evidence)?[]> _byKey = new(StringComparer.OrdinalIgnoreCase);
        private Bindings _scratch = new();

        public override bool Observe(TimelineEvent e, MatchContext context, Action<Occurrence> found)
        {
            var any = false;
            for (var i = 0; i < spec.Parts.Count; i++)
            {
                // Most events fail: they are tested with one reused set of names, and a match takes it over.
                var bindings = _scratch;
                bindings.Clear();
                if (!spec.Parts[i].Match(e, bindings, context))
                {
                    continue;
                }

                _scratch = new Bindings();

                any = true;
                bindings.BindStandard(e);
                foreach (var keyValue in KeyValues(e))
                {
                    Record(keyValue, i, (e.Timestamp, bindings, EventEvidence.Of(e)), found);
                }
            }

            if (_byKey.Count > PruneAbove)
            {
                Prune(e.Timestamp);
            }

            return any;
        }

        private IEnumerable<string> KeyValues(TimelineEvent e) =>
            spec.Key.Equals("host", StringComparison.OrdinalIgnoreCase)
                ? (e.Host is null ? [] : [e.Host])
                : EventFields.Read(e, spec.Key).Select(v => v.Text).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);

        private void Record(string keyValue, int part, (DateTimeOffset Time, Bindings Bindings, Evidence Evidence) seen, Action<Occurrence> found)
        {
            if (!_byKey.TryGetValue(keyValue, out var slots))
            {
                slots = new (DateTimeOffset, Bindings, Evidence)?[spec.Parts.Count];
                _byKey[keyValue] = slots;
            }

            slots[part] = seen;
            for (var i = 0; i < slots.Length; i++)
            {
                if (slots[i] is not { } other || (seen.Time - other.Time).Duration() > spec.Window)
                {
                    return;
                }
            }

            var bindings = new Bindings();
            bindings.Set(spec.Key, keyValue);
            foreach (var slot in slots)
            {
                bindings.Merge(slot!.Value.Bindings);
            }

            var evidence = slots.Select(s => s!.Value.Evidence).OrderBy(ev => ev.Time).ToList();
            found(spec.Options.Apply(new Occurrence(bindings, evidence, evidence[0].Time)));
            _byKey.Remove(keyValue);
        }

        private void Prune(DateTimeOffset now)
        {
            foreach (var (key, slots) in _byKey.ToList())
            {
                if (slots.All(s => s is null || now - s.Value.Time > spec.Window))
                {
                    _byKey.Remove(key);
                }
            }
        }
    }
}
