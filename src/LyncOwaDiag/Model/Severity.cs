namespace LyncOwaDiag.Model;

/// <summary>How bad an event or finding is, most severe first so that ordering by value ranks it.</summary>
public enum Severity
{
    Critical = 0,
    Error = 1,
    Warning = 2,
    Info = 3,
    Verbose = 4,
}
