namespace LyncOwaDiag.Model;

/// <summary>What a server is in the integration, as its files and the snapshots tell it; a server may be several.</summary>
[Flags]
public enum ServerRole
{
    None = 0,

    /// <summary>An Exchange mailbox server running OWA (MSExchange events, the OWA IM log, OWA's web.config).</summary>
    Mailbox = 1,

    /// <summary>A Lync / Skype for Business server (CLS or OCSLogger traces, LS events); Front End unless said otherwise.</summary>
    Lync = 2,

    /// <summary>An Edge server (its manifest says so).</summary>
    Edge = 4,

    /// <summary>A Lync pool that OWA or a trusted application names (IMServerName, Registrar).</summary>
    LyncPool = 8,

    /// <summary>A trusted application pool (Get-CsTrustedApplicationPool, Get-CsTrustedApplication).</summary>
    TrustedApplicationPool = 16,
}
