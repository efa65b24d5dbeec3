using System.Reflection;

namespace LyncOwaDiag.Classification.Rules;

/// <summary>
/// The rules and checklist items a run uses: those embedded in the library, then those of each <c>--rules</c>
/// folder, a later rule replacing an earlier one of the same id. Loading never throws for bad rule files: the
/// errors are collected with file, line and field.
/// </summary>
public sealed class RuleSet
{
    private const string ResourcePrefix = "LyncOwaDiag.Rules.";

    /// <summary>How the origin of a shipped rule file begins.</summary>
    internal const string BuiltInOrigin = "(built-in) ";

    private RuleSet(IReadOnlyList<Rule> rules, IReadOnlyList<ChecklistItemSpec> checklist, IReadOnlyList<RuleFileError> errors)
    {
        Rules = rules;
        Checklist = checklist;
        Errors = errors;
    }

    public IReadOnlyList<Rule> Rules { get; }

    public IReadOnlyList<ChecklistItemSpec> Checklist { get; }

    public IReadOnlyList<RuleFileError> Errors { get; }

    /// <summary>A set of the given rules only, for measuring what each costs.</summary>
    internal static RuleSet Of(IEnumerable<Rule> rules, IEnumerable<ChecklistItemSpec>? checklist = null) => new([.. rules], [.. checklist ?? []], []);

    public Rule? Find(string id) => Rules.FirstOrDefault(r => r.Id.Equals(id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The embedded rules, then each folder's <c>*.yaml</c>/<c>*.yml</c> files in name order.</summary>
    public static RuleSet Load(IEnumerable<string>? folders = null) => Load(folders, includeEmbedded: true);

    /// <summary>Only the files of the folders, checked against the embedded rules' ids (for <c>rules lint</c>).</summary>
    public static RuleSet LoadFolderOnly(string folder)
    {
        var embedded = Load(null, includeEmbedded: true);
        var own = Load([folder], includeEmbedded: false, knownIds: embedded.Rules.Select(r => r.Id));
        return own;
    }

    private static RuleSet Load(IEnumerable<string>? folders, bool includeEmbedded, IEnumerable<string>? knownIds = null)
    {
        var sources = new List<(string Name, Func<TextReader> Open)>();
        if (includeEmbedded)
        {
            var assembly = typeof(RuleSet).Assembly;
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                sources.Add((BuiltInOrigin + name[ResourcePrefix.Length..], () => new StreamReader(assembly.GetManifestResourceStream(name)!)));
            }
        }

        var errors = new List<RuleFileError>();
        foreach (var folder in folders ?? [])
        {
            if (!Directory.Exists(folder))
            {
                errors.Add(new RuleFileError(folder, 0, 0, "(folder)", "not found or not a folder"));
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
            {
                sources.Add((file, () => new StreamReader(file)));
            }
        }

        var rules = new List<Rule>();
        var checklist = new List<ChecklistItemSpec>();
        foreach (var (name, open) in sources)
        {
            IReadOnlyList<Rule> fileRules;
            IReadOnlyList<ChecklistItemSpec> fileItems;
            IReadOnlyList<RuleFileError> fileErrors;
            try
            {
                using var reader = open();
                (fileRules, fileItems, fileErrors) = RuleFileReader.Read(name, reader);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new RuleFileError(name, 0, 0, "(file)", $"cannot be read: {e.Message}"));
                continue;
            }

            errors.AddRange(fileErrors);
            foreach (var rule in fileRules)
            {
                var same = rules.FindIndex(r => r.Id.Equals(rule.Id, StringComparison.OrdinalIgnoreCase));
                if (same >= 0 && OriginFile(rules[same].Origin) == OriginFile(rule.Origin))
                {
                    errors.Add(Error(rule.Origin, "id", $"{rule.Id} is defined twice in this file (also at {rules[same].Origin})"));
                    continue;
                }

                if (same >= 0)
                {
                    rules[same] = rule;
                }
                else
                {
                    rules.Add(rule);
                }
            }

            foreach (var item in fileItems)
            {
                checklist.RemoveAll(c => c.Id.Equals(item.Id, StringComparison.OrdinalIgnoreCase));
                checklist.Add(item);
            }
        }

        var ids = new HashSet<string>(rules.Select(r => r.Id).Concat(knownIds ?? []), StringComparer.OrdinalIgnoreCase);
        foreach (var rule in rules)
        {
            foreach (var explained in rule.Explains.Where(e => !ids.Contains(e)))
            {
                errors.Add(Error(rule.Origin, "explains", $"{rule.Id} explains '{explained}', which is no rule"));
            }

            foreach (var required in rule.Requires.Where(e => !ids.Contains(e)))
            {
                errors.Add(Error(rule.Origin, "requires", $"{rule.Id} requires '{required}', which is no rule"));
            }
        }

        if (ExplainsCycle(rules) is { } cycle)
        {
            errors.Add(Error(cycle[0].Origin, "explains", $"the explains graph has a cycle: {string.Join(" → ", cycle.Select(r => r.Id).Append(cycle[0].Id))}; a cause cannot be its own consequence"));
        }

        return new RuleSet(rules, checklist, errors);
    }

    /// <summary>A cycle of <c>explains</c> edges, if there is one: then no finding on it could be told the cause.</summary>
    private static List<Rule>? ExplainsCycle(IReadOnlyList<Rule> rules)
    {
        var byId = rules.GroupBy(r => r.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);
        var state = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var path = new List<Rule>();
        List<Rule>? Visit(Rule rule)
        {
            state[rule.Id] = 1;
            path.Add(rule);
            foreach (var next in rule.Explains.Where(byId.ContainsKey).Select(id => byId[id]))
            {
                if (state.GetValueOrDefault(next.Id) == 1)
                {
                    return path.SkipWhile(r => !r.Id.Equals(next.Id, StringComparison.OrdinalIgnoreCase)).ToList();
                }

                if (state.GetValueOrDefault(next.Id) == 0 && Visit(next) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[rule.Id] = 2;
            return null;
        }

        return byId.Values.Where(r => state.GetValueOrDefault(r.Id) == 0).Select(Visit).FirstOrDefault(c => c is not null);
    }

    private static string OriginFile(string origin) => origin[..Math.Max(0, origin.LastIndexOf(':'))];

    private static RuleFileError Error(string origin, string field, string message)
    {
        var colon = origin.LastIndexOf(':');
        var line = colon > 0 && long.TryParse(origin[(colon + 1)..], out var l) ? l : 0;
        return new RuleFileError(colon > 0 ? origin[..colon] : origin, line, 1, field, message);
    }
}
