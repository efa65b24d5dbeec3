using LyncOwaDiag.Classification.Matchers;
using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Classification.Vocabulary;
using LyncOwaDiag.Correlation.Servers;
using LyncOwaDiag.Model;

namespace LyncOwaDiag.Classification.Engine;

/// <summary>
/// Runs a rule set over one pass of the timeline. Events stream through <see cref="Observe"/> (each rule's event
/// matchers see only the sources they can match); <see cref="Complete"/> runs the matchers that decide at the end,
/// folds occurrences into findings, fills the fix commands, ranks, and works out the checklist and the verdict.
/// Knows no rule by id: everything specific to a cause is in the rule files.
/// </summary>
internal sealed class Classifier
{
    private readonly RuleSet _rules;
    private readonly List<(Rule Rule, MatcherRun Run)> _runs = [];
    private readonly List<(Rule Rule, MatcherRun Run, Action<Occurrence> Found, MatcherSpec Spec)> _streaming = [];
    private readonly Dictionary<(EventSource Source, string Kind, string? ImMessage), (Rule Rule, MatcherRun Run, Action<Occurrence> Found)[]> _byKind = [];
    private readonly List<ChecklistRun> _checklist;
    private readonly Dictionary<(Rule Rule, string Group), FindingAccumulator> _found = [];
    private readonly ConfigStore _config = new();
    private readonly SignalTally _signals = new();
    private readonly List<string> _matched = [];
    private ServerDirectory _servers = ServerDirectory.Empty;
    private DateTimeOffset? _logsStart;
    private DateTimeOffset? _logsEnd;

    // While events stream only the servers are known (the span and the snapshot facts come at the end): matchers that
    // keep state per server need them to tell a server from a folder-name guess.
    private readonly MatchContext _streamingContext;

    /// <param name="servers">The bundle's servers, known before its events stream (from the inventory).</param>
    public Classifier(RuleSet rules, ServerDirectory? servers = null)
    {
        _rules = rules;
        _streamingContext = servers is null ? MatchContext.None : new MatchContext(null, null, null, servers);
        foreach (var rule in rules.Rules)
        {
            foreach (var matcher in rule.Matchers)
            {
                var run = matcher.Start();
                _runs.Add((rule, run));
                if (matcher.Patterns.Any())
                {
                    _streaming.Add((rule, run, o => Add(rule, o), matcher));
                }
            }
        }

        _checklist = rules.Checklist.Select(c => new ChecklistRun(c)).ToList();
    }

    public void Observe(TimelineEvent e)
    {
        _config.Observe(e);
        if (e.Source != EventSource.Config && Time.PlausibleTime.Contains(e.Timestamp))
        {
            // Snapshot files are dated by their file time (a copy's, often today's); the logs' own span is what dates compare with.
            _logsStart = _logsStart is null || e.Timestamp < _logsStart ? e.Timestamp : _logsStart;
            _logsEnd = _logsEnd is null || e.Timestamp > _logsEnd ? e.Timestamp : _logsEnd;
        }

        _matched.Clear();
        foreach (var (rule, run, found) in Dispatch(e))
        {
            // A rule's matchers are next to each other in the dispatch list, so a repeat is always the last one added.
            if (run.Observe(e, _streamingContext, found) && (_matched.Count == 0 || !string.Equals(_matched[^1], rule.Id, StringComparison.Ordinal)))
            {
                _matched.Add(rule.Id);
            }
        }

        _signals.Add(e, _matched);
        foreach (var item in _checklist)
        {
            item.Observe(e, _streamingContext);
        }
    }

    /// <summary>The matchers that can match events of this source and kind (and IM message), worked out once per kind seen.</summary>
    private (Rule Rule, MatcherRun Run, Action<Occurrence> Found)[] Dispatch(TimelineEvent e)
    {
        var key = DispatchKey(e);
        if (!_byKind.TryGetValue(key, out var runs))
        {
            _byKind[key] = runs = RunsFor(key);
        }

        return runs;
    }

