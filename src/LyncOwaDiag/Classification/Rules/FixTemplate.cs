namespace LyncOwaDiag.Classification.Rules;

/// <summary>
/// A fix step as the rule file writes it; <c>{name}</c> placeholders are filled from the evidence. A step with
/// <see cref="When"/> is given only when the evidence bound that name: a rule whose matchers tell different cases
/// apart (a user Lync lists as disabled, a user it does not know) gives each case its own command.
/// </summary>
public sealed record FixTemplate(string Text, string? Command, string? When = null);
