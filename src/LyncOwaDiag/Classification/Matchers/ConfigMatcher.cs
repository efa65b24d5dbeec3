using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Matchers;

/// <summary>
/// <c>config:</c> — a check across snapshot files. For each object <see cref="Each"/> selects, the selectors of
/// <see cref="Some"/> must be satisfied in turn (each may use what the earlier ones bound), and no object may fit
/// <see cref="None"/>. When the snapshot <see cref="None"/> needs was not collected, the check says so instead of firing.
/// </summary>
internal sealed record ConfigMatcher(ConfigSelector Each, IReadOnlyList<ConfigSelector> Some, IReadOnlyList<ConfigSelector> None, MatcherOptions Options) : MatcherSpec(Options)
{
    /// <summary>
    /// Selectors that only add values for the text (a registrar, a thumbprint of the same server): each binds its names
    /// from the one object that fits it, and nothing when none or several fit (a guess among several would put the
    /// wrong value into a command). They never decide whether the check fires.
    /// </summary>
    public IReadOnlyList<ConfigSelector> Also { get; init; } = [];

    public override string Kind => "config";

    /// <summary>Whether any selector compares the server the object came from.</summary>
    private bool UsesServerIdentity => Each.UsesServerIdentity || Some.Any(s => s.UsesServerIdentity) || None.Any(s => s.UsesServerIdentity);

    public override MatcherRun Start() => new Run(this, null);

    /// <summary>A run whose every object starts from <paramref name="seed"/>'s names: a check made for one reading (the FQDN a refusal named).</summary>
    public MatcherRun StartWith(Bindings seed) => new Run(this, seed);

    private sealed class Run(ConfigMatcher spec, Bindings? seed) : MatcherRun
    {
        public override IEnumerable<Occurrence> Complete(CompletionContext context, Action<string> notChecked)
        {
            var store = context.Config;
            var missingEverywhere = spec.None.Where(n => !n.AssumedNoneWhenMissing).Select(n => n.Scope).Where(scope => !store.InScope(scope).Any()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (spec.None.Any(n => n.AssumedNoneWhenMissing && store.InScope(n.Scope).Any()))
            {
                // A matcher for bundles without that snapshot; this one has it, and another matcher compares.
                yield break;
            }

            foreach (var obj in store.InScope(spec.Each.Scope))
            {
                var known = context.Match.KnownHost(obj.Host);
                if (known is null && spec.UsesServerIdentity)
                {
                    // Never compare a folder's name as if it were the server: say what would tell it instead.
                    if (!spec.Each.WithoutServerIdentity().Match(obj, new Bindings(), context.Match))
                    {
                        continue;
                    }

                    notChecked($"{obj.File} comes from a server the bundle does not name{(obj.Host is null ? string.Empty : $" (only its folder '{obj.Host}' does)")}: " +
                               "collect the server's Application log or our collector's manifest with it, or name it with --host PATH=FQDN");
                    continue;
                }

                var bindings = seed?.Copy() ?? new Bindings();
                if (!spec.Each.Match(obj, bindings, context.Match))
                {
                    continue;
                }

                bindings.Set("host", known);
                bindings.Set("hostFqdn", context.Match.FqdnOf(obj.Host));
                bindings.Set("file", obj.File);
                var evidence = spec.Each.EvidenceFrom(obj).ToList();
                if (!Satisfy(store, obj, 0, bindings, evidence, context.Match))
                {
                    continue;
                }

                if (missingEverywhere.Count > 0)
                {
                    notChecked($"no {string.Join(" or ", missingEverywhere)} snapshot was collected to compare {obj.File} with");
                    continue;
                }

                var missingHere = spec.None.Where(n => n is { SameServerOnly: true, AssumedNoneWhenMissing: false } && !n.Candidates(store, obj, context.Match).Any()).Select(n => n.Scope).ToList();
                if (missingHere.Count > 0)
                {
                    notChecked($"no {string.Join(" or ", missingHere)} snapshot from {known ?? obj.Host ?? "the server of " + obj.File} was collected to compare {obj.File} with (other servers' stores do not count)");
                    continue;
                }

                var blocked = false;
                foreach (var none in spec.None)
                {
                    var looked = none.Candidates(store, obj, context.Match).ToList();
                    if (looked.Any(other => none.Match(other, bindings.Copy(), context.Match)))
                    {
                        blocked = true;
                        break;
                    }

                    if (looked.Count == 0)
                    {
                        continue;
                    }

                    evidence.Add(new Evidence(looked[0].First!.Location, looked[0].First!.Timestamp, looked[0].First!.TimeQuality,
                        $"none of the {looked.Count(o => !o.IsEmptyOutput)} {none.Scope} object(s) in {string.Join(", ", looked.Select(o => o.File).Distinct())} fits {Describe(none)}"));
                }

                if (!blocked)
                {
                    foreach (var also in spec.Also)
                    {
                        BindFromTheOnlyFit(store, also, bindings, evidence, context.Match);
                    }

                    yield return spec.Options.Apply(new Occurrence(bindings, evidence, obj.First?.Timestamp) { FromSnapshot = true });
                }
            }
        }

        /// <summary>Finds objects for the selectors of <c>some</c> from <paramref name="index"/> on, backtracking over candidates.</summary>
        private bool Satisfy(ConfigStore store, ConfigObject each, int index, Bindings bindings, List<Evidence> evidence, MatchContext match)
        {
            if (index == spec.Some.Count)
            {
                return true;
            }

            var selector = spec.Some[index];
            foreach (var candidate in selector.Candidates(store, each, match))
            {
                var tried = bindings.Copy();
                if (!selector.Match(candidate, tried, match))
                {
                    continue;
                }

                var more = new List<Evidence>(selector.EvidenceFrom(candidate));
                if (Satisfy(store, each, index + 1, tried, more, match))
                {
                    bindings.Merge(tried);
                    evidence.AddRange(more);
                    return true;
                }
            }

            return false;
        }

        private static void BindFromTheOnlyFit(ConfigStore store, ConfigSelector selector, Bindings bindings, List<Evidence> evidence, MatchContext match)
        {
            Bindings? bound = null;
            ConfigObject? fit = null;
            foreach (var candidate in store.InScope(selector.Scope))
            {
                var tried = bindings.Copy();
                if (!selector.Match(candidate, tried, match))
                {
                    continue;
                }

                if (fit is not null)
                {
                    return;
                }

                (bound, fit) = (tried, candidate);
            }

            // A later selector is a second way to the same value: once bound, it adds neither the value nor evidence.
            if (bound is not null && bound.Names.Any(name => bindings[name] is null))
            {
                bindings.Merge(bound);
                evidence.AddRange(selector.EvidenceFrom(fit!));
            }
        }

        private static string Describe(ConfigSelector selector) =>
            selector.Conditions.Count == 0 ? "the check" : string.Join(", ", selector.Conditions.Select(c => c.Property));
    }
}