    // Apart from Dispatch, which runs for every event: a lambda there capturing the key would allocate on every call.
    private (Rule Rule, MatcherRun Run, Action<Occurrence> Found)[] RunsFor((EventSource Source, string Kind, string? ImMessage) key) =>
        _streaming.Where(s => s.Spec.Patterns.Any(p => p.CanMatch(key.Source, key.Kind, key.ImMessage))).Select(s => (s.Rule, s.Run, s.Found)).ToArray();

    // The reader names IM messages by a fixed set of ids, so this key takes few values.
    private static (EventSource Source, string Kind, string? ImMessage) DispatchKey(TimelineEvent e) => (e.Source, e.Kind, (e.Payload as OwaImEntry)?.Message);

    /// <param name="servers">Which hosts are known from content (and their FQDNs): a folder-name guess is never compared or filled in.</param>
    public Classification Complete(IReadOnlyList<InputSummary> inputs, IReadOnlyList<ClockSkew> skews, ServerDirectory? servers = null)
    {
        _servers = servers ?? ServerDirectory.Empty;
        var context = new CompletionContext(inputs, _config, skews, new MatchContext(_logsStart, _logsEnd, Fact, _servers));
        var notChecked = new List<NotCheckedRule>();
        foreach (var (rule, run) in _runs)
        {
            foreach (var occurrence in run.Complete(context, reason => notChecked.Add(new NotCheckedRule(rule.Id, Placeholders.Fill(rule.Title, _ => null), reason))))
            {
                Add(rule, occurrence);
            }
        }

        var products = ProductsSeen();
        var findings = new List<Finding>();
        foreach (var accumulator in _found.Values)
        {
            if (NotApplicable(accumulator.Rule, products) is { } why)
            {
                notChecked.Add(new NotCheckedRule(accumulator.Rule.Id, Placeholders.Fill(accumulator.Rule.Title, _ => null), why));
                continue;
            }

            findings.Add(Build(accumulator));
        }

        findings = WithRequirementsMet(findings);
        var fired = findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        var ranked = FindingRanker.Rank(findings, _rules);
        var checklist = _checklist.Select(c => c.Complete(ranked)).ToList();
        var decided = _runs.Where(r => r.Run.Decided).Select(r => r.Rule.Id).ToHashSet(StringComparer.Ordinal);
        var distinctNotChecked = notChecked.Where(n => !fired.Contains(n.RuleId) && !decided.Contains(n.RuleId)).DistinctBy(n => (n.RuleId, n.Reason)).ToList();
        var (verdict, reason) = VerdictDecider.Decide(ranked, checklist, distinctNotChecked);
        return new Classification(ranked, checklist, _signals.Unexplained(fired), _signals.OtherErrors, distinctNotChecked, verdict, reason);
    }

    /// <summary>Drops findings whose rule stands only beside another (<c>requires</c>) that did not fire, until nothing changes.</summary>
    private List<Finding> WithRequirementsMet(List<Finding> findings)
    {
        while (true)
        {
            var fired = findings.Select(f => f.RuleId).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var kept = findings.Where(f => _rules.Find(f.RuleId) is not { Requires.Count: > 0 } rule || rule.Requires.Any(fired.Contains)).ToList();
            if (kept.Count == findings.Count)
            {
                return kept;
            }

            findings = kept;
        }
    }

    private void Add(Rule rule, Occurrence occurrence)
    {
        var group = rule.GroupBy.Count == 0 ? string.Empty : string.Join("\u001f", rule.GroupBy.Select(g => occurrence.Bindings[g]?.ToLowerInvariant() ?? string.Empty));
        if (!_found.TryGetValue((rule, group), out var accumulator))
        {
            _found[(rule, group)] = accumulator = new FindingAccumulator(rule);
        }

        accumulator.Add(occurrence);
    }

