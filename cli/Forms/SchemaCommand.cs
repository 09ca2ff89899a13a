using System.CommandLine;
using GovDesign.Forms.Loading;

namespace GovDesign.Cli.Forms;

/// <summary><c>govdesign forms schema [--output file]</c>: the form schema this tool checks against, for editors and other tools.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var file = new Option<string?>("--output", "-o") { Description = "Write the schema to this file instead of the standard output." };
        var command = new Command("schema", $"Print the form definition's JSON Schema (also served at {FormLoader.SchemaUrl}).");
        command.Options.Add(file);
        command.SetAction(parseResult => Run(parseResult.GetValue(file), parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string? file, TextWriter output, TextWriter error)
    {
        if (file is null)
        {
            output.Write(FormLoader.SchemaText);
            return 0;
        }

        try
        {
            File.WriteAllText(file, FormLoader.SchemaText);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{file}: {e.Message}");
            return 1;
        }

        output.WriteLine($"Wrote the form schema to {file}.");
        return 0;
    }
}
