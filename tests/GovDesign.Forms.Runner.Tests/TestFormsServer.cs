using GovDesign.Cli.Forms;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>The runner serving the test forms in Forms/: question-settings.json uses a setting of each question type, add-another.json an add-another page.</summary>
public sealed class TestFormsServer : IAsyncLifetime
{
    private LocalFormRunner? _runner;

    public Uri BaseAddress => _runner!.Address;

    public string DatabasePath => _runner!.DatabasePath;

    public async ValueTask InitializeAsync() =>
        _runner = await LocalFormRunner.StartAsync(Path.Combine(AppContext.BaseDirectory, "Forms"));

    public async ValueTask DisposeAsync()
    {
        if (_runner is not null)
        {
            await _runner.DisposeAsync();
        }
    }
}
