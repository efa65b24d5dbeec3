using LyncOwaDiag.Model;
using LyncOwaDiag.Reporting;

namespace LyncOwaDiag.Pipeline;

/// <summary>Writes a report in the format its extension names; triage, batch triage and the troubleshooter's export share it.</summary>
public static class ReportFiles
{
    public static readonly string[] Extensions = [".md", ".html", ".json"];

    /// <summary>
    /// As <see cref="Problem(string)"/>, and a report must not overwrite evidence: not one of the inputs, nor a file
    /// already inside an input folder (a bundle is what the admin collected; a report beside it is written elsewhere).
    /// </summary>
    public static string? Problem(string path, IReadOnlyList<string> inputs) =>
        Problem(path) ?? (OverwritesInput(path, inputs) is { } input ? $"it would overwrite the input {input}; write the report elsewhere" : null);

    /// <summary>The input a path is, or holds as an existing file, or null.</summary>
    public static string? OverwritesInput(string path, IReadOnlyList<string> inputs) =>
        inputs.FirstOrDefault(input => IsAtOrUnder(path, input) && (SamePath(path, input) || (File.Exists(path) && Directory.Exists(input))));

    /// <summary>The input folder a path is, or lies inside, or null (an output folder there would be read back as input).</summary>
    public static string? InputHolding(string path, IReadOnlyList<string> inputs) => inputs.FirstOrDefault(input => IsAtOrUnder(path, input));

    private static StringComparison PathComparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static string Full(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);

    private static bool SamePath(string path, string other) => Full(path).Equals(Full(other), PathComparison);

    private static bool IsAtOrUnder(string path, string folder) =>
        SamePath(path, folder) || Full(path).StartsWith(Full(folder) + Path.DirectorySeparatorChar, PathComparison);

    /// <summary>Why a report cannot be written to <paramref name="path"/> (unknown extension, missing folder), or null.</summary>
    public static string? Problem(string path)
    {
        if (!Extensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
        {
            return "the format follows the extension: .md, .html or .json";
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        return folder is not null && !Directory.Exists(folder) ? $"the folder {folder} does not exist" : null;
    }

    /// <summary>
    /// Writes every report asked for, triage's and batch triage's alike: ladders and timeline excerpts only for the
    /// formats that show them, through <paramref name="redactor"/> when --redact asked for one (the same one the console
    /// used, so a name has one pseudonym everywhere).
    /// </summary>
    public static void WriteAll(IReadOnlyList<string> paths, TimelineSession session, DiagnosisResult result, DateTimeOffset generatedAt, Redactor? redactor)
    {
        bool Any(string extension) => paths.Any(p => p.EndsWith(extension, StringComparison.OrdinalIgnoreCase));
        var (ladders, excerpts) = ReportExtras.Collect(session, result, ladders: Any(".md") || Any(".html"), excerpts: Any(".html"));
        foreach (var path in paths)
        {
            Write(path, result, generatedAt, ladders, redactor, excerpts);
        }
    }

    public static void Write(string path, DiagnosisResult result, DateTimeOffset generatedAt, IReadOnlyList<DialogLadder> ladders, Redactor? redactor = null, IReadOnlyList<TimelineExcerpt>? excerpts = null)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        string text;
        if (extension is ".md" or ".html")
        {
            var writer = new StringWriter();
            if (extension == ".md")
            {
                MarkdownReportWriter.Write(writer, result, generatedAt, ladders);
            }
            else
            {
                HtmlReportWriter.Write(writer, result, generatedAt, ladders, excerpts);
            }

            text = redactor is null ? writer.ToString() : redactor.Redact(writer.ToString());
        }
        else
        {
            using var memory = new MemoryStream();
            JsonReportWriter.Write(memory, result, generatedAt);
            text = System.Text.Encoding.UTF8.GetString(memory.ToArray());
            text = redactor is null ? text : redactor.RedactJson(text);
        }

        File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
    }

    /// <summary>
    /// A redactor that knows only the paths the admin gave: they name the case, the customer, the server, so evidence
    /// shows them as input1, input2 ….
    /// </summary>
    public static Redactor ForInputs(IEnumerable<string> paths)
    {
        var redactor = new Redactor();
        foreach (var (path, i) in paths.Select((p, i) => (p, i)))
        {
            redactor.AliasPath(path, $"input{i + 1}");
        }

        return redactor;
    }

    /// <summary>Learns the names to hide from every event of the inputs (a quiet read of its own).</summary>
    public static Redactor Learn(TimelineSession session)
    {
        var redactor = ForInputs(session.Options.Paths);
        foreach (var input in session.Inputs)
        {
            redactor.LearnFolderNames(input.File);
        }

        foreach (var e in session.LookAhead())
        {
            redactor.Learn(e);
        }

        return redactor;
    }

    public static void WriteMap(string path, Redactor redactor) =>
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(redactor.Map.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(), new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
}
