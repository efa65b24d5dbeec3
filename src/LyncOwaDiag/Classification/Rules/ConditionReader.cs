using System.Text.RegularExpressions;
using LyncOwaDiag.Classification.Matching;
using LyncOwaDiag.Classification.Matching.Operators;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LyncOwaDiag.Classification.Rules;

/// <summary>
/// Reads a field condition: a plain value (equal to it), a list (one of them), <c>null</c> (absent or empty), or a
/// mapping of tests, whose keys and arguments <see cref="ConditionOperators"/> lists.
/// </summary>
internal static class ConditionReader
{
    private static readonly string[] Keys = ConditionOperators.All.Select(o => o.Key).ToArray();

    private static readonly Dictionary<string, ConditionOperator> ByKey = ConditionOperators.All.ToDictionary(o => o.Key, StringComparer.Ordinal);

    public static FieldCondition? Read(YamlNode node, string field, RuleFileContext file)
    {
        switch (node)
        {
            case YamlScalarNode scalar when scalar.Style == ScalarStyle.Plain && (scalar.Value is null or "" or "~" or "null"):
                return new FieldCondition([new OperatorUse(ConditionOperators.Present, false)]);
            case YamlScalarNode scalar:
                return Checked(new FieldCondition([new OperatorUse(ConditionOperators.EqualTo, scalar.Value ?? string.Empty)]), node, field, file);
            case YamlSequenceNode:
                return Checked(new FieldCondition([new OperatorUse(ConditionOperators.In, new TextOptions(file.Strings(node, field)))]), node, field, file);
            case YamlMappingNode mapping:
                return ReadTests(mapping, field, file);
            default:
                file.Error(node, field, "expected a value, a list or a mapping of tests");
                return null;
        }
    }

    private static FieldCondition ReadTests(YamlMappingNode mapping, string field, RuleFileContext file)
    {
        file.OnlyKeys(mapping, field, Keys);
        var uses = new List<OperatorUse>();
        foreach (var (key, _, value) in file.Entries(mapping, field))
        {
            if (ByKey.TryGetValue(key, out var op) && Argument(op.Argument, value, $"{field}.{key}", file) is { } argument)
            {
                uses.Add(new OperatorUse(op, argument));
            }
        }

        return Checked(new FieldCondition(uses), mapping, field, file);
    }

    /// <summary>An operator's argument as its kind is written, checked; null (with the error reported) when it is not valid.</summary>
    private static object? Argument(ArgumentKind kind, YamlNode value, string at, RuleFileContext file) => kind switch
    {
        ArgumentKind.Text => file.Scalar(value, at),
        ArgumentKind.Texts => new TextOptions(file.Strings(value, at)),
        ArgumentKind.Number => Number(value, at, file),
        ArgumentKind.Flag => Flag(value, at, file),
        ArgumentKind.DateAnchor => Anchor(value, at, file),
        ArgumentKind.Regex => Pattern(value, at, file) is { } regex ? new PatternArgument(regex) : null,
        ArgumentKind.Name => Name(value, at, file),
        ArgumentKind.Condition => Read(value, at, file),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "an argument kind the reader does not know"),
    };

    private static object? Number(YamlNode node, string field, RuleFileContext file)
    {
        var text = file.Scalar(node, field);
        return text is not null && ValueComparison.TryNumber(text, out var n) ? n : Invalid(node, field, file, $"'{text}' is not a number");
    }

    private static object? Flag(YamlNode node, string field, RuleFileContext file)
    {
        var text = file.Scalar(node, field);
        return text is "true" or "false" ? text == "true" : Invalid(node, field, file, "expected true or false");
    }

    private static object? Anchor(YamlNode node, string field, RuleFileContext file)
    {
        var text = file.Scalar(node, field);
        string? error = null;
        return text is not null && DateAnchor.TryParse(text, out var anchor, out error) ? anchor : Invalid(node, field, file, error ?? "expected a date anchor");
    }

    /// <summary>Reports why an argument is not valid; the null returned stands for it.</summary>
    private static object? Invalid(YamlNode node, string field, RuleFileContext file, string problem)
    {
        file.Error(node, field, problem);
        return null;
    }

    /// <summary>Placeholders in the condition's own texts must be well formed (a sub-condition's were checked as it was read).</summary>
    private static FieldCondition Checked(FieldCondition condition, YamlNode node, string field, RuleFileContext file)
    {
        foreach (var text in condition.Uses.SelectMany(u => u.Texts))
        {
            if (Placeholders.Check(text) is { } problem)
            {
                file.Error(node, field, problem);
            }
        }

        return condition;
    }

    private static Regex? Pattern(YamlNode node, string field, RuleFileContext file)
    {
        var text = file.Scalar(node, field);
        if (text is null)
        {
            return null;
        }

        try
        {
            // Log text is untrusted and rules may come from anyone: the non-backtracking engine runs in linear time
            // whatever the pattern and input, with no per-match timeout to arm.
            return new Regex(text, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            file.Error(node, field, $"not a valid regular expression: {e.Message}");
            return null;
        }
    }

    private static string? Name(YamlNode node, string field, RuleFileContext file)
    {
        var text = file.Scalar(node, field);
        if (text is not null && !Regex.IsMatch(text, "^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant))
        {
            file.Error(node, field, $"'{text}' is not a name (letters, digits, underscore)");
            return null;
        }

        return text;
    }
}
