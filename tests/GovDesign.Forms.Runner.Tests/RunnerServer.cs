using GovDesign.Forms.Runner.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>The runner serving the sample forms on a loopback port, with its own SQLite file, for the whole run.</summary>
public sealed class RunnerServer : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"govdesign-runner-tests-{Guid.NewGuid():N}.db");

    public static string SamplesFolder
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "form-engine", "samples")))
            {
                directory = directory.Parent;
            }

            return directory is null
                ? throw new DirectoryNotFoundException("form-engine/samples was not found above the test binaries.")
                : Path.Combine(directory.FullName, "form-engine", "samples");
        }
    }

    public async ValueTask InitializeAsync()
    {
        _app = FormRunnerHost.Build("http://127.0.0.1:0", options =>
        {
            options.Source = SamplesFolder;
            options.DatabasePath = DatabasePath;
        });
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
