using LyncOwaDiag.Model;
using YamlDotNet.RepresentationModel;

namespace LyncOwaDiag.Classification.Rules;

/// <summary>Severity and confidence as rule files spell them (lower case).</summary>
internal static class Enums
{
    public static Severity? Severity(YamlNode node, string field, RuleFileContext file) =>
        Parse<Severity>(node, field, file, "critical, error, warning, info");

    public static Confidence? Confidence(YamlNode node, string field, RuleFileContext file) =>
        Parse<Confidence>(node, field, file, "high, medium, low");

    private static T? Parse<T>(YamlNode node, string field, RuleFileContext file, string allowed)
        where T : struct, Enum
    {
        var text = file.Scalar(node, field);
        if (text is not null && Enum.TryParse<T>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _))
        {
            return value;
        }

        file.Error(node, field, $"'{text}' is not one of: {allowed}");
        return null;
    }
}
