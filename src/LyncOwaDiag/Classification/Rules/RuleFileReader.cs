using System.Text.RegularExpressions;
using LyncOwaDiag.Classification.Matchers;
using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Classification.Vocabulary;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LyncOwaDiag.Classification.Rules;

/// <summary>
/// Reads one rule file. A YAML document is one rule (a mapping with <c>id</c>), or a mapping with <c>rules:</c>
/// and/or <c>checklist:</c> lists; a file may hold several documents. Every problem is collected with its position,
/// so that <c>rules lint</c> lists them all at once.
/// </summary>
internal static partial class RuleFileReader
{
    private static readonly string[] RuleKeys =
        ["id", "title", "severity", "confidence", "cause", "scope", "versions", "explains", "fix", "references", "match", "groupBy", "confirm", "requires", "symptoms", "examples", "about"];

    private static string ReadAtMost(TextReader text, int chars)
    {
        var buffer = new char[Math.Min(chars, 64 * 1024)];
        var sb = new System.Text.StringBuilder();
        int n;
        while (sb.Length < chars && (n = text.Read(buffer, 0, Math.Min(buffer.Length, chars - sb.Length))) > 0)
        {
            sb.Append(buffer, 0, n);
        }

        return sb.ToString();
    }

    public static (IReadOnlyList<Rule> Rules, IReadOnlyList<ChecklistItemSpec> Checklist, IReadOnlyList<RuleFileError> Errors) Read(string file, TextReader text)
    {
        var context = new RuleFileContext(file);
        var rules = new List<Rule>();
        var checklist = new List<ChecklistItemSpec>();
        var stream = new YamlStream();
        try
        {
            var whole = ReadAtMost(text, YamlDepthGuard.MaxChars + 1);
            if (YamlDepthGuard.Check(whole) is { } tooDeep)
            {
                context.Errors.Add(new RuleFileError(file, tooDeep.Line, 1, "(yaml)", tooDeep.Message));
                return (rules, checklist, context.Errors);
            }

            stream.Load(new StringReader(whole));
        }
        catch (YamlException e)
        {
            context.Errors.Add(new RuleFileError(file, e.Start.Line, e.Start.Column, "(yaml)", (e.InnerException?.Message ?? e.Message).Split(" (Line:")[0]));
            return (rules, checklist, context.Errors);
        }

        foreach (var document in stream.Documents)
        {
            if (context.Mapping(document.RootNode, "(document)") is not { } root)
            {
                continue;
            }

            if (context.Get(root, "id") is not null)
            {
                AddRule(root, context, rules);
                continue;
            }

            context.OnlyKeys(root, string.Empty, "rules", "checklist");
            if (context.Get(root, "rules") is { } list)
            {
                foreach (var item in context.Items(list))
                {
                    AddRule(item, context, rules);
                }
            }

            if (context.Get(root, "checklist") is { } items)
            {
                foreach (var item in context.Items(items))
                {
                    if (ChecklistItem(item, context) is { } spec)
                    {
                        checklist.Add(spec);
                    }
                }
            }
        }

        return (rules, checklist, context.Errors);
    }

