using GovDesign.Forms.Runner.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GovDesign.Browser.Tests;

/// <summary>The form runner serving form-engine/samples on a loopback port, with its own SQLite file.</summary>
public sealed class FormRunnerServer : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"govdesign-runner-browser-{Guid.NewGuid():N}.db");
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public static string SamplesFolder
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "form-engine", "samples")))
            {
                directory = directory.Parent;
            }

            return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("form-engine/samples not found."), "form-engine", "samples");
        }
    }

    public async ValueTask InitializeAsync()
    {
        _app = FormRunnerHost.Build("http://127.0.0.1:0", options =>
        {
            options.Source = SamplesFolder;
            options.DatabasePath = _database;
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
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
