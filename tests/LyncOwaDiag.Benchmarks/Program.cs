using System.Globalization;
using BenchmarkDotNet.Running;

namespace LyncOwaDiag.Benchmarks;

/// <summary>
/// <c>generate SIZE FILE [--ocslogger] [--errors SHARE]</c> writes a synthetic SIPStack trace (SIZE like 100MB or 1GB;
/// SHARE of the responses failures, for an error-dense trace),
/// <c>generate-im SIZE FILE</c> an OWA IM log, <c>grow-evtx SIZE FILE [SOURCE.evtx]</c> an EVTX from real chunks;
/// <c>generate-zip COUNT FILE</c> a bundle zip of COUNT small traces; <c>stages FILE</c> splits reading time by stage; anything else goes to BenchmarkDotNet (<c>--filter *SipStack*</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length >= 3 && args[0] == "generate")
        {
            var bytes = ParseSize(args[1]);
            using var file = File.Create(args[2]);
            // --errors SHARE: an error-dense trace (e.g. 0.5: half of the responses are 401/403/404/480/504).
            var errors = Array.IndexOf(args, "--errors") is var at and >= 0 && at + 1 < args.Length
                ? double.Parse(args[at + 1], CultureInfo.InvariantCulture)
                : (double?)null;
            new SyntheticTrace(seed: 42, cls: !args.Contains("--ocslogger"), errorShare: errors).Write(file, bytes);
            Console.Error.WriteLine($"wrote {file.Length:N0} bytes to {args[2]}");
            return 0;
        }

        if (args.Length >= 3 && args[0] == "generate-im")
        {
            using var file = File.Create(args[2]);
            new SyntheticImLog(seed: 42).Write(file, ParseSize(args[1]));
            Console.Error.WriteLine($"wrote {file.Length:N0} bytes to {args[2]}");
            return 0;
        }

        if (args.Length >= 3 && args[0] == "generate-zip")
        {
            SyntheticZip.Write(args[2], int.Parse(args[1], CultureInfo.InvariantCulture));
            Console.Error.WriteLine($"wrote {new FileInfo(args[2]).Length:N0} bytes to {args[2]}");
            return 0;
        }

        if (args.Length >= 3 && args[0] == "grow-evtx")
        {
            EvtxGrower.Grow(args.Length >= 4 ? args[3] : EvtxReadingBenchmark.SharedSample("2-vss_0-Microsoft-Windows-RemoteDesktopServices-RdpCoreTS%4Operational.evtx"), args[2], ParseSize(args[1]));
            Console.Error.WriteLine($"wrote {new FileInfo(args[2]).Length:N0} bytes to {args[2]}");
            return 0;
        }

        if (args.Length >= 2 && args[0] == "index")
        {
            IndexMeasure.Run(args[1..]);
            return 0;
        }

        if (args.Length == 2 && args[0] == "stages")
        {
            StageTimer.Run(args[1]);
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    public static long ParseSize(string text)
    {
        var upper = text.Trim().ToUpperInvariant();
        long factor = upper.EndsWith("GB", StringComparison.Ordinal) ? 1L << 30 : upper.EndsWith("MB", StringComparison.Ordinal) ? 1L << 20 : upper.EndsWith("KB", StringComparison.Ordinal) ? 1L << 10 : 1;
        var number = upper.TrimEnd('G', 'M', 'K', 'B');
        return (long)(double.Parse(number, CultureInfo.InvariantCulture) * factor);
    }
}