    private static void AddRule(YamlNode node, RuleFileContext file, List<Rule> rules)
    {
        if (file.Mapping(node, "rule") is not { } mapping)
        {
            return;
        }

        var errorsBefore = file.Errors.Count;
        file.OnlyKeys(mapping, string.Empty, RuleKeys);
        string? Text(string key, bool required = true)
        {
            var value = file.Get(mapping, key);
            if (value is null)
            {
                if (required)
                {
                    file.Error(mapping, key, "required");
                }

                return null;
            }

            var text = file.Scalar(value, key)?.Trim();
            if (required && string.IsNullOrEmpty(text))
            {
                file.Error(value, key, "must not be empty");
            }

            if (text is not null && Placeholders.Check(text) is { } problem)
            {
                file.Error(value, key, problem);
            }

            return text;
        }

        var id = Text("id");
        if (id is not null && !RuleId().IsMatch(id))
        {
            file.Error(file.Get(mapping, "id")!, "id", $"'{id}' is not a rule id (upper case words joined by '-', e.g. MY-OWN-RULE)");
        }

        var title = Text("title");
        var cause = Text("cause");
        var confirm = Text("confirm", required: false);
        var scope = Text("scope", required: false);
        var about = Text("about", required: false);
        if (about is not null and not ("deployment" or "evidence"))
        {
            file.Error(file.Get(mapping, "about")!, "about", $"'{about}' is not deployment or evidence");
        }
        var severity = file.Get(mapping, "severity") is { } s ? Enums.Severity(s, "severity", file) : Missing<Model.Severity>(mapping, "severity", file);
        var confidence = file.Get(mapping, "confidence") is { } c ? Enums.Confidence(c, "confidence", file) : Missing<Model.Confidence>(mapping, "confidence", file);
        var versions = Versions(mapping, file);
        var explains = file.Get(mapping, "explains") is { } x ? Explains(x, file) : [];
        var requires = file.Get(mapping, "requires") is { } q ? file.Strings(q, "requires") : [];
        var groupBy = file.Get(mapping, "groupBy") is { } g ? file.Strings(g, "groupBy") : [];
        var fix = Fix(mapping, file);
        var references = References(mapping, file);
        var examples = file.Get(mapping, "examples") is { } ex ? Examples(ex, file) : [];
        var matchers = new List<MatcherSpec>();
        if (file.Get(mapping, "match") is { } match)
        {
            var entries = file.Items(match);
            for (var i = 0; i < entries.Count; i++)
            {
                if (MatcherReader.Read(entries[i], $"match[{i}]", file) is { } matcher)
                {
                    matchers.Add(matcher);
                }
            }

            if (entries.Count == 0)
            {
                file.Error(match, "match", "needs at least one matcher");
            }
        }
        else
        {
            file.Error(mapping, "match", "required");
        }

        if (file.Get(mapping, "symptoms") is { } symptoms)
        {
            matchers.AddRange(MatcherReader.Patterns(symptoms, "symptoms", file).Select(p => new SymptomMatcher(p)));
        }

        if (file.Errors.Count > errorsBefore || id is null || title is null || cause is null || severity is null || confidence is null)
        {
            return;
        }

        rules.Add(new Rule
        {
            Id = id,
            Title = title,
            Severity = severity.Value,
            Confidence = confidence.Value,
            Cause = cause,
            Confirm = confirm,
            Scope = scope,
            AboutEvidence = about == "evidence",
            Examples = examples,
            Versions = versions,
            ExplainsEdges = explains,
            Requires = requires,
            GroupBy = groupBy,
            Fix = fix,
            References = references,
            Matchers = matchers,
            Origin = file.Origin(mapping),
        });
    }

    private static T? Missing<T>(YamlMappingNode mapping, string key, RuleFileContext file)
        where T : struct
    {
        file.Error(mapping, key, "required");
        return null;
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Versions(YamlMappingNode mapping, RuleFileContext file)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        if (file.Get(mapping, "versions") is not { } node)
        {
            file.Error(mapping, "versions", "required: the product versions the rule applies to (exchange: [2013, 2016, 2019], lync: [2013, 2015, 2019])");
            return result;
        }

        if (file.Mapping(node, "versions") is not { } products)
        {
            return result;
        }

        foreach (var (product, keyNode, value) in file.Entries(products, "versions"))
        {
            if (!ProductVersions.Products.Contains(product, StringComparer.OrdinalIgnoreCase))
            {
                file.Error(keyNode, $"versions.{product}", $"unknown product (expected {string.Join(" or ", ProductVersions.Products)})");
                continue;
            }

            var list = file.Strings(value, $"versions.{product}");
            foreach (var v in list.Where(v => !ProductVersions.Known(product).Contains(v)))
            {
                file.Error(value, $"versions.{product}", $"'{v}' is not a {product} version (known: {string.Join(", ", ProductVersions.Known(product))})");
            }

            result[product] = list;
        }

        if (result.Count == 0)
        {
            file.Error(node, "versions", "name at least one product");
        }

        return result;
    }

