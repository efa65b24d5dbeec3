using LyncOwaDiag.Inputs;

namespace LyncOwaDiag.Tests.Inputs;

/// <summary>Path arguments as cmd and PowerShell pass them: wildcards unexpanded, which the tool expands itself.</summary>
public sealed class InputPathExpanderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("lyncowadiag-expand-").FullName;

    public InputPathExpanderTests()
    {
        foreach (var file in new[] { "LyncOwaDiag-ATL-MBX-001-20260514.zip", "LyncOwaDiag-ATL-CS-001-20260514.zip", "notes.txt", ".hidden.zip", "fe/trace1.txt", "fe/trace2.txt", "mbx/trace3.txt" })
        {
            var path = Path.Combine(_root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "x");
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private List<string> Names(string pattern) =>
        InputPathExpander.Expand(Path.Combine(_root, pattern)).Select(p => Path.GetRelativePath(_root, p).Replace('\\', '/')).ToList();

    [Fact]
    public void CollectorZipPattern_MatchesEveryServersZip_InOrdinalOrder() =>
        Assert.Equal(["LyncOwaDiag-ATL-CS-001-20260514.zip", "LyncOwaDiag-ATL-MBX-001-20260514.zip"], Names("LyncOwaDiag-*.zip"));

    [Fact]
    public void Matching_IgnoresCase_AsOnTheWindowsServersTheBundlesComeFrom() =>
        Assert.Equal(["LyncOwaDiag-ATL-MBX-001-20260514.zip"], Names("lyncowadiag-atl-mbx-*.ZIP"));

    [Fact]
    public void QuestionMark_IsOneCharacter() => Assert.Equal(["fe/trace1.txt", "fe/trace2.txt"], Names("fe/trace?.txt"));

    [Fact]
    public void WildcardFolderSegments_AreExpandedToo() => Assert.Equal(["fe/trace1.txt", "fe/trace2.txt", "mbx/trace3.txt"], Names("*/trace*.txt"));

    [Fact]
    public void Star_SkipsDotFiles_UnlessThePatternStartsWithADot()
    {
        Assert.DoesNotContain(".hidden.zip", Names("*.zip"));
        Assert.Equal([".hidden.zip"], Names(".*.zip"));
    }

    [Fact]
    public void NoMatch_IsEmpty_SoTheCallerCanNameThePattern() => Assert.Empty(Names("LyncOwaDiag-EDGE-*.zip"));

    [Fact]
    public void PlainPath_IsKeptAsWritten_EvenWhenItDoesNotExist()
    {
        var missing = Path.Combine(_root, "missing.txt");
        Assert.Equal([missing], InputPathExpander.Expand(missing));
    }

    [Fact]
    public void ExistingPathWithAStar_IsTakenLiterally()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // '*' cannot be part of a file name there, so the case cannot arise.
        }

        var literal = Path.Combine(_root, "odd*name.txt");
        File.WriteAllText(literal, "x");
        Assert.Equal([literal], InputPathExpander.Expand(literal));
    }
}
