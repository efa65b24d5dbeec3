using LyncOwaDiag.Cli.Hosting;

namespace LyncOwaDiag.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        using var stdout = Console.OpenStandardOutput();
        var writer = new StreamWriter(stdout, new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        try
        {
            return CliApp.Run(args, writer, stdout, Console.Error, interactive: !Console.IsOutputRedirected);
        }
        finally
        {
            writer.Flush();
        }
    }
}
