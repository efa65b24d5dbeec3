using LyncOwaDiag.Inputs;
using LyncOwaDiag.Model;
using LyncOwaDiag.Parsing;
using LyncOwaDiag.Pipeline;
using SharpFuzz;

namespace LyncOwaDiag.Fuzz;

/// <summary>
/// The fuzzing harness, run by afl-fuzz through SharpFuzz (see README.md beside it): <c>LyncOwaDiag.Fuzz READER</c>
/// feeds each input to one reader, as the pipeline would after sniffing; <c>pipeline</c> feeds it to sniffing and
/// whatever reader that picks. A reader may report diagnostics but must not throw, hang or eat unbounded memory:
/// afl-fuzz records a throw as a crash and a stall as a hang.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        // Nothing of the instrumented library may run before Fuzzer.OutOfProcess.Run has set up afl's shared
        // memory: the argument is checked against names only.
        if (args.Length != 1 || (args[0] is not ("pipeline" or "mta") && !Target.Names.Contains(args[0])))
        {
            Console.Error.WriteLine($"usage: LyncOwaDiag.Fuzz pipeline|mta|{string.Join('|', Target.Names)}   (stdin: one input; under afl-fuzz: the test case)");
            return 2;
        }

        var name = args[0];
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var bytes = memory.ToArray();
            var before = GC.GetAllocatedBytesForCurrentThread();
            if (name == "pipeline")
            {
                Pipeline(bytes);
            }
            else
            {
                if (name == "mta")
                {
                    // The display information beside an EVTX: a damaged file is a problem to report, never a throw.
                    GC.KeepAlive(LyncOwaDiag.Parsing.EventLog.Evtx.MtaFile.Read(new MemoryStream(bytes)));
                }
                else
                {
                    foreach (var e in Target.For(name)!(new MemoryStream(bytes), new ReadContext("fuzz", "FUZZ01", null, DiscardingSink.Instance)))
                    {
                        GC.KeepAlive(e);
                    }
                }

                // A runaway allocation is a finding too: readers allocate a few bytes per input byte, so far more
                // than that (on the reading thread) is reported to afl-fuzz as a crash.
                var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                if (allocated > (64L * bytes.Length) + (64L << 20))
                {
                    throw new InsufficientMemoryException($"{allocated:N0} bytes allocated for {bytes.Length:N0} bytes of input");
                }
            }
        });
        return 0;
    }

    /// <summary>Sniffing and the reader it picks, through a file as in a real run (zip handling included).</summary>
    private static void Pipeline(byte[] bytes)
    {
        var folder = Directory.CreateTempSubdirectory("fuzz-");
        try
        {
            var path = Path.Combine(folder.FullName, "input.bin");
            File.WriteAllBytes(path, bytes);
            using var session = TimelineSession.Open(new DiagnoseOptions { Paths = [path], ParallelFiles = 0 });
            foreach (var e in session.Events())
            {
                GC.KeepAlive(e);
            }

            GC.KeepAlive(session.Inputs);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
