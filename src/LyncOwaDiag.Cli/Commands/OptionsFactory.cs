using LyncOwaDiag.Cli.Hosting;
using LyncOwaDiag.Inputs;
using LyncOwaDiag.Pipeline;
using LyncOwaDiag.Time;

namespace LyncOwaDiag.Cli.Commands;

/// <summary>Turns command-line settings into <see cref="DiagnoseOptions"/>, or a usage error naming the bad value.</summary>
internal static class OptionsFactory
{
    public static DiagnoseOptions Create(CommonSettings settings, IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            throw new UsageException("no input paths given");
        }

        paths = ExpandPatterns(paths);

        var zones = new List<TimeZoneRule>();
        foreach (var text in settings.TimeZones)
        {
            if (!TimeZoneRule.TryParse(text, out var rule, out var error))
            {
                throw new UsageException($"--tz: {error}");
            }

            zones.Add(rule!);
        }

        var hosts = new List<HostRule>();
        foreach (var text in settings.Hosts)
        {
            if (!HostRule.TryParse(text, out var rule, out var error))
            {
                throw new UsageException(error!);
            }

            hosts.Add(rule!);
        }

        var cultures = new List<CultureRule>();
        foreach (var text in settings.Cultures)
        {
            if (!CultureRule.TryParse(text, out var rule, out var error))
            {
                throw new UsageException($"--culture: {error}");
            }

            cultures.Add(rule!);
        }

        var policy = settings.OnInvalid.ToLowerInvariant() switch
        {
            "report" => InvalidDataPolicy.Report,
            "fail" => InvalidDataPolicy.Fail,
            _ => throw new UsageException($"--on-invalid: expected report or fail, got '{settings.OnInvalid}'"),
        };

        return new DiagnoseOptions { Paths = paths, TimeZones = zones, Hosts = hosts, Cultures = cultures, OnInvalid = policy, SkewCorrection = !settings.NoSkewCorrection, RuleFolders = settings.RuleFolders };
    }

    /// <summary>The input arguments with <c>*</c>/<c>?</c> expanded (cmd and PowerShell leave them to the program).</summary>
    private static List<string> ExpandPatterns(IReadOnlyList<string> arguments)
    {
        var paths = new List<string>();
        foreach (var argument in arguments)
        {
            var matches = InputPathExpander.Expand(argument);
            if (matches.Count == 0)
            {
                throw new UsageException($"no file or folder matches '{argument}'");
            }

            paths.AddRange(matches);
        }

        return paths;
    }
}
