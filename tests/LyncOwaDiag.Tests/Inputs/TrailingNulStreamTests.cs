using System.Text;
using LyncOwaDiag.Inputs;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Inputs;

/// <summary>A log Windows left NUL-padded after a crash: its rows are read, the padding is reported, nothing else changes.</summary>
public class TrailingNulStreamTests
{
    private static (byte[] Read, List<(long Offset, long Length)> Reported) ReadAll(byte[] input, int chunk)
    {
        var reported = new List<(long, long)>();
        using var stream = new TrailingNulStream(new MemoryStream(input), (o, l) => reported.Add((o, l)));
        var output = new MemoryStream();
        var buffer = new byte[chunk];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, n);
        }

        return (output.ToArray(), reported);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(65536)]
    public void TrailingNuls_AreTakenOff_AndReported_InteriorOnesPass(int chunk)
    {
        var text = Encoding.UTF8.GetBytes("a,b\r\nc\0d\r\n");
        var padded = text.Concat(new byte[200_000]).ToArray();

        var (read, reported) = ReadAll(padded, chunk);

        Assert.Equal(text, read);
        Assert.Equal([(text.Length, 200_000L)], reported);
    }

    [Fact]
    public void AFileWithoutPadding_PassesUnchanged_AndNothingIsReported()
    {
        var text = Encoding.UTF8.GetBytes("x\0\0\0y");

        var (read, reported) = ReadAll(text, 3);

        Assert.Equal(text, read);
        Assert.Empty(reported);
    }

    [Fact]
    public void ANulPaddedImLog_IsRead_AndThePaddingIsOneDiagnostic()
    {
        using var folder = new TempFolder();
        var log = "#Software: Microsoft Exchange Server\r\n#Version: 15.0.0.0\r\n#Log-type: Sync Logs\r\n#Date: 2013-05-14T09:20:57.899Z\r\n"
            + "#Fields: date-time,thread-id,level,user,subscription-guid,subscription-type,logentry-id,context,property-bag\r\n"
            + "2013-05-14T09:20:58.640Z,27,5,,,,0,DEBUG:InstantMessageOCSProvider.InitializeEndpointManager. EndpointManager initialized successfully,\r\n";
        var path = folder.File("Logging/OWA/InstantMessaging/20130514-1.LOG", Encoding.UTF8.GetBytes(log).Concat(new byte[100_000]).ToArray());

        var result = Diagnoser.Diagnose(new DiagnoseOptions { Paths = [folder.Path] });

        Assert.Contains(result.Checklist, c => c.Id == "im-log-present" && c.State == LyncOwaDiag.Model.ChecklistState.Passed);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Location.File.EndsWith("20130514-1.LOG", StringComparison.Ordinal));
        Assert.StartsWith("100000 NUL byte(s) at the end of the file", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(path));
    }
}
