using GovDesign.Forms.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Delivery;

/// <summary>
/// The health check <c>deliveries</c> (tagged <c>ready</c>): unhealthy when the oldest pending delivery has
/// waited longer than <see cref="DeliveryOptions.HealthyPendingAge"/>, which means a destination has been
/// failing for a while, or the deliverer is not running. Its data gives the pending and failed counts.
/// </summary>
public sealed class DeliveriesHealthCheck(IDeliveryOutbox outbox, DeliveryMetrics metrics, IOptions<DeliveryOptions> options, TimeProvider time) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var stats = await outbox.GetStatsAsync(cancellationToken);
        metrics.Observe(stats);
        var age = stats.OldestPending is { } oldest ? time.GetUtcNow() - oldest : TimeSpan.Zero;
        var data = new Dictionary<string, object>
        {
            ["pending"] = stats.Pending,
            ["failed"] = stats.Failed,
            ["oldestPendingSeconds"] = Math.Round(age.TotalSeconds),
        };
        var limit = options.Value.HealthyPendingAge;
        return age > limit
            ? new HealthCheckResult(context?.Registration.FailureStatus ?? HealthStatus.Unhealthy, $"The oldest pending delivery has waited {age:g}, longer than {limit:g}.", data: data)
            : HealthCheckResult.Healthy($"{stats.Pending} deliveries pending, the oldest for {age:g}.", data);
    }
}
