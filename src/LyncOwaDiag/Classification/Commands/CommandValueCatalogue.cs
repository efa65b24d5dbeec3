namespace LyncOwaDiag.Classification.Commands;

/// <summary>
/// The kind of every value the built-in fix commands take, by placeholder name (one named catalogue, not spread over
/// the engine). A name the catalogue does not know is an object's <see cref="CommandValueKind.Name"/>: printable text,
/// always single-quoted, so a user's rule can never hand an admin an unquoted value.
/// </summary>
public static class CommandValueCatalogue
{
    private static readonly Dictionary<string, CommandValueKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["host"] = CommandValueKind.Host,
        ["reference"] = CommandValueKind.Host,
        ["pool"] = CommandValueKind.Fqdn,
        ["owaFqdn"] = CommandValueKind.Fqdn,
        ["hostFqdn"] = CommandValueKind.Fqdn,
        ["registrar"] = CommandValueKind.Fqdn,
        ["certFqdn"] = CommandValueKind.Fqdn,
        ["vdirServer"] = CommandValueKind.Fqdn,
        ["fact:web.config/IMServerName"] = CommandValueKind.Fqdn,
        ["siteId"] = CommandValueKind.Integer,
        ["fact:Get-CsSite/SiteId"] = CommandValueKind.Integer,
        ["thumbprint"] = CommandValueKind.Thumbprint,
        ["iisThumbprint"] = CommandValueKind.Thumbprint,
        ["user"] = CommandValueKind.Address,
        ["disabledUser"] = CommandValueKind.Address,
        ["notEnabledUser"] = CommandValueKind.Address,
        ["mailbox"] = CommandValueKind.Address,
        ["policy"] = CommandValueKind.Name,
        ["dialplan"] = CommandValueKind.Name,
        ["key"] = CommandValueKind.XmlKey,
        ["value"] = CommandValueKind.Text,
    };

    public static CommandValueKind KindOf(string placeholder) => Kinds.GetValueOrDefault(placeholder, CommandValueKind.Name);

    /// <summary>The placeholder names the catalogue knows, for the tests that feed each one a hostile value.</summary>
    public static IEnumerable<string> Names => Kinds.Keys;
}
