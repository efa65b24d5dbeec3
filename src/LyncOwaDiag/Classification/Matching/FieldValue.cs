namespace LyncOwaDiag.Classification.Matching;

/// <summary>
/// One value a condition is tested against: its text, the items when it is a collection (certificate domains, dial
/// plans), and its date when it reads as one.
/// </summary>
internal readonly record struct FieldValue(string Text, IReadOnlyList<string>? Items = null, DateTime? Date = null)
{
    public static implicit operator FieldValue(string text) => new(text);

    /// <summary>The items, or the text as the only item.</summary>
    public IReadOnlyList<string> ItemsOrText => Items is { Count: > 0 } ? Items : [Text];
}
