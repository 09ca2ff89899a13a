using System.CommandLine;
using GovDesign.Forms.Loading;
using GovDesign.Forms.Runner.Hosting;
using GovDesign.Forms.Storage;
using Microsoft.Extensions.Hosting;

namespace GovDesign.Cli.Forms;

/// <summary><c>govdesign forms serve &lt;file-or-folder&gt; [--port] [--database | --postgres] [--trusted-proxy]</c>: runs forms as a real service on SQLite or PostgreSQL.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("file-or-folder") { Description = "A form definition, or a folder of them (*.json)." };
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on.", DefaultValueFactory = _ => 5000 };
        var host = new Option<string>("--host") { Description = "The address to listen on.", DefaultValueFactory = _ => "127.0.0.1" };
        var database = new Option<string>("--database") { Description = "The SQLite database file for journeys and submissions.", DefaultValueFactory = _ => SqliteFormStore.DefaultPath };
        var proxies = new Option<string[]>("--trusted-proxy")
        {
            Description = "A proxy (IP address, or CIDR network) whose X-Forwarded-For and X-Forwarded-Proto to believe, such as the load balancer that ends TLS; repeat for several.",
        };
        var postgres = new Option<string?>("--postgres") { Description = "A PostgreSQL connection string: keep journeys, submissions and the Data Protection keys there instead of SQLite, so several runners can share them." };
        var command = new Command("serve", "Run forms as a service: pages, journeys and submissions, on SQLite or PostgreSQL.");
        command.Arguments.Add(source);
        command.Options.Add(port);
        command.Options.Add(host);
        command.Options.Add(database);
        command.Options.Add(postgres);
        command.Options.Add(proxies);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(source)!, parseResult.GetValue(host)!, parseResult.GetValue(port), parseResult.GetValue(database)!, parseResult.GetValue(postgres),
            parseResult.GetValue(proxies) ?? [], parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string source, string host, int port, string database, string? postgres, IReadOnlyList<string> trustedProxies, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (trustedProxies.FirstOrDefault(p => !IsAddressOrNetwork(p)) is { } wrong)
        {
            error.WriteLine($"--trusted-proxy {wrong}: give an IP address (such as 10.0.0.5) or a CIDR network (such as 10.0.0.0/8).");
            return 1;
        }

        var files = Directory.Exists(source) ? Directory.GetFiles(source, "*.json") : File.Exists(source) ? [source] : [];
        if (files.Length == 0)
        {
            error.WriteLine($"{source}: no form definition found (give a .json file or a folder of them).");
            return 1;
        }

        // A single file must load. In a folder, a form that does not load answers 503 while the others are served.
        var failed = 0;
        foreach (var file in files)
        {
            var loaded = FormLoader.LoadFile(file);
            foreach (var diagnostic in loaded.Diagnostics)
            {
                error.WriteLine($"{file}:{diagnostic}");
            }

            if (loaded.Form is null)
            {
                failed++;
                if (files.Length > 1)
                {
                    error.WriteLine($"{file} did not load: its pages answer 503 until it is fixed and the runner restarted.");
                }
            }
        }

        if (failed == files.Length || (postgres is not null && !await CanUseAsync(postgres, error, cancellationToken)))
        {
            return 1;
        }

        var app = FormRunnerHost.Build($"http://{host}:{port}", options =>
        {
            options.Source = Path.GetFullPath(source);
            options.DatabasePath = Path.GetFullPath(database);
            options.PostgresConnectionString = postgres;
            foreach (var proxy in trustedProxies)
            {
                options.TrustedProxies.Add(proxy);
            }
        });
        var where = postgres is null ? $"database {Path.GetFullPath(database)}" : $"PostgreSQL database {DatabaseName(postgres)}";
        output.WriteLine($"Serving {files.Length - failed} form(s) from {source} at http://{host}:{port}/ ({where}). Press Ctrl+C to stop.");
        await app.StartAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        await app.DisposeAsync();
        return 0;
    }

    /// <summary>Connects once and creates the tables, so a wrong connection string is reported now, not at the first citizen's request.</summary>
    private static async Task<bool> CanUseAsync(string postgres, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            await using var store = new PostgresFormStore(postgres);
            await store.GetSubmissionsAsync("", cancellationToken);
            return true;
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or ArgumentException)
        {
            error.WriteLine($"PostgreSQL: {e.Message}");
            return false;
        }
    }

    private static bool IsAddressOrNetwork(string value) =>
        value.Contains('/', StringComparison.Ordinal) ? System.Net.IPNetwork.TryParse(value, out _) : System.Net.IPAddress.TryParse(value, out _);

    /// <summary>Host and database of a connection string, for messages: never its password.</summary>
    private static string DatabaseName(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Database ?? builder.Username} on {builder.Host}";
    }
}
