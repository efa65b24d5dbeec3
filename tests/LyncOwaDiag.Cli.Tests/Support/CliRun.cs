using System.Text;

namespace LyncOwaDiag.Cli.Tests.Support;

/// <summary>Runs the CLI in-process and captures what it writes.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args) => AtWidth(null, args);

    /// <summary>As <see cref="Of"/>, the console drawn <paramref name="width"/> columns wide (a terminal's size).</summary>
    public static CliRun AtWidth(int? width, params string[] args)
    {
        var raw = new MemoryStream();
        var output = new StreamWriter(raw, new UTF8Encoding(false)) { AutoFlush = true };
        var error = new StringWriter();
        var code = CliApp.Run(args, output, raw, error, interactive: false, width);
        output.Flush();
        return new CliRun(code, Encoding.UTF8.GetString(raw.ToArray()), error.ToString());
    }

    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "sample-traces", "formats", "sipstack");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LyncOwaDiag.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("LyncOwaDiag.sln not found");
    }
}
