namespace LyncOwaDiag.Model;

/// <summary>One name of a server (FQDN, NetBIOS name, CLS machine, IP address, folder), how it was learned and where.</summary>
public sealed record ServerName(string Name, string How, SourceLocation Where);
