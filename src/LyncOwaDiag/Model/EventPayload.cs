namespace LyncOwaDiag.Model;

/// <summary>The typed part of an event that only some sources have (a SIP message, a diagnostic record …).</summary>
public abstract record EventPayload;
