using LyncOwaDiag.Classification.Matchers;
using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Model;
using YamlDotNet.RepresentationModel;

namespace LyncOwaDiag.Classification.Rules;

/// <summary>Reads the <c>match:</c> entries of a rule: <c>event</c>, <c>together</c>, <c>absent</c>, <c>config</c>, <c>skew</c>.</summary>
internal static class MatcherReader
{
    private static readonly string[] Kinds = ["event", "together", "absent", "config", "skew"];

    public static MatcherSpec? Read(YamlNode node, string field, RuleFileContext file)
    {
        if (file.Mapping(node, field) is not { } mapping)
        {
            return null;
        }

        file.OnlyKeys(mapping, field, [.. Kinds, "severity", "confidence", "note", "needs", "needsName", "refutedBy", "supportedBy", "weakenedBy", "confirmedBy"]);
        var kinds = Kinds.Where(k => file.Get(mapping, k) is not null).ToList();
        if (kinds.Count != 1)
        {
            file.Error(mapping, field, kinds.Count == 0 ? $"a matcher needs one of: {string.Join(", ", Kinds)}" : $"one matcher per entry, found {string.Join(" and ", kinds)}");
            return null;
        }

        var kind = kinds[0];
        var body = file.Get(mapping, kind)!;
        var options = new MatcherOptions(
            file.Get(mapping, "severity") is { } s ? Enums.Severity(s, $"{field}.severity", file) : null,
            file.Get(mapping, "confidence") is { } c ? Enums.Confidence(c, $"{field}.confidence", file) : null,
            file.Get(mapping, "note") is { } n ? file.Scalar(n, $"{field}.note") : null);
        var at = $"{field}.{kind}";
        MatcherSpec? matcher = kind switch
        {
            "event" => Pattern(body, at, file) is { } p ? new EventMatcher(p, options) : null,
            "together" => Together(body, at, options, file),
            "absent" => Absent(body, at, options, file),
            "config" => Config(body, at, options, file),
            _ => Skew(body, at, options, file),
        };
        foreach (var (key, effect) in new[] { ("refutedBy", GateEffect.Refute), ("supportedBy", GateEffect.Support), ("weakenedBy", GateEffect.Weaken) })
        {
            if (matcher is not null && file.Get(mapping, key) is { } gate && Gate(gate, $"{field}.{key}", file) is { } check)
            {
                matcher = new ConfigGatedMatcher(matcher, check, effect);
            }
        }

        if (matcher is not null && file.Get(mapping, "confirmedBy") is { } confirmation)
        {
            matcher = Confirmed(matcher, confirmation, $"{field}.confirmedBy", file);
        }

        if (file.Get(mapping, "needs") is not { } needsNode)
        {
            if (file.Get(mapping, "needsName") is { } orphan)
            {
                file.Error(orphan, $"{field}.needsName", "names what 'needs' lists; there is no 'needs'");
            }

            return matcher;
        }

        var needs = Patterns(needsNode, $"{field}.needs", file);
        if (file.Get(mapping, "needsName") is not { } nameNode || file.Scalar(nameNode, $"{field}.needsName") is not { Length: > 0 } needsName)
        {
            file.Error(needsNode, $"{field}.needsName", "'needs' takes a needsName: what to collect, in words, for the not-checked reason");
            return matcher;
        }

        return matcher is null || needs.Count == 0 ? matcher : new NeedsMatcher(matcher, needs, needsName);
    }

    public static EventPattern? Pattern(YamlNode node, string field, RuleFileContext file)
    {
        if (file.Mapping(node, field) is not { } mapping)
        {
            return null;
        }

        var conditions = new List<(string, FieldCondition)>();
        foreach (var (key, keyNode, value) in file.Entries(mapping, field))
        {
            if (!EventFields.IsKnown(key))
            {
                file.Error(keyNode, $"{field}.{key}", $"unknown event field (known: {string.Join(", ", EventFields.Names)})");
                continue;
            }

            if (ConditionReader.Read(value, $"{field}.{key}", file) is { } condition)
            {
                if (key.Equals("source", StringComparison.OrdinalIgnoreCase))
                {
                    foreach (var name in condition.SetTexts)
                    {
                        if (EventSourceNames.Parse(name) is null)
                        {
                            file.Error(value, $"{field}.source", $"'{name}' is not a source ({EventSourceNames.All})");
                        }
                    }
                }

                conditions.Add((key, condition));
            }
        }

        if (conditions.Count == 0)
        {
            file.Error(mapping, field, "an event pattern needs at least one field");
        }

        return new EventPattern(conditions);
    }

