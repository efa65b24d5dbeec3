namespace LyncOwaDiag.Inputs;

/// <summary><c>--host PATH=NAME</c>: files matching the path belong to the named host.</summary>
public sealed record HostRule(PathPattern Path, string Host)
{
    public static bool TryParse(string text, out HostRule? rule, out string? error)
    {
        var eq = text.LastIndexOf('=');
        if (eq <= 0 || eq == text.Length - 1)
        {
            rule = null;
            error = $"--host expects PATH=NAME, got '{text}'";
            return false;
        }

        rule = new HostRule(new PathPattern(text[..eq]), text[(eq + 1)..].Trim());
        error = null;
        return true;
    }
}
