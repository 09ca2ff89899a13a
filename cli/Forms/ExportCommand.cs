using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovDesign.Forms.Loading;
using GovDesign.Forms.Runner;
using GovDesign.Forms.Storage;

namespace GovDesign.Cli.Forms;

/// <summary><c>govdesign forms export &lt;form&gt; --format json|csv [--database file | --postgres connection] [--files dir]</c>: writes every submission of a form, and its uploaded files.</summary>
internal static class ExportCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var form = new Argument<string>("form") { Description = "The form's slug, or its definition file." };
        var format = new Option<string>("--format") { Description = "json or csv.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var database = new Option<string>("--database") { Description = "The SQLite database file.", DefaultValueFactory = _ => FormRunnerOptions.DefaultDatabasePath };
        var postgres = new Option<string?>("--postgres")
        {
            Description = "A PostgreSQL connection string: read the submissions there instead of the SQLite file. Without it, the environment variable ConnectionStrings__Forms, as forms serve reads it.",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ConnectionStrings__Forms") is { Length: > 0 } fromEnvironment ? fromEnvironment : null,
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of the standard output." };
        var files = new Option<string?>("--files") { Description = "Also write the uploaded files to this folder, one folder per submission reference." };
        var command = new Command("export", "Write every submission of a form as JSON or CSV.");
        command.Arguments.Add(form);
        command.Options.Add(format);
        command.Options.Add(database);
        command.Options.Add(postgres);
        command.Options.Add(output);
        command.Options.Add(files);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(form)!, parseResult.GetValue(format)!, parseResult.GetValue(database)!, parseResult.GetValue(postgres), parseResult.GetValue(output), parseResult.GetValue(files),
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string form, string format, string database, string? postgres, string? outputFile, string? filesDirectory, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (FormStores.SlugOf(form, error) is not { } slug)
        {
            return 1;
        }

        return await FormStores.UseAsync(database, postgres, error, store => ExportAsync(store, slug, format, outputFile, filesDirectory, output, error, cancellationToken));
    }

    private static async Task<int> ExportAsync(IFormStore store, string slug, string format, string? outputFile, string? filesDirectory, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var submissions = await store.GetSubmissionsAsync(slug, cancellationToken);
        var text = format == "csv" ? SubmissionCsv.Write(submissions) : Json(submissions);
        if (outputFile is null)
        {
            output.Write(text);
        }
        else
        {
            await File.WriteAllTextAsync(outputFile, text, cancellationToken);
            output.WriteLine($"{submissions.Count} submissions written to {outputFile}");
        }

        if (filesDirectory is not null)
        {
            var written = await SubmissionFiles.WriteAsync(store, submissions, filesDirectory, error, cancellationToken);
            (outputFile is null ? error : output).WriteLine($"{written} uploaded files written to {filesDirectory}");
        }

        return 0;
    }

    private static string Json(IReadOnlyList<Submission> submissions)
    {
        var array = new JsonArray([.. submissions.Select(s => (JsonNode)new JsonObject
        {
            ["reference"] = s.Reference,
            ["submittedAt"] = s.SubmittedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["answers"] = s.Data["answers"]?.DeepClone(),
            ["items"] = s.Data["items"]?.DeepClone(),
        })]);
        return array.ToJsonString(Indented) + Environment.NewLine;
    }
}
