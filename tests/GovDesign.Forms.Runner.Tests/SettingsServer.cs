using GovDesign.Forms.Runner.Hosting;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>The runner serving Forms/question-settings.json, a form that uses a setting of each question type.</summary>
public sealed class SettingsServer : IAsyncLifetime
{
    private LocalFormRunner? _runner;

    public Uri BaseAddress => _runner!.Address;

    public string DatabasePath => _runner!.DatabasePath;

    public async ValueTask InitializeAsync() =>
        _runner = await LocalFormRunner.StartAsync(Path.Combine(AppContext.BaseDirectory, "Forms", "question-settings.json"));

    public async ValueTask DisposeAsync()
    {
        if (_runner is not null)
        {
            await _runner.DisposeAsync();
        }
    }
}
