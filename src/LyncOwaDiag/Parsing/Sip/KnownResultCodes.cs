namespace LyncOwaDiag.Parsing.Sip;

/// <summary>
/// Names of the result codes met in Lync/OWA traces (docs/formats.md#result-codes-and-ms-diagnostics), for logs that print only
/// the number. The log's own name always wins over this table.
/// </summary>
internal static class KnownResultCodes
{
    private static readonly Dictionary<uint, string> Names = new()
    {
        [0xC3E93C5E] = "SIPPROXY_E_ROUTING",
        [0xC3E93D6F] = "SIPPROXY_E_EPROUTING_MSG_ALLOWED_DOMAIN_NO_SRV_MATCH",
        [0xC3E93D67] = "SIPPROXY_E_ROUTING_MSG_CERT_MISMATCH",
        [0xC3E93C2F] = "SIPPROXY_E_UNKNOWN_USER_OR_EPID",
        [0xC3E8302D] = "SIPPROXY_E_WORKER_PROCESS_SLOW_INITIALIZING",
        [0x80090302] = "SEC_E_UNSUPPORTED_FUNCTION",
        [0x8009030D] = "SEC_E_UNKNOWN_CREDENTIALS",
        [0x8009030E] = "SEC_E_NO_CREDENTIALS",
        [0x80090322] = "SEC_E_WRONG_PRINCIPAL",
        [0x80090324] = "SEC_E_TIME_SKEW",
        [0x80090325] = "SEC_E_UNTRUSTED_ROOT",
        [0x80090326] = "SEC_E_ILLEGAL_MESSAGE",
        [0x80090327] = "SEC_E_CERT_UNKNOWN",
        [0x80090328] = "SEC_E_CERT_EXPIRED",
        [0x80090331] = "SEC_E_ALGORITHM_MISMATCH",
        [0x80090350] = "SEC_E_DOWNGRADE_DETECTED",
        [0x800B0109] = "CERT_E_UNTRUSTEDROOT",
        [0x800B010F] = "CERT_E_CN_NO_MATCH",
        [0x800B0112] = "CERT_E_UNTRUSTEDCA",
        [0x80092012] = "CRYPT_E_NO_REVOCATION_CHECK",
        [0x80072743] = "WSAENETUNREACH",
        [0x80072745] = "WSAECONNABORTED",
        [0x80072746] = "WSAECONNRESET",
        [0x8007274C] = "WSAETIMEDOUT",
        [0x8007274D] = "WSAECONNREFUSED",
        [0x80072750] = "WSAEHOSTDOWN",
        [0x80072751] = "WSAEHOSTUNREACH",
        [0x80072AF9] = "WSAHOST_NOT_FOUND",
    };

    public static string? NameOf(uint value) => Names.GetValueOrDefault(value);
}
