using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovDesign.Cli.Forms.Import;
using GovDesign.Forms.Loading;

namespace GovDesign.Cli.Forms;

/// <summary>
/// <c>govdesign forms import &lt;file|folder&gt; --from xgov --output &lt;file|folder&gt;</c>: writes a GovDesign
/// definition and a Markdown report (<c>.import.md</c>) for each XGov definition, checks each definition
/// with the loader, and for a folder prints the totals. Exit code 2 for input it cannot read, 1 when a
/// written definition has errors.
/// </summary>
internal static class ImportCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "The XGov definition (.json), or a folder of them." };
        var from = new Option<string?>("--from") { Description = "The format of the input: xgov (XGov forms-engine-plugin / digital form builder JSON, v1 or v2)." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write: a .json file for one input, or a folder (created if need be). A report <name>.import.md is written beside each definition." };
        var command = new Command("import", "Import form definitions from another form engine: writes a GovDesign definition and a report of what was mapped, approximated and dropped.");
        command.Arguments.Add(input);
        command.Options.Add(from);
        command.Options.Add(output);
        command.SetAction(parseResult => Run(parseResult.GetValue(input)!, parseResult.GetValue(from), parseResult.GetValue(output), parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string input, string? from, string? output, TextWriter stdout, TextWriter stderr)
    {
        if (from is null || !from.Equals("xgov", StringComparison.OrdinalIgnoreCase))
        {
            stderr.WriteLine(from is null ? "Say which format to import with --from xgov." : $"--from \"{from}\" is not a format this tool imports; the one it knows is xgov.");
            return 2;
        }

        if (output is null)
        {
            stderr.WriteLine("Say where to write the definition with --output <file.json> (or a folder).");
            return 2;
        }

        var folder = Directory.Exists(input);
        if (!folder && !File.Exists(input))
        {
            stderr.WriteLine($"{input}: no such file or folder.");
            return 2;
        }

        var files = folder ? Directory.GetFiles(input, "*.json").Order(StringComparer.Ordinal).ToArray() : [input];
        var toFolder = folder || Directory.Exists(output) || output.EndsWith('/') || output.EndsWith('\\');
        if (files.Length == 0)
        {
            stderr.WriteLine($"{input}: no .json files found.");
            return 2;
        }

        try
        {
            if (toFolder)
            {
                Directory.CreateDirectory(output);
            }
            else if (Path.GetDirectoryName(Path.GetFullPath(output)) is { } parent)
            {
                Directory.CreateDirectory(parent);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{output}: {e.Message}");
            return 2;
        }

        var names = new Names();
        var summary = new ImportSummary { Files = files.Length };
        var (unreadable, invalid) = (0, 0);
        foreach (var file in files)
        {
            var target = toFolder ? Path.Combine(output, names.Unique(Path.GetFileNameWithoutExtension(file), "form") + ".json") : output;
            switch (ImportOne(file, target, stdout, stderr, summary))
            {
                case 2:
                    unreadable++;
                    break;
                case 1:
                    invalid++;
                    break;
            }
        }

        if (folder)
        {
            summary.Print(stdout);
        }

        return unreadable > 0 ? 2 : invalid > 0 ? 1 : 0;
    }

    private static int ImportOne(string file, string target, TextWriter stdout, TextWriter stderr, ImportSummary summary)
    {
        ImportResult result;
        try
        {
            result = XGovImporter.Import(JsonNode.Parse(File.ReadAllText(file), documentOptions: Lenient), Path.GetFileName(file));
        }
        catch (JsonException e)
        {
            stderr.WriteLine($"{file}: not valid JSON: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or InvalidCastException)
        {
            stderr.WriteLine($"{file}: cannot import: {e.Message}");
            return 2;
        }

        var text = result.Definition.ToJsonString(Indented) + "\n";
        var check = FormLoader.Load(text);
        var errors = check.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{target}:{d}").ToList();
        var reportPath = Path.ChangeExtension(target, null) + ".import.md";
        try
        {
            File.WriteAllText(target, text);
            File.WriteAllText(reportPath, result.Report.ToMarkdown(Path.GetFileName(file), Path.GetFileName(target), errors));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{target}: {e.Message}");
            return 2;
        }

        var report = result.Report;
        summary.Add(report, errors.Count == 0);
        var approximated = report.Entries.Count(e => e.Outcome == Outcome.Approximated);
        var dropped = report.Entries.Count(e => e.Outcome == Outcome.Dropped);
        stdout.WriteLine($"{file} -> {target}: {report.QuestionsMapped}/{report.QuestionsTotal} questions, {report.ConditionsMapped}/{report.ConditionsTotal} conditions, {approximated} approximated, {dropped} dropped; {(errors.Count == 0 ? "valid" : $"{errors.Count} errors")} (report: {reportPath})");
        foreach (var error in errors)
        {
            stdout.WriteLine(error);
        }

        return errors.Count == 0 ? 0 : 1;
    }
}
