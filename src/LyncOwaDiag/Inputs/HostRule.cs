namespace LyncOwaDiag.Inputs;

/// <summary><c>--host PATH=NAME</c>: files matching the path belong to the named host.</summary>
public sealed record HostRule(PathPattern Path, string Host)
{
    public static bool TryParse(string text, out HostRule? rule, out string? error)
    {
        var (path, name) = PathScoped.Split(text);
        if (path is null || name.Length == 0)
        {
            rule = null;
            error = $"--host expects PATH=NAME, got '{text}'";
            return false;
        }

        if (!Model.HostNames.IsHostName(name.Trim()))
        {
            rule = null;
            error = $"--host expects PATH=NAME with NAME a host name or FQDN (letters, digits, '-', '.'), got '{name.Trim()}'";
            return false;
        }

        rule = new HostRule(path, name.Trim());
        error = null;
        return true;
    }
}
