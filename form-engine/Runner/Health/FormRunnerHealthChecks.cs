using GovDesign.Forms.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner.Health;

/// <summary>
/// The runner's health checks, each tagged <see cref="ReadyTag"/>: its database answers, and its forms
/// have loaded. <c>/health/ready</c> runs every check with that tag, whoever registered it.
/// </summary>
public static class FormRunnerHealthChecks
{
    /// <summary>The tag of the checks that must pass before a runner takes traffic (<c>/health/ready</c>).</summary>
    public const string ReadyTag = "ready";

    /// <summary>How long a check may take before it counts as failed.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>Adds the checks of runner <paramref name="name"/>: <c>database</c> and <c>forms</c> for the application's runner, suffixed with the name for another.</summary>
    internal static void Add(IServiceCollection services, string name)
    {
        var suffix = string.IsNullOrEmpty(name) ? "" : "-" + name;
        services.AddHealthChecks()
            .Add(new HealthCheckRegistration("database" + suffix, sp => new DatabaseCheck(sp.GetRequiredKeyedService<IFormStore>(name)), HealthStatus.Unhealthy, [ReadyTag], Timeout))
            .Add(new HealthCheckRegistration("forms" + suffix, sp => new FormsCheck(sp.GetRequiredKeyedService<FormCatalogue>(name)), HealthStatus.Unhealthy, [ReadyTag], Timeout));
    }

    /// <summary>The store answers a query (a journey looked up by an id no journey has).</summary>
    private sealed class DatabaseCheck(IFormStore store) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await store.GetJourneyAsync("health-check", cancellationToken);
                return HealthCheckResult.Healthy("The database answers.");
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The exception's message goes no further than the logs: it can name hosts and files.
                return HealthCheckResult.Unhealthy("The database does not answer.", e);
            }
        }
    }

    /// <summary>
    /// The forms have been read: unhealthy before that, or when every form failed to load; degraded when
    /// some did not load, or when there is no form yet (an application may add its forms as it runs).
    /// </summary>
    private sealed class FormsCheck(FormCatalogue catalogue) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            if (!catalogue.IsLoaded)
            {
                return Task.FromResult(HealthCheckResult.Unhealthy("The forms have not been loaded yet."));
            }

            var (served, failed) = (catalogue.Slugs.Count, catalogue.Unavailable.Count);
            return Task.FromResult(
                served == 0 && failed > 0 ? HealthCheckResult.Unhealthy($"No form loaded: {failed} did not.")
                : served == 0 ? HealthCheckResult.Degraded("No form is served yet.")
                : failed > 0 ? HealthCheckResult.Degraded($"{served} form(s) loaded; {failed} did not.")
                : HealthCheckResult.Healthy($"{served} form(s) loaded."));
        }
    }
}
