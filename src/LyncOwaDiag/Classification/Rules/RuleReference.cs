namespace LyncOwaDiag.Classification.Rules;

/// <summary>Where the documentation explains a cause: the article section by its name, and an address when there is one.</summary>
public sealed record RuleReference(string Section, string? Url)
{
    public override string ToString() => Url is null ? Section : $"{Section} ({Url})";
}
