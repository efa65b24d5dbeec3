using LyncOwaDiag.Model;

namespace LyncOwaDiag.Parsing.Sip;

/// <summary>
/// One <c>ms-diagnostics</c> (or <c>-public</c>, <c>ms-client-diagnostics</c>, <c>x-ms-diagnostics</c>) value:
/// the code, an optional sub-code, and the attributes in the order written. Rules key on the code and the
/// attributes, never on the reason text, whose wording varies by version.
/// </summary>
internal sealed record MsDiagnostic(int Code, int? SubCode, IReadOnlyList<SipParameter> Attributes)
{
    public string? Attribute(string name) =>
        Attributes.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;

    public string? Reason => Attribute("reason");

    public string? Source => Attribute("source");

    /// <summary>The result code carried by <c>HRESULT=</c> or <c>WinsockFailureCode=</c>, normalised.</summary>
    public ResultCode? ResultCode
    {
        get
        {
            foreach (var name in (string[])["HRESULT", "WinsockFailureCode"])
            {
                var value = Attribute(name);
                if (value is not null && ResultCodeParser.TryParse(value, out var code))
                {
                    return code;
                }
            }

            return null;
        }
    }
}