    private static IReadOnlyList<FixTemplate> Fix(YamlMappingNode mapping, RuleFileContext file)
    {
        var steps = new List<FixTemplate>();
        if (file.Get(mapping, "fix") is not { } node)
        {
            file.Error(mapping, "fix", "required: at least one step");
            return steps;
        }

        var items = file.Items(node);
        for (var i = 0; i < items.Count; i++)
        {
            var at = $"fix[{i}]";
            if (file.Mapping(items[i], at) is not { } step)
            {
                continue;
            }

            file.OnlyKeys(step, at, "text", "command", "when");
            var when = file.Get(step, "when") is { } w ? file.Scalar(w, $"{at}.when")?.Trim() : null;
            var text = file.Get(step, "text") is { } t ? file.Scalar(t, $"{at}.text")?.Trim() : null;
            var command = file.Get(step, "command") is { } c ? file.Scalar(c, $"{at}.command")?.Trim() : null;
            if (string.IsNullOrEmpty(text))
            {
                file.Error(step, $"{at}.text", "required");
                continue;
            }

            foreach (var (value, name) in new[] { (text, "text"), (command, "command") })
            {
                if (value is not null && Placeholders.Check(value) is { } problem)
                {
                    file.Error(step, $"{at}.{name}", problem);
                }
            }

            steps.Add(new FixTemplate(text, string.IsNullOrEmpty(command) ? null : command, string.IsNullOrEmpty(when) ? null : when));
        }

        if (steps.Count == 0 && items.Count == 0)
        {
            file.Error(node, "fix", "needs at least one step");
        }

        return steps;
    }

    private static IReadOnlyList<RuleReference> References(YamlMappingNode mapping, RuleFileContext file)
    {
        var references = new List<RuleReference>();
        if (file.Get(mapping, "references") is not { } node)
        {
            file.Error(mapping, "references", "required: the documentation section(s)");
            return references;
        }

        var items = file.Items(node);
        for (var i = 0; i < items.Count; i++)
        {
            var at = $"references[{i}]";
            if (items[i] is YamlScalarNode)
            {
                references.Add(new RuleReference(file.Scalar(items[i], at)!, null));
                continue;
            }

            if (file.Mapping(items[i], at) is not { } reference)
            {
                continue;
            }

            file.OnlyKeys(reference, at, "section", "url");
            var section = file.Get(reference, "section") is { } s ? file.Scalar(s, $"{at}.section") : null;
            var url = file.Get(reference, "url") is { } u ? file.Scalar(u, $"{at}.url") : null;
            if (string.IsNullOrWhiteSpace(section))
            {
                file.Error(reference, $"{at}.section", "required");
                continue;
            }

            references.Add(new RuleReference(section, url));
        }

        if (references.Count == 0 && items.Count == 0)
        {
            file.Error(node, "references", "needs at least one reference");
        }

        return references;
    }

    private static ChecklistItemSpec? ChecklistItem(YamlNode node, RuleFileContext file)
    {
        if (file.Mapping(node, "checklist") is not { } mapping)
        {
            return null;
        }

        var errorsBefore = file.Errors.Count;
        file.OnlyKeys(mapping, "checklist", "id", "title", "essential", "pass", "fail", "collected", "collectedName", "given", "collect", "noFindingsAtOrAbove");
        var id = file.Get(mapping, "id") is { } i ? file.Scalar(i, "checklist.id") : null;
        var title = file.Get(mapping, "title") is { } t ? file.Scalar(t, "checklist.title") : null;
        if (id is null || title is null)
        {
            file.Error(mapping, "checklist", "an item needs id and title");
            return null;
        }

        var at = $"checklist[{id}]";
        var pass = file.Get(mapping, "pass") is { } p ? MatcherReader.Patterns(p, $"{at}.pass", file) : null;
        var fail = file.Get(mapping, "fail") is { } f ? MatcherReader.Patterns(f, $"{at}.fail", file) : null;
        var collected = file.Get(mapping, "collected") is { } c ? MatcherReader.Patterns(c, $"{at}.collected", file) : null;
        var given = file.Get(mapping, "given") is { } gv ? MatcherReader.Patterns(gv, $"{at}.given", file) : null;
        var noFindings = file.Get(mapping, "noFindingsAtOrAbove") is { } n ? Enums.Severity(n, $"{at}.noFindingsAtOrAbove", file) : null;
        if (pass is null && noFindings is null)
        {
            file.Error(mapping, $"{at}.pass", "an item needs pass (event patterns) or noFindingsAtOrAbove");
        }

        if (file.Errors.Count > errorsBefore)
        {
            return null;
        }

        return new ChecklistItemSpec
        {
            Id = id,
            Title = title,
            Essential = file.Get(mapping, "essential") is YamlScalarNode { Value: "true" },
            Pass = pass,
            Fail = fail,
            Collected = collected,
            Given = given,
            CollectedName = file.Get(mapping, "collectedName") is { } name ? file.Scalar(name, $"{at}.collectedName") : null,
            Collect = file.Get(mapping, "collect") is { } what ? file.Scalar(what, $"{at}.collect") : null,
            NoFindingsAtOrAbove = noFindings,
            Origin = file.Origin(mapping),
        };
    }

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleId();