    private Finding Build(FindingAccumulator found)
    {
        var rule = found.Rule;
        string? Lookup(string name) => name switch
        {
            "count" => found.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // A host known only by its folder's name is no identity: the placeholder's default stands instead.
            "host" => found.Bindings["host"] is { } host && !_servers.IsGuess(host) ? host : null,
            "hostFqdn" => found.Bindings["hostFqdn"] ?? _servers.FqdnOf(found.Bindings["host"]),
            _ when name.StartsWith(MatchContext.FactPrefix, StringComparison.OrdinalIgnoreCase) => Fact(name[MatchContext.FactPrefix.Length..]),
            _ => found.Bindings[name],
        };
        string Fill(string template) => Placeholders.Fill(template, Lookup);

        // A value the command could not take safely is said beside the step, so the admin knows what to fill in and why.
        FixStep Step(FixTemplate f)
        {
            if (f.Command is null)
            {
                return new FixStep(Fill(f.Text), null);
            }

            var refused = new List<string>();
            var command = Placeholders.FillCommand(f.Command, Lookup, refused);
            return new FixStep(refused.Count == 0 ? Fill(f.Text) : $"{Fill(f.Text)} ({string.Join("; ", refused.Distinct(StringComparer.Ordinal))})", command);
        }

        return new Finding
        {
            RuleId = rule.Id,
            Title = Fill(rule.Title),
            Severity = found.Severity,
            Confidence = found.Confidence,
            Cause = Fill(rule.Cause),
            Confirm = found.Confidence == Confidence.High || rule.Confirm is null ? null : Fill(rule.Confirm),
            Evidence = found.Evidence.OrderBy(e => e.Time).ToList(),
            Fix = rule.Fix.Where(f => f.When is null || Lookup(f.When) is not null).Select(Step).ToList(),
            References = rule.References.Select(r => r.ToString()).ToList(),
            FirstSeen = found.First,
            LastSeen = found.Last,
            Count = (int)Math.Min(found.Count, int.MaxValue),
            Entities = found.Entities,
            Servers = [.. found.Hosts.Where(h => !_servers.IsGuess(h)).Order(StringComparer.OrdinalIgnoreCase)],
            CallIds = found.CallIds,
        };
    }

    /// <summary>
    /// <c>{fact:Scope/Name}</c>: the value of that property the snapshots agree on. Where they hold several (two sites,
    /// two certificates) there is no telling which one the finding is about, so none is given and the placeholder's
    /// default says what to look up; a rule that knows which object it means binds it with <c>also:</c> instead.
    /// </summary>
    private string? Fact(string path)
    {
        var slash = path.IndexOf('/');
        if (slash <= 0)
        {
            return null;
        }

        var values = _config.InScope(path[..slash]).SelectMany(o => o.Values(path[(slash + 1)..])).Select(v => v.Text.Trim()).Where(v => v.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(2).ToList();
        return values.Count == 1 ? values[0] : null;
    }

    private Dictionary<string, HashSet<string>> ProductsSeen()
    {
        var seen = ProductVersions.Products.ToDictionary(p => p, _ => new HashSet<string>(), StringComparer.OrdinalIgnoreCase);
        foreach (var obj in _config.Objects)
        {
            foreach (var source in ProductVocabulary.VersionSources)
            {
                if (source.Scope is not null && !obj.Scope.Equals(source.Scope, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                foreach (var v in obj.Values(source.Property))
                {
                    if (source.Release(v.Text) is { } release)
                    {
                        seen[source.Product].Add(release);
                    }
                }
            }
        }

        return seen;
    }

    private static string? NotApplicable(Rule rule, Dictionary<string, HashSet<string>> seen)
    {
        foreach (var (product, versions) in rule.Versions)
        {
            if (seen.TryGetValue(product, out var present) && present.Count > 0 && !versions.Any(present.Contains))
            {
                return $"applies to {product} {string.Join("/", versions)}; the bundle shows {product} {string.Join("/", present.Order())}";
            }
        }

        return null;
    }
}
