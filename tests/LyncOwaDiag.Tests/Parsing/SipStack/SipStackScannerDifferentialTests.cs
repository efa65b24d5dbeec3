using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LyncOwaDiag.Benchmarks;
using LyncOwaDiag.Parsing;
using LyncOwaDiag.Parsing.SipStack;
using LyncOwaDiag.Tests.Support;

namespace LyncOwaDiag.Tests.Parsing.SipStack;

/// <summary>The fast scanner must accept exactly what the grammar accepts, and read the same values.</summary>
public class SipStackScannerDifferentialTests
{
    private const string Alphabet = "0123456789abcdefABCDEF:.()[], _\\-/TLFXΩ$\t";

    private static void AssertSameVerdict(string line)
    {
        var scanner = new SipStackLineScanner(new StringPool());
        var fast = scanner.TryScan(Encoding.UTF8.GetBytes(line), out var scanned);
        var slow = SipStackLineParser.TryParse(line, out var parsed, out var error);

        Assert.True(fast == slow, $"scanner {(fast ? "accepted" : "rejected")} but grammar {(slow ? "accepted" : "rejected: " + error)}: {line}");
        Assert.Equal(parsed, scanned);
    }

    public static TheoryData<string> SampleEntryLines()
    {
        var data = new TheoryData<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleTraces, "formats", "sipstack")).Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadAllLines(file).Where(l => l.StartsWith("TL_", StringComparison.Ordinal) && seen.Add(l)))
            {
                data.Add(line);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleEntryLines))]
    public void SampleLines_ScannerEqualsGrammar(string line)
    {
        Assert.True(SipStackLineParser.TryParse(line, out _, out var error), error);
        AssertSameVerdict(line);
    }

    [Fact]
    public void GeneratedLines_ScannerEqualsGrammar()
    {
        var generator = new SyntheticTrace(seed: 7);
        for (var i = 0; i < 2000; i++)
        {
            AssertSameVerdict(generator.EntryLine());
        }
    }

    [Fact]
    public void MutatedLines_ScannerEqualsGrammar()
    {
        var generator = new SyntheticTrace(seed: 11, cls: true);
        var random = new Random(1234);
        for (var i = 0; i < 20000; i++)
        {
            var line = new StringBuilder(generator.EntryLine());
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                var at = random.Next(line.Length);
                switch (random.Next(3))
                {
                    case 0:
                        line.Remove(at, 1);
                        break;
                    case 1:
                        line.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                        break;
                    default:
                        line[at] = Alphabet[random.Next(Alphabet.Length)];
                        break;
                }
            }

            AssertSameVerdict(line.ToString());
        }
    }

    [Property(MaxTest = 2000)]
    public void ArbitraryTail_AfterAValidPrefix_ScannerEqualsGrammar(NonNull<string> tail)
    {
        AssertSameVerdict("TL_INFO(TF_PROTOCOL) [0]0A1C.0B2D::05/14/2013-09:21:07.412" + tail.Get.Replace("\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal));
    }

    [Property(MaxTest = 2000)]
    public void ArbitraryLine_StartingWithTL_ScannerEqualsGrammar(NonNull<string> rest)
    {
        AssertSameVerdict("TL_" + rest.Get.Replace("\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal));
    }
}
