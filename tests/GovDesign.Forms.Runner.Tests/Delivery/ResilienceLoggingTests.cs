using GovDesign.Forms.Runner.Hosting;
using GovDesign.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovDesign.Forms.Runner.Tests.Delivery;

/// <summary>
/// The webhooks' resilience pipeline (Polly) would log a warning at every timeout and failed attempt, which the
/// deliverer logs already: by default its category logs errors only, and a level set for it in configuration wins.
/// </summary>
public sealed class ResilienceLoggingTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("Warning", true)]
    public async Task Build_PollyCategory_LogsErrorsOnlyUnlessConfigurationSetsItsLevel(string? configured, bool warns)
    {
        using var folder = new TemporaryFolder("govdesign-polly-log-");
        string[] args = configured is null ? [] : ["--Logging:LogLevel:Polly=" + configured];
        await using var app = FormRunnerHost.Build("http://127.0.0.1:0", options =>
        {
            options.Source = RunnerServer.SamplesFolder;
            options.DatabasePath = folder.File("forms.db");
        }, (services, _) => services.AddSqliteFormStore(), args);

        var polly = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Polly");

        Assert.Equal(warns, polly.IsEnabled(LogLevel.Warning));
        Assert.True(polly.IsEnabled(LogLevel.Error));
        Assert.True(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("GovDesign.Forms.Delivery").IsEnabled(LogLevel.Warning));
    }
}
