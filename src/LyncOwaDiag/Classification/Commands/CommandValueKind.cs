namespace LyncOwaDiag.Classification.Commands;

/// <summary>What a value put into a fix command must be; each kind is validated before the value is used.</summary>
public enum CommandValueKind
{
    /// <summary>A host name: one DNS label or an FQDN, ASCII letters, digits and hyphens (an IPv4 address passes).</summary>
    Host,

    /// <summary>A fully qualified domain name (a host name with at least one dot).</summary>
    Fqdn,

    /// <summary>A whole number (a Lync SiteID).</summary>
    Integer,

    /// <summary>A certificate thumbprint: 40 (SHA-1) or 64 (SHA-256) hexadecimal digits.</summary>
    Thumbprint,

    /// <summary>A SIP address or SMTP address without its scheme: <c>user@fqdn</c> (an apostrophe in the user part is allowed, and quoted).</summary>
    Address,

    /// <summary>An object's name (a mailbox policy, a dial plan): printable text, single-quoted.</summary>
    Name,

    /// <summary>A web.config appSettings key: letters, digits, dot, underscore, hyphen.</summary>
    XmlKey,

    /// <summary>Free text from a snapshot (a web.config value): printable, quoted or escaped for where it stands.</summary>
    Text,
}
