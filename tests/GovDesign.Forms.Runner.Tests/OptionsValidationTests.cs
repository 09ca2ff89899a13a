using GovDesign.Cli.Forms;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>Wrong settings stop the runner as it starts, each named as configuration spells it.</summary>
public sealed class OptionsValidationTests
{
    [Fact]
    public async Task Start_NegativeLifetimeAndBadProxy_FailsNamingBothSettings()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => LocalFormRunner.StartAsync(RunnerServer.SamplesFolder, options =>
        {
            options.SessionLifetime = TimeSpan.FromMinutes(-5);
            options.TrustedProxies.Add("load-balancer");
        }, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("FormRunner:SessionLifetime must be more than zero (it is -00:05:00).", failure.Failures);
        Assert.Contains(failure.Failures, f => f.StartsWith("FormRunner:TrustedProxies has 'load-balancer': give an IP address", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_CommandLineConfiguration_IsBoundAndChecked()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => LocalFormRunner.StartAsync(RunnerServer.SamplesFolder, _ => { },
            ["--FormRunner:Retention:DeliveredOutbox=00:00:00", "--ConnectionStrings:Forms=not a connection string"], TestContext.Current.CancellationToken));

        Assert.Contains("FormRunner:Retention:DeliveredOutbox must be more than zero (it is 00:00:00).", failure.Failures);
        Assert.Contains(failure.Failures, f => f.StartsWith("FormRunner:PostgresConnectionString (or ConnectionStrings:Forms) is not a PostgreSQL connection string", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_MissingSource_NamesTheSettingAndThePath()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-forms-" + Guid.NewGuid().ToString("N"));

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => LocalFormRunner.StartAsync(missing, TestContext.Current.CancellationToken));

        Assert.Equal([$"FormRunner:Source is '{missing}', which is neither a form definition file nor a folder."], failure.Failures);
    }
}
