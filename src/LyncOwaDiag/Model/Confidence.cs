namespace LyncOwaDiag.Model;

public enum Confidence
{
    High,
    Medium,
    Low,
}