    /// <summary><c>explains: { RULE-ID: why this cause produces that finding }</c>; an edge without its why is an error.</summary>
    private static IReadOnlyList<ExplainsEdge> Explains(YamlNode node, RuleFileContext file)
    {
        if (node is not YamlMappingNode mapping)
        {
            file.Error(node, "explains", "each explained rule needs the sentence that says why: write explains: { RULE-ID: because … }");
            return [];
        }

        var edges = new List<ExplainsEdge>();
        foreach (var (key, _, value) in file.Entries(mapping, "explains"))
        {
            var because = file.Scalar(value, $"explains.{key}");
            if (string.IsNullOrWhiteSpace(because))
            {
                file.Error(value, $"explains.{key}", "say why this cause produces that finding");
                continue;
            }

            edges.Add(new ExplainsEdge(key, because.Trim()));
        }

        return edges;
    }

    /// <summary><c>examples: [{ fires: { FILE: TEXT, … } }, { quiet: { … } }]</c>.</summary>
    /// <summary>A rule's examples run through the pipeline as its file loads: few and small, so loading stays quick.</summary>
    private const int MaxExamples = 20;

    private const int MaxExampleChars = 256 * 1024;

    private static bool IsFolderOf(string folder, string file)
    {
        var f = folder.Replace('\\', '/').TrimEnd('/') + "/";
        return file.Replace('\\', '/').StartsWith(f, StringComparison.OrdinalIgnoreCase);
    }

    private static IReadOnlyList<RuleExample> Examples(YamlNode node, RuleFileContext file)
    {
        if (node is not YamlSequenceNode sequence)
        {
            file.Error(node, "examples", "expected a list of { fires: { FILE: TEXT } } or { quiet: { FILE: TEXT } }");
            return [];
        }

        var examples = new List<RuleExample>();
        var i = 0;
        if (sequence.Children.Count > MaxExamples)
        {
            file.Error(node, "examples", $"{sequence.Children.Count} examples; at most {MaxExamples} per rule (each runs the whole pipeline as the rule loads)");
            return [];
        }

        foreach (var item in sequence.Children)
        {
            var field = $"examples[{i++}]";
            if (file.Mapping(item, field) is not { } mapping)
            {
                continue;
            }

            file.OnlyKeys(mapping, field, "fires", "quiet");
            var fires = file.Get(mapping, "fires");
            var quiet = file.Get(mapping, "quiet");
            if ((fires is null) == (quiet is null))
            {
                file.Error(mapping, field, "give either fires: or quiet:, with the input files");
                continue;
            }

            var kind = fires is not null ? "fires" : "quiet";
            if (file.Mapping(fires ?? quiet!, $"{field}.{kind}") is not { } files)
            {
                continue;
            }

            var contents = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, _, value) in file.Entries(files, $"{field}.{kind}"))
            {
                if (name.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(name) || file.Scalar(value, $"{field}.{kind}.{name}") is not { } text)
                {
                    file.Error(value, $"{field}.{kind}.{name}", "a relative file name with its text");
                    continue;
                }

                if (text.Length > MaxExampleChars)
                {
                    file.Error(value, $"{field}.{kind}.{name}", $"an example file is {text.Length} characters; at most {MaxExampleChars} (an example shows the rule's boundary, not a whole log)");
                    continue;
                }

                // A file and a folder of one name cannot both be written.
                var clash = contents.Keys.FirstOrDefault(other => IsFolderOf(other, name) || IsFolderOf(name, other));
                if (clash is not null)
                {
                    file.Error(value, $"{field}.{kind}.{name}", $"'{name}' and '{clash}' cannot both be files");
                    continue;
                }

                contents[name] = text;
            }

            if (contents.Count > 0)
            {
                examples.Add(new RuleExample(fires is not null, contents, file.Origin(item)));
            }
        }

        return examples;
    }
}
