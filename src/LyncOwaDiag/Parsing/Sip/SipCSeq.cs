namespace LyncOwaDiag.Parsing.Sip;

internal sealed record SipCSeq(long Number, string Method)
{
    public override string ToString() => $"{Number} {Method}";
}
