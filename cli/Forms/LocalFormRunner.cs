using GovDesign.Forms.Runner;
using GovDesign.Forms.Runner.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace GovDesign.Cli.Forms;

/// <summary>
/// The runner on a free loopback port with a SQLite database of its own in a new temporary folder,
/// for tools and tests that drive forms through real HTTP (<c>govdesign audit --form</c> walks one).
/// Disposing it stops the runner and deletes the folder with everything the journeys saved. Its store is
/// chosen as <c>forms serve</c> chooses it (<see cref="FormStores"/>).
/// </summary>
public sealed class LocalFormRunner : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DirectoryInfo _folder;

    private LocalFormRunner(WebApplication app, DirectoryInfo folder, Uri address)
    {
        _app = app;
        _folder = folder;
        Address = address;
    }

    /// <summary>Where the runner listens, such as <c>http://127.0.0.1:41234/</c>; forms are at <c>/{slug}/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The runner's services, to look at its options or its store.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>The SQLite file holding journeys and submissions (unused when the runner is on PostgreSQL).</summary>
    public string DatabasePath => Path.Combine(_folder.FullName, "forms.db");

    /// <summary>Starts the runner on <paramref name="source"/>: a form definition file, or a folder of them.</summary>
    /// <param name="source">The definition file or folder.</param>
    /// <param name="cancellationToken">Stops the start.</param>
    /// <returns>The running runner.</returns>
    public static Task<LocalFormRunner> StartAsync(string source, CancellationToken cancellationToken = default) =>
        StartAsync(source, postgresConnectionString: null, cancellationToken);

    /// <summary>
    /// Starts the runner on <paramref name="source"/>, keeping journeys and submissions in the PostgreSQL
    /// database <paramref name="postgresConnectionString"/> names (several runners can share it; disposing
    /// leaves it as it is), or in a SQLite file of its own when that is null.
    /// </summary>
    /// <param name="source">The definition file or folder.</param>
    /// <param name="postgresConnectionString">A PostgreSQL connection string, or null for SQLite.</param>
    /// <param name="cancellationToken">Stops the start.</param>
    /// <returns>The running runner.</returns>
    public static Task<LocalFormRunner> StartAsync(string source, string? postgresConnectionString, CancellationToken cancellationToken = default) =>
        StartAsync(source, options => options.PostgresConnectionString = postgresConnectionString, args: null, cancellationToken);

    /// <summary>
    /// Starts the runner on <paramref name="source"/> with a SQLite file of its own, then whatever
    /// <paramref name="configure"/> and <paramref name="args"/> set (trusted proxies, Kestrel's limits ...).
    /// </summary>
    /// <param name="source">The definition file or folder.</param>
    /// <param name="configure">Sets further options.</param>
    /// <param name="args">Command-line configuration, such as <c>--Kestrel:Limits:KeepAliveTimeout=00:00:05</c>.</param>
    /// <param name="cancellationToken">Stops the start.</param>
    /// <returns>The running runner.</returns>
    public static async Task<LocalFormRunner> StartAsync(string source, Action<FormRunnerOptions> configure, string[]? args = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var folder = Directory.CreateTempSubdirectory("govdesign-forms-");
        var app = FormRunnerHost.Build("http://127.0.0.1:0", options =>
        {
            options.Source = Path.GetFullPath(source);
            options.DatabasePath = Path.Combine(folder.FullName, "forms.db");
            configure(options);
        }, FormStores.Add, args);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            folder.Delete(recursive: true);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new LocalFormRunner(app, folder, new Uri(address));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
