using GovDesign.Cli.Forms;
using GovDesign.Tests;

namespace GovDesign.Browser.Tests;

/// <summary>The form runner serving form-engine/samples on a loopback port, with its own SQLite file.</summary>
public sealed class FormRunnerServer : IAsyncLifetime
{
    private LocalFormRunner? _runner;

    public static string SamplesFolder => RepositoryPaths.FormSamples;

    public Uri BaseAddress => _runner!.Address;

    public async ValueTask InitializeAsync() => _runner = await LocalFormRunner.StartAsync(SamplesFolder);

    public async ValueTask DisposeAsync()
    {
        if (_runner is not null)
        {
            await _runner.DisposeAsync();
        }
    }
}
