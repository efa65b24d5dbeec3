namespace LyncOwaDiag.Model;

/// <summary>What can name a server: the test every name from a bundle or the command line passes before it is used.</summary>
public static class HostNames
{
    /// <summary>Whether a value can name a server at all (a host name or an IP address, nothing else).</summary>
    public static bool IsHostName(string name)
    {
        var n = name.Trim().TrimEnd('.');
        return n.Length is > 0 and <= 253 && (System.Net.IPAddress.TryParse(n, out _)
            || n.Split('.').All(label => label.Length is > 0 and <= 63 && label.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') && label[0] != '-'));
    }

    /// <summary>Whether a host name is fully qualified (has a domain), not an IP address.</summary>
    public static bool IsFqdn(string name)
    {
        var n = name.Trim().TrimEnd('.');
        return n.Contains('.', StringComparison.Ordinal) && !System.Net.IPAddress.TryParse(n, out _) && n.Split('.').All(label => label.Length > 0);
    }
}
