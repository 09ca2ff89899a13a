using GovDesign.Forms.Storage;
using GovDesign.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>The runner's store comes from its own package: none, or one that cannot work with the options, stops the application as it starts.</summary>
public sealed class FormStoreRegistrationTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("govdesign-store-registration-");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Start_AddFormRunnerWithoutAStore_FailsNamingBothPackagesAndTheirCalls()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(services => { }));

        var message = Assert.Single(failure.Failures);
        Assert.Contains("GovDesign.Forms.Sqlite", message, StringComparison.Ordinal);
        Assert.Contains("AddSqliteFormStore()", message, StringComparison.Ordinal);
        Assert.Contains("GovDesign.Forms.PostgreSql", message, StringComparison.Ordinal);
        Assert.Contains("AddPostgreSqlFormStore()", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SqliteStoreWithAPostgresConnectionString_FailsRatherThanIgnoreIt()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            StartAsync(services => services.AddSqliteFormStore(), options => options.PostgresConnectionString = "Host=db;Database=forms;Username=forms"));

        var message = Assert.Single(failure.Failures);
        Assert.StartsWith("FormRunner:PostgresConnectionString (or ConnectionStrings:Forms) is set, but the runner keeps its data in SQLite", message, StringComparison.Ordinal);
        Assert.Contains("AddPostgreSqlFormStore()", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PostgreSqlStoreWithoutAConnectionString_FailsNamingTheSetting()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(services => services.AddPostgreSqlFormStore()));

        var message = Assert.Single(failure.Failures);
        Assert.StartsWith("FormRunner:PostgresConnectionString (or ConnectionStrings:Forms) is empty", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SqliteStore_KeepsTheNamedRunnersDataInItsOwnFile()
    {
        await using var app = App(services =>
        {
            services.AddSqliteFormStore();
            services.AddFormRunner("trials", options =>
            {
                options.Source = RunnerServer.SamplesFolder;
                options.DatabasePath = _folder.File("trials.db");
            });
        });
        await app.StartAsync(Cancel);

        var own = Assert.IsType<SqliteFormStore>(app.Services.GetRequiredService<IFormStore>());
        var trials = Assert.IsType<SqliteFormStore>(app.Services.GetRequiredKeyedService<IFormStore>("trials"));

        Assert.Equal(_folder.File("forms.db"), own.Path);
        Assert.Equal(_folder.File("trials.db"), trials.Path);
        await app.StopAsync(Cancel);
    }

    /// <summary>Builds, maps and starts the application, as its Program.cs would; the runner's options are checked as it maps the runner.</summary>
    private async Task StartAsync(Action<IServiceCollection> addStore, Action<FormRunnerOptions>? configure = null)
    {
        await using var app = App(addStore, configure);
        await app.StartAsync(Cancel);
        await app.StopAsync(Cancel);
    }

    private WebApplication App(Action<IServiceCollection> addStore, Action<FormRunnerOptions>? configure = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddFormRunner(options =>
        {
            options.Source = RunnerServer.SamplesFolder;
            options.DatabasePath = _folder.File("forms.db");
            configure?.Invoke(options);
        });
        addStore(builder.Services);
        var app = builder.Build();
        try
        {
            app.MapFormRunner();
            return app;
        }
        catch
        {
            ((IDisposable)app).Dispose();
            throw;
        }
    }
}
