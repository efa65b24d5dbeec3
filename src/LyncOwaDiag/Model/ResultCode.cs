namespace LyncOwaDiag.Model;

/// <summary>
/// A result code normalised from any of its printed forms (<c>Result-Code: 0x… NAME</c>, <c>Result 0x…(NAME)</c>,
/// <c>HRESULT="0x…(NAME)"</c>, <c>WinsockFailureCode="10061(NAME)"</c>) to one HRESULT value with its name.
/// </summary>
/// <param name="Value">The HRESULT; a Winsock error becomes HRESULT_FROM_WIN32 (0x8007xxxx).</param>
/// <param name="Name">The symbolic name as printed, or from our table when the log gave only the number.</param>
/// <param name="Win32Code">The decimal Win32/Winsock code when the log printed one.</param>
public readonly record struct ResultCode(uint Value, string? Name, int? Win32Code = null)
{
    public static ResultCode FromWin32(int code, string? name) =>
        new(code <= 0 ? unchecked((uint)code) : 0x80070000u | ((uint)code & 0xFFFF), name, code);

    public override string ToString() => Name is null ? $"0x{Value:X8}" : $"0x{Value:X8} {Name}";
}
