namespace LyncOwaDiag.Classification.Rules;

/// <summary>What is wrong in a rule file, where: file, line, column and the field, as <c>rules lint</c> prints it.</summary>
public sealed record RuleFileError(string File, long Line, long Column, string Field, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Field}: {Message}";
}
