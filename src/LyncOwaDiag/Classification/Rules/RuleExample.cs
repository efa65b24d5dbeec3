namespace LyncOwaDiag.Classification.Rules;

/// <summary>
/// One <c>examples:</c> entry of a rule: input files (name → text, as an admin would collect them) that must fire the
/// rule (<see cref="Fires"/>) or must leave it quiet; <c>rules lint</c> and the tests run each through the pipeline.
/// </summary>
/// <param name="Origin">Where the example stands (<c>file:line</c>), for the message when it does not hold.</param>
public sealed record RuleExample(bool Fires, IReadOnlyDictionary<string, string> Files, string Origin);
