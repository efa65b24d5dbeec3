using System.Globalization;
using System.Text;

namespace LyncOwaDiag.Benchmarks;

/// <summary>
/// A deterministic OWA InstantMessaging log ("Sync Logs" format: BOM, CRLF, header blocks, quoted contexts with
/// escaped line breaks), for benchmarks and tests. Fictitious names only.
/// </summary>
public sealed class SyntheticImLog(int seed = 42)
{
    private const string Header =
        "#Software: Microsoft Exchange Server\r\n#Version: 15.0.0.0\r\n#Log-type: Sync Logs\r\n#Date: {0}\r\n" +
        "#Fields: date-time,thread-id,level,user,subscription-guid,subscription-type,logentry-id,context,property-bag\r\n";

    private static readonly string[] Users = ["kim", "pilar", "diego", "ana", "dana", "mike", "lee", "sara"];
    private readonly Random _random = new(seed);
    private DateTime _time = new(2013, 5, 14, 9, 0, 0, DateTimeKind.Utc);

    public void Write(Stream output, long bytes)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(true), 1 << 16, leaveOpen: true);
        long written = 0;
        var builder = new StringBuilder(1024);
        while (written < bytes)
        {
            builder.Clear();
            if (written == 0 || _random.Next(20000) == 0)
            {
                builder.AppendFormat(CultureInfo.InvariantCulture, Header, Stamp());
            }

            Row(builder);
            writer.Write(builder);
            written += builder.Length;
        }
    }

    private void Row(StringBuilder b)
    {
        _time = _time.AddMilliseconds(_random.Next(1, 200));
        var user = Users[_random.Next(Users.Length)];
        var thread = _random.Next(10, 90);
        var context = _random.Next(10) switch
        {
            0 => $"\"ERROR:InstantMessageOCSProvider.SignInCallback failed. Context User={user}@litwareinc.com, Sip address=sip:{user}@litwareinc.com, Lyncserver=atl-cs-001.litwareinc.com, Exception: Microsoft.Rtc.Internal.Ucweb.UcwebException: The remote server returned an error: (504) Server time-out.\\r\\n   at Microsoft.Rtc.Internal.Ucweb.UcwebEndpoint.EndEstablish(IAsyncResult result)\"",
            1 => "DEBUG:InstantMessageOCSProvider.CreateEndpointAndBeginSignIn",
            2 => "DEBUG:IM Certificate with thumbprint 7A3F9C2E5D1B4A6F8E0C2B4D6F8A0C2E4B6D8F01 could not be found.",
            _ => $"\"DEBUG:InstantMessageOCSProvider.SignInCallback. Context: User={user}@litwareinc.com, Sip address=sip:{user}@litwareinc.com, Lyncserver=atl-cs-001.litwareinc.com\"",
        };
        var level = context.Contains("ERROR:", StringComparison.Ordinal) ? 1 : 5;
        b.Append(Stamp()).Append(',').Append(thread).Append(',').Append(level).Append(",,,,0,").Append(context).Append(",\r\n");
    }

    private string Stamp() => _time.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
