using System.Text.RegularExpressions;
using LyncOwaDiag.Classification.Matching;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LyncOwaDiag.Classification.Rules;

/// <summary>
/// Reads a field condition: a plain value (equal to it), a list (one of them), <c>null</c> (absent or empty), or a
/// mapping of tests (<c>equals in matches contains gt ge lt le present empty as thumbprint covers hasItem before
/// after not</c>).
/// </summary>
internal static class ConditionReader
{
    private static readonly string[] Tests =
        ["equals", "in", "matches", "contains", "gt", "ge", "lt", "le", "present", "empty", "as", "thumbprint", "sameHost", "covers", "hasItem", "before", "after", "not", "optional"];

    public static FieldCondition? Read(YamlNode node, string field, RuleFileContext file)
    {
        switch (node)
        {
            case YamlScalarNode scalar when scalar.Style == ScalarStyle.Plain && (scalar.Value is null or "" or "~" or "null"):
                return new FieldCondition { Present = false };
            case YamlScalarNode scalar:
                return Checked(new FieldCondition { EqualTo = scalar.Value ?? string.Empty }, node, field, file);
            case YamlSequenceNode:
                return Checked(new FieldCondition { In = file.Strings(node, field) }, node, field, file);
            case YamlMappingNode mapping:
                return ReadTests(mapping, field, file);
            default:
                file.Error(node, field, "expected a value, a list or a mapping of tests");
                return null;
        }
    }

    private static FieldCondition? ReadTests(YamlMappingNode mapping, string field, RuleFileContext file)
    {
        file.OnlyKeys(mapping, field, Tests);
        var condition = new FieldCondition();
        foreach (var (key, _, value) in file.Entries(mapping, field))
        {
            var at = $"{field}.{key}";
            string? Text() => file.Scalar(value, at);
            double? Number()
            {
                var t = Text();
                if (t is not null && FieldCondition.TryNumber(t, out var n))
                {
                    return n;
                }

                file.Error(value, at, $"'{t}' is not a number");
                return null;
            }

            bool? Flag()
            {
                var t = Text();
                if (t is "true" or "false")
                {
                    return t == "true";
                }

                file.Error(value, at, "expected true or false");
                return null;
            }

            DateAnchor? Anchor()
            {
                var t = Text();
                string? error = null;
                if (t is not null && DateAnchor.TryParse(t, out var anchor, out error))
                {
                    return anchor;
                }

                file.Error(value, at, error ?? "expected a date anchor");
                return null;
            }

            condition = key switch
            {
                "equals" => condition with { EqualTo = Text() },
                "in" => condition with { In = file.Strings(value, at) },
                "matches" => condition with { Matches = Pattern(value, at, file) },
                "contains" => condition with { Contains = Text() },
                "gt" => condition with { Gt = Number() },
                "ge" => condition with { Ge = Number() },
                "lt" => condition with { Lt = Number() },
                "le" => condition with { Le = Number() },
                "present" => condition with { Present = Flag() },
                "empty" => condition with { Empty = Flag() },
                "as" => condition with { As = Name(value, at, file) },
                "thumbprint" => condition with { Thumbprint = Text() },
                "sameHost" => condition with { SameHost = Text() },
                "covers" => condition with { Covers = Text() },
                "hasItem" => condition with { HasItem = Text() },
                "before" => condition with { Before = Anchor() },
                "after" => condition with { After = Anchor() },
                "not" => condition with { Not = Read(value, at, file) },
                "optional" => condition with { Optional = Flag() ?? false },
                _ => condition,
            };
        }

        return Checked(condition, mapping, field, file);
    }

    private static FieldCondition Checked(FieldCondition condition, YamlNode node, string field, RuleFileContext file)
    {
        foreach (var text in new[] { condition.EqualTo, condition.Contains, condition.Thumbprint, condition.SameHost, condition.Covers, condition.HasItem }.Concat(condition.In ?? []))
        {
            if (text is not null && Placeholders.Check(text) is { } problem)
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
