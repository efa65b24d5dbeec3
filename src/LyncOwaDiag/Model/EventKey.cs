namespace LyncOwaDiag.Model;

/// <summary>A value by which events are joined (Call-ID, user, host, certificate …).</summary>
public readonly record struct EventKey(KeyKind Kind, string Value)
{
    public override string ToString() => $"{Kind}={Value}";
}