    public static IReadOnlyList<EventPattern> Patterns(YamlNode node, string field, RuleFileContext file) =>
        file.Items(node).Select((n, i) => Pattern(n, $"{field}[{i}]", file)).Where(p => p is not null).Select(p => p!).ToList();

    private static TogetherMatcher? Together(YamlNode node, string field, MatcherOptions options, RuleFileContext file)
    {
        if (file.Mapping(node, field) is not { } mapping)
        {
            return null;
        }

        file.OnlyKeys(mapping, field, "key", "within", "events");
        var key = file.Get(mapping, "key") is { } k ? file.Scalar(k, $"{field}.key") : null;
        if (key is null || (!key.Equals("host", StringComparison.OrdinalIgnoreCase) && !EventFields.IsKnown(key)))
        {
            file.Error(file.Get(mapping, "key") ?? mapping, $"{field}.key", "needs the field the events share (callId, user, host, fqdn, thumbprint …)");
            return null;
        }

        var window = Required(mapping, "within", field, file) is { } w ? DurationOf(w, $"{field}.within", file) : null;
        var parts = Required(mapping, "events", field, file) is { } e ? Patterns(e, $"{field}.events", file) : [];
        if (parts.Count < 2)
        {
            file.Error(mapping, $"{field}.events", "needs at least two event patterns");
            return null;
        }

        return window is null ? null : new TogetherMatcher(key, window.Value, parts, options);
    }

    private static AbsenceMatcher? Absent(YamlNode node, string field, MatcherOptions options, RuleFileContext file)
    {
        if (file.Mapping(node, field) is not { } mapping)
        {
            return null;
        }

        file.OnlyKeys(mapping, field, "expect", "after", "afterOnly", "afterLast", "collected", "collectedName");
        var expect = Required(mapping, "expect", field, file) is { } x ? Pattern(x, $"{field}.expect", file) : null;
        var after = file.Get(mapping, "after") is { } a ? Pattern(a, $"{field}.after", file) : null;
        var collected = file.Get(mapping, "collected") is { } c ? Patterns(c, $"{field}.collected", file) : null;
        var name = file.Get(mapping, "collectedName") is { } n ? file.Scalar(n, $"{field}.collectedName") : null;
        var afterOnly = file.Get(mapping, "afterOnly") is YamlScalarNode { Value: "true" };
        var afterLast = file.Get(mapping, "afterLast") is YamlScalarNode { Value: "true" };
        if (afterLast && after is null)
        {
            file.Error(mapping, $"{field}.afterLast", "judges the expected event against the latest precondition; there is no 'after'");
        }

        return expect is null ? null : new AbsenceMatcher(expect, after, collected, name, afterOnly, options) { AfterLast = afterLast };
    }

    /// <summary><c>refutedBy</c> / <c>supportedBy: { config: … }</c>: the snapshot check the matcher's reading falls or stands with.</summary>
    /// <summary><c>confirmedBy: { event: PATTERN, confidence: C }</c>; see <see cref="EventConfirmedMatcher"/>.</summary>
    private static MatcherSpec Confirmed(MatcherSpec inner, YamlNode node, string field, RuleFileContext file)
    {
        if (file.Mapping(node, field) is not { } mapping)
        {
            return inner;
        }

        file.OnlyKeys(mapping, field, "event", "confidence");
        if (file.Get(mapping, "event") is not { } eventNode || file.Get(mapping, "confidence") is not { } confidenceNode)
        {
            file.Error(mapping, field, "takes an event pattern and the confidence it gives: { event: { … }, confidence: medium }");
            return inner;
        }

        var confidence = Enums.Confidence(confidenceNode, $"{field}.confidence", file);
        if (Pattern(eventNode, $"{field}.event", file) is not { } pattern || confidence is not { } c)
        {
            return inner;
        }

        // A confirmation raises the matcher's own, lower confidence; it can never lower a reading.
        if (inner.Options.Confidence is not { } own || own <= c)
        {
            file.Error(confidenceNode, $"{field}.confidence", inner.Options.Confidence is null
                ? "confirmedBy raises the matcher's own confidence: give the matcher a lower 'confidence' of its own"
                : $"confirmedBy must make the reading surer than the matcher's own confidence ({inner.Options.Confidence.Value.ToString().ToLowerInvariant()})");
            return inner;
        }

        return new EventConfirmedMatcher(inner, pattern, c);
    }

