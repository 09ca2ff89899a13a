using System.CommandLine;
using GovDesign.Forms.Loading;
using GovDesign.Forms.Runner.Hosting;
using GovDesign.Forms.Storage;
using Microsoft.Extensions.Hosting;

namespace GovDesign.Cli.Forms;

/// <summary><c>govdesign forms serve &lt;file-or-folder&gt; [--port] [--database]</c>: runs forms as a real service on SQLite.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("file-or-folder") { Description = "A form definition, or a folder of them (*.json)." };
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on.", DefaultValueFactory = _ => 5000 };
        var host = new Option<string>("--host") { Description = "The address to listen on.", DefaultValueFactory = _ => "127.0.0.1" };
        var database = new Option<string>("--database") { Description = "The SQLite database file for journeys and submissions.", DefaultValueFactory = _ => SqliteFormStore.DefaultPath };
        var command = new Command("serve", "Run forms as a service: pages, journeys and submissions, on SQLite.");
        command.Arguments.Add(source);
        command.Options.Add(port);
        command.Options.Add(host);
        command.Options.Add(database);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(source)!, parseResult.GetValue(host)!, parseResult.GetValue(port), parseResult.GetValue(database)!,
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string source, string host, int port, string database, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var files = Directory.Exists(source) ? Directory.GetFiles(source, "*.json") : File.Exists(source) ? [source] : [];
        if (files.Length == 0)
        {
            error.WriteLine($"{source}: no form definition found (give a .json file or a folder of them).");
            return 1;
        }

        var failed = false;
        foreach (var file in files)
        {
            var loaded = FormLoader.LoadFile(file);
            foreach (var diagnostic in loaded.Diagnostics)
            {
                error.WriteLine($"{file}:{diagnostic}");
            }

            failed |= loaded.Form is null;
        }

        if (failed)
        {
            return 1;
        }

        var app = FormRunnerHost.Build($"http://{host}:{port}", options =>
        {
            options.Source = Path.GetFullPath(source);
            options.DatabasePath = Path.GetFullPath(database);
        });
        output.WriteLine($"Serving {files.Length} form(s) from {source} at http://{host}:{port}/ (database {Path.GetFullPath(database)}). Press Ctrl+C to stop.");
        await app.StartAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        await app.DisposeAsync();
        return 0;
    }
}
