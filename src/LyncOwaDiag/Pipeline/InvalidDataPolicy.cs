namespace LyncOwaDiag.Pipeline;

/// <summary><c>--on-invalid</c>: report a malformed record and go on, or stop at the first one.</summary>
public enum InvalidDataPolicy
{
    Report,
    Fail,
}
