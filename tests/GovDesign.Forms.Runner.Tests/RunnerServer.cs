using GovDesign.Cli.Forms;
using GovDesign.Tests;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>The runner serving the sample forms on a loopback port, with its own SQLite file, for the whole run.</summary>
public sealed class RunnerServer : IAsyncLifetime
{
    private LocalFormRunner? _runner;

    public static string SamplesFolder => RepositoryPaths.FormSamples;

    public Uri BaseAddress => _runner!.Address;

    public string DatabasePath => _runner!.DatabasePath;

    public async ValueTask InitializeAsync() => _runner = await LocalFormRunner.StartAsync(SamplesFolder);

    public async ValueTask DisposeAsync()
    {
        if (_runner is not null)
        {
            await _runner.DisposeAsync();
        }
    }
}
