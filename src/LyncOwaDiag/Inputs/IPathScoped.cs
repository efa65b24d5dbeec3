namespace LyncOwaDiag.Inputs;

/// <summary>A command-line rule that applies to every input (no path) or to the inputs whose path matches.</summary>
public interface IPathScoped
{
    PathPattern? Path { get; }
}