    private static ConfigMatcher? Gate(YamlNode node, string field, RuleFileContext file)
    {
        if (file.Mapping(node, field) is not { } mapping)
        {
            return null;
        }

        file.OnlyKeys(mapping, field, "config");
        if (file.Get(mapping, "config") is not { } config)
        {
            file.Error(mapping, field, "takes a config check: { config: { each: …, some: … } }");
            return null;
        }

        return Config(config, $"{field}.config", MatcherOptions.None, file);
    }

    private static ConfigMatcher? Config(YamlNode node, string field, MatcherOptions options, RuleFileContext file)
    {
        if (file.Mapping(node, field) is not { } mapping)
        {
            return null;
        }

        file.OnlyKeys(mapping, field, "each", "some", "none", "also");
        var each = Required(mapping, "each", field, file) is { } e ? Selector(e, $"{field}.each", file) : null;
        var some = file.Get(mapping, "some") is { } s ? Selectors(s, $"{field}.some", file) : [];
        var none = file.Get(mapping, "none") is { } n ? Selectors(n, $"{field}.none", file) : [];
        var also = file.Get(mapping, "also") is { } a ? Selectors(a, $"{field}.also", file) : [];
        return each is null ? null : new ConfigMatcher(each, some, none, options) { Also = also };
    }

    private static IReadOnlyList<ConfigSelector> Selectors(YamlNode node, string field, RuleFileContext file) =>
        file.Items(node).Select((n, i) => Selector(n, $"{field}[{i}]", file)).Where(s => s is not null).Select(s => s!).ToList();

    private static ConfigSelector? Selector(YamlNode node, string field, RuleFileContext file)
    {
        if (file.Mapping(node, field) is not { } mapping)
        {
            return null;
        }

        file.OnlyKeys(mapping, field, "scope", "where", "missing", "server");
        var scope = Required(mapping, "scope", field, file) is { } s ? file.Scalar(s, $"{field}.scope") : null;
        var conditions = new List<(string, FieldCondition)>();
        if (file.Get(mapping, "where") is { } where && file.Mapping(where, $"{field}.where") is { } props)
        {
            foreach (var (key, _, value) in file.Entries(props, $"{field}.where"))
            {
                if (ConditionReader.Read(value, $"{field}.where.{key}", file) is { } condition)
                {
                    conditions.Add((key, condition));
                }
            }
        }

        var assumedNone = false;
        if (file.Get(mapping, "missing") is { } missingNode)
        {
            var missing = file.Scalar(missingNode, $"{field}.missing");
            assumedNone = missing == "assumed-none";
            if (!assumedNone && missing != "not-checked")
            {
                file.Error(missingNode, $"{field}.missing", $"'{missing}' is not one of: not-checked, assumed-none");
            }
        }

        var sameServer = false;
        if (file.Get(mapping, "server") is { } serverNode)
        {
            var server = file.Scalar(serverNode, $"{field}.server");
            sameServer = server == "same";
            if (!sameServer && server != "any")
            {
                file.Error(serverNode, $"{field}.server", $"'{server}' is not one of: same, any");
            }
        }

        return scope is null ? null : new ConfigSelector(scope, conditions) { AssumedNoneWhenMissing = assumedNone, SameServerOnly = sameServer };
    }

    private static SkewMatcher? Skew(YamlNode node, string field, MatcherOptions options, RuleFileContext file)
    {
        if (file.Mapping(node, field) is not { } mapping)
        {
            return null;
        }

        file.OnlyKeys(mapping, field, "over", "upTo");
        var over = Required(mapping, "over", field, file) is { } o ? DurationOf(o, $"{field}.over", file) : null;
        var upTo = file.Get(mapping, "upTo") is { } u ? DurationOf(u, $"{field}.upTo", file) : null;
        return over is null ? null : new SkewMatcher(over.Value, upTo, options);
    }

    private static YamlNode? Required(YamlMappingNode mapping, string key, string field, RuleFileContext file)
    {
        var node = file.Get(mapping, key);
        if (node is null)
        {
            file.Error(mapping, $"{field}.{key}", "required");
        }

        return node;
    }

    private static TimeSpan? DurationOf(YamlNode node, string field, RuleFileContext file)
    {
        var text = file.Scalar(node, field);
        if (text is not null && Duration.TryParse(text, out var value))
        {
            return value;
        }

        file.Error(node, field, $"'{text}' is not a duration (e.g. 500ms, 30s, 5m, 2h, 30d)");
        return null;
    }
}
