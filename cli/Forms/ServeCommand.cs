using System.CommandLine;
using GovDesign.Forms.Runner;
using GovDesign.Forms.Runner.Hosting;
using GovDesign.Forms.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GovDesign.Cli.Forms;

/// <summary>
/// <c>govdesign forms serve &lt;file-or-folder&gt; [--urls | --host --port] [--database | --postgres] [--trusted-proxy] [--Section:Key=value ...]</c>:
/// runs forms as a real service on SQLite or PostgreSQL. Settings come from appsettings.json (beside the tool,
/// then in the current folder), environment variables and the command line, which wins (<see cref="FormRunnerHost.BuildService"/>):
/// the flags here set only what they are given for, and any other <c>--Section:Key=value</c> goes to configuration.
/// </summary>
internal static class ServeCommand
{
    /// <summary>Where the runner listens when neither the flags nor configuration say.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5000";

    public static Command Create()
    {
        var source = new Argument<string>("file-or-folder") { Description = "A form definition, or a folder of them (*.json)." };
        var urls = new Option<string?>("--urls") { Description = "Where to listen, such as http://0.0.0.0:8080 (several separated by ;). Else ASPNETCORE_URLS, else http://127.0.0.1:5000." };
        var port = new Option<int?>("--port", "-p") { Description = "The port to listen on, on --host (default 5000)." };
        var host = new Option<string?>("--host") { Description = "The address to listen on, with --port (default 127.0.0.1)." };
        var database = new Option<string?>("--database") { Description = $"The SQLite database file for journeys and submissions (default {FormRunnerOptions.DefaultDatabasePath}; or FormRunner:DatabasePath)." };
        var proxies = new Option<string[]>("--trusted-proxy")
        {
            Description = "A proxy (IP address, or CIDR network) whose X-Forwarded-For and X-Forwarded-Proto to believe, such as the load balancer that ends TLS; repeat for several.",
        };
        var postgres = new Option<string?>("--postgres")
        {
            Description = "A PostgreSQL connection string: keep journeys, submissions and the Data Protection keys there instead of SQLite, so several runners can share them. " +
                "Better given as ConnectionStrings__Forms in the environment, where ps does not show it.",
        };
        var command = new Command("serve", "Run forms as a service: pages, journeys and submissions, on SQLite or PostgreSQL, with /health/live and /health/ready.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Arguments.Add(source);
        command.Options.Add(urls);
        command.Options.Add(port);
        command.Options.Add(host);
        command.Options.Add(database);
        command.Options.Add(postgres);
        command.Options.Add(proxies);
        command.SetAction((parseResult, cancellationToken) =>
        {
            string[] configuration = [.. parseResult.UnmatchedTokens, .. Listen(parseResult.GetValue(urls), parseResult.GetValue(host), parseResult.GetValue(port))];
            var flags = new ServeFlags(parseResult.GetValue(source)!, parseResult.GetValue(database), parseResult.GetValue(postgres), parseResult.GetValue(proxies) ?? []);
            return RunAsync(flags, configuration, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    /// <summary>The flags given, as configuration that beats the environment: <c>--urls</c>, else <c>--host</c> and <c>--port</c> when either is given.</summary>
    private static string[] Listen(string? urls, string? host, int? port) =>
        urls is { Length: > 0 } ? ["--urls", urls]
        : host is not null || port is not null ? ["--urls", $"http://{host ?? "127.0.0.1"}:{port ?? 5000}"]
        : [];

    public static async Task<int> RunAsync(ServeFlags flags, string[] configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (flags.TrustedProxies.FirstOrDefault(p => !IsAddressOrNetwork(p)) is { } wrong)
        {
            error.WriteLine($"--trusted-proxy {wrong}: give an IP address (such as 10.0.0.5) or a CIDR network (such as 10.0.0.0/8).");
            return 1;
        }

        if (!File.Exists(flags.Source) && !Directory.Exists(flags.Source))
        {
            error.WriteLine($"{flags.Source}: no form definition found (give a .json file or a folder of them).");
            return 1;
        }

        // The forms are read once: for the diagnostics printed here, and then served as they were read.
        var forms = ServedForms.From(Path.GetFullPath(flags.Source));
        try
        {
            await using var app = FormRunnerHost.BuildService(configuration, FormStores.Add, options =>
            {
                flags.Apply(options);
                options.Sources.Add(forms);
            }, DefaultUrls);
            return await RunAsync(app, app.Services.GetRequiredService<IOptions<FormRunnerOptions>>().Value, forms, output, error, cancellationToken);
        }
        catch (OptionsValidationException e)
        {
            // Every setting that is wrong, each named as configuration spells it; no stack trace.
            foreach (var failure in e.Failures)
            {
                error.WriteLine($"Configuration: {failure}");
            }

            return 1;
        }
    }

    private static async Task<int> RunAsync(WebApplication app, FormRunnerOptions options, ServedForms forms, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var served = CheckForms(forms, options.Source, error);
        if (served == 0 || (options.PostgresConnectionString is { Length: > 0 } postgres && !await CanUseAsync(postgres, error, cancellationToken)))
        {
            return 1;
        }

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            error.WriteLine($"Cannot listen: {e.Message}");
            return 1;
        }

        var addresses = string.Join(", ", app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Select(a => a + "/"));
        var where = options.PostgresConnectionString is { Length: > 0 } connection ? $"PostgreSQL database {DatabaseName(connection)}" : $"database {Path.GetFullPath(options.DatabasePath)}";
        output.WriteLine($"Serving {served} form(s) from {options.Source} at {addresses} ({where}). Health: /health/live, /health/ready. Press Ctrl+C to stop.");
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    /// <summary>Prints each form's diagnostics. A single file must load; in a folder, a form that does not load answers 503 while the others are served.</summary>
    /// <returns>How many forms loaded.</returns>
    private static int CheckForms(ServedForms forms, string source, TextWriter error)
    {
        var read = forms.Read().ToList();
        if (read.Count == 0)
        {
            error.WriteLine($"{source}: no form definition found (give a .json file or a folder of them).");
            return 0;
        }

        foreach (var form in read)
        {
            foreach (var diagnostic in form.Result.Diagnostics)
            {
                error.WriteLine($"{form.Origin}:{diagnostic}");
            }

            if (form.Result.Form is null && read.Count > 1)
            {
                error.WriteLine($"{form.Origin} did not load: its pages answer 503 until it is fixed and the runner restarted.");
            }
        }

        return read.Count(f => f.Result.Form is not null);
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

/// <summary>The flags of <c>forms serve</c> that set the runner's options: each only when given, so that configuration fills the rest.</summary>
/// <param name="Source">The form definition, or folder of them.</param>
/// <param name="Database">The SQLite file, when given.</param>
/// <param name="Postgres">The PostgreSQL connection string, when given.</param>
/// <param name="TrustedProxies">The proxies to believe, added to any configuration names.</param>
internal sealed record ServeFlags(string Source, string? Database, string? Postgres, IReadOnlyList<string> TrustedProxies)
{
    public void Apply(FormRunnerOptions options)
    {
        options.Source = Path.GetFullPath(Source);
        if (Database is not null)
        {
            options.DatabasePath = Path.GetFullPath(Database);
        }

        if (Postgres is not null)
        {
            options.PostgresConnectionString = Postgres;
        }

        foreach (var proxy in TrustedProxies)
        {
            options.TrustedProxies.Add(proxy);
        }
    }
}
