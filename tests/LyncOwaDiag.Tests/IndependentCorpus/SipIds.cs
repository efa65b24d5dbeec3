using System.Globalization;

namespace LyncOwaDiag.Tests.IndependentCorpus;

/// <summary>Call-IDs, tags, branches and endpoint ids as Lync and UCMA make them, from a seeded generator.</summary>
internal sealed class SipIds(Random random)
{
    public string CallId() => Hex(32);

    public string Tag() => Hex(8);

    public string Branch() => "z9hG4bK" + Hex(8);

    public string Epid() => Hex(10);

    public string Cid() => random.Next(0x1000, 0xFFFF).ToString("X", CultureInfo.InvariantCulture);

    public string Guid() => new Guid(Bytes(16)).ToString();

    public int EphemeralPort() => random.Next(49200, 65000);

    public int Between(int low, int high) => random.Next(low, high);

    /// <summary>A Lync client's address on the user subnet.</summary>
    public string ClientIp() => $"10.0.5.{random.Next(20, 240)}";

    private string Hex(int length) => Convert.ToHexStringLower(Bytes((length + 1) / 2))[..length];

    private byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
