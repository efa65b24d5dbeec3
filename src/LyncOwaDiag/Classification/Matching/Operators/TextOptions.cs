namespace LyncOwaDiag.Classification.Matching.Operators;

/// <summary>
/// The texts of a list argument (<c>in: [a, b]</c>). A list of constant, non-numeric texts is looked up, not walked:
/// every IM row is tested against several.
/// </summary>
internal sealed class TextOptions
{
    private readonly HashSet<string>? _constantSet;

    public TextOptions(IReadOnlyList<string> items)
    {
        Items = items;
        _constantSet = ConstantTextSet(items);
    }

    public IReadOnlyList<string> Items { get; }

    /// <summary>Whether the text equals one of the options (as <see cref="ValueComparison.SameValue"/> compares), placeholders filled.</summary>
    public bool Contains(string text, Bindings bindings, MatchContext context)
    {
        if (_constantSet is not null)
        {
            // SameValue compares as numbers only when both sides look numeric; no option does, so text it is.
            return _constantSet.Contains(text);
        }

        for (var i = 0; i < Items.Count; i++)
        {
            if (ValueComparison.Resolve(Items[i], bindings, context) is { } o && ValueComparison.SameValue(text, o))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The options as a set, when they are constant texts none of which compares as a number; else null.</summary>
    public static HashSet<string>? ConstantTextSet(IReadOnlyList<string>? options) =>
        options is null || options.Any(o => o.Contains('{') || ValueComparison.LooksNumeric(o)) ? null : options.Select(o => o.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
