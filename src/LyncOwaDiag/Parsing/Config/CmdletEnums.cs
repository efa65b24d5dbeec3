namespace LyncOwaDiag.Parsing.Config;

/// <summary>
/// Enum properties that <c>ConvertTo-Json</c> may print as numbers (Windows PowerShell 5.1 writes an enum's value,
/// not its name), read back as the names <c>Format-List</c> prints, which rules compare with. The names are in their
/// declaration order, so a value is its index: <c>InstantMessagingTypeOptions</c> declares None, Ocs, Msn (Exchange's
/// source, docs/formats.md#configuration-snapshots) — an inference, as no printed number was seen.
/// </summary>
internal static class CmdletEnums
{
    private static readonly Dictionary<string, string[]> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["InstantMessagingType"] = ["None", "Ocs", "Msn"],
    };

    /// <summary>The enum name of a numeric value of a known enum property, or null when it is not one.</summary>
    public static string? NameOf(string property, string value) =>
        Names.TryGetValue(property, out var names) && int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            && index >= 0 && index < names.Length
            ? names[index]
            : null;
}
