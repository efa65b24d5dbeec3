namespace LyncOwaDiag.Classification.Rules;

/// <summary>A fix step as the rule file writes it; <c>{name}</c> placeholders are filled from the evidence.</summary>
public sealed record FixTemplate(string Text, string? Command);
