using LyncOwaDiag.Cli.Hosting;

namespace LyncOwaDiag.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // Before any input is read: earlier runs killed outright leave temp folders only the next run can remove.
        Inputs.RunTempFolders.Prepare();
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
