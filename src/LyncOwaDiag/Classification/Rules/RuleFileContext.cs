using YamlDotNet.RepresentationModel;

namespace LyncOwaDiag.Classification.Rules;

/// <summary>Reading one rule file: collects errors with their position and offers typed reads of YAML nodes.</summary>
internal sealed class RuleFileContext(string file)
{
    public string File { get; } = file;

    public List<RuleFileError> Errors { get; } = [];

    public void Error(YamlNode node, string field, string message) =>
        Errors.Add(new RuleFileError(File, node.Start.Line, node.Start.Column, field, message));

    public string Origin(YamlNode node) => $"{File}:{node.Start.Line}";

    public YamlMappingNode? Mapping(YamlNode node, string field)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Error(node, field, "expected a mapping (name: value lines)");
        return null;
    }

    public string? Scalar(YamlNode node, string field)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value ?? string.Empty;
        }

        Error(node, field, "expected a single value");
        return null;
    }

    /// <summary>A list, or a single item taken as a list of one.</summary>
    public IReadOnlyList<YamlNode> Items(YamlNode node) => node is YamlSequenceNode seq ? seq.Children.ToList() : [node];

    public IReadOnlyList<string> Strings(YamlNode node, string field) =>
        Items(node).Select(i => Scalar(i, field)).Where(s => s is not null).Select(s => s!).ToList();

    /// <summary>The entries of a mapping by name; a key that is not a plain value, or is repeated, is an error.</summary>
    public IReadOnlyList<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(YamlMappingNode mapping, string field)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var entries = new List<(string, YamlNode, YamlNode)>();
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                Error(key, field, "a key must be a plain name");
                continue;
            }

            if (!seen.Add(name))
            {
                Error(key, $"{field}.{name}", "given twice");
                continue;
            }

            entries.Add((name, key, value));
        }

        return entries;
    }

    /// <summary>Reports keys not in <paramref name="allowed"/> (typos would otherwise be ignored silently).</summary>
    public void OnlyKeys(YamlMappingNode mapping, string field, params string[] allowed)
    {
        foreach (var (key, keyNode, _) in Entries(mapping, field))
        {
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                Error(keyNode, string.IsNullOrEmpty(field) ? key : $"{field}.{key}", $"unknown field (expected one of: {string.Join(", ", allowed)})");
            }
        }
    }

    public YamlNode? Get(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: { } k } && k == key).Value;
}
