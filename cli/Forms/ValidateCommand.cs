using System.CommandLine;
using GovDesign.Forms.Loading;

namespace GovDesign.Cli.Forms;

/// <summary><c>govdesign forms validate &lt;file&gt;</c>: prints every problem as <c>file:line:col: message</c>.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The form definition (.json), or a folder of them." };
        var command = new Command("validate", "Check a form definition and print every problem as file:line:col: message. Exit code 1 when there are errors.");
        command.Arguments.Add(file);
        command.SetAction(parseResult => Run(parseResult.GetValue(file)!, parseResult.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(string path, TextWriter output)
    {
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).ToArray() : [path];
        if (files.Length == 0)
        {
            output.WriteLine($"{path}: no .json files found.");
            return 1;
        }

        var failed = false;
        foreach (var file in files)
        {
            var result = FormLoader.LoadFile(file);
            foreach (var diagnostic in result.Diagnostics)
            {
                output.WriteLine($"{file}:{diagnostic}");
            }

            if (result.Form is { } form)
            {
                output.WriteLine($"OK: {form.Title.In(form.DefaultLanguage)}, {form.Pages.Count} {(form.Pages.Count == 1 ? "page" : "pages")}");
            }
            else
            {
                failed = true;
            }
        }

        return failed ? 1 : 0;
    }
}
