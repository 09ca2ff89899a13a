using System.Diagnostics.Metrics;
using GovDesign.Forms.Storage;

namespace GovDesign.Forms.Delivery;

/// <summary>
/// The meter <c>GovDesign.Forms.Delivery</c>: deliveries sent and failed (counters, tagged with the kind),
/// pending and the oldest pending one's age (gauges, from the last look at the outbox).
/// </summary>
public sealed class DeliveryMetrics
{
    /// <summary>The meter's name, to listen to or export.</summary>
    public const string MeterName = "GovDesign.Forms.Delivery";

    private readonly Counter<long> _sent;
    private readonly Counter<long> _failed;
    private readonly TimeProvider _time;
    private volatile OutboxStats _stats = new(0, 0, null);

    /// <summary>Creates the meter and its instruments.</summary>
    /// <param name="meters">The application's meter factory.</param>
    /// <param name="time">The clock ages are measured with.</param>
    public DeliveryMetrics(IMeterFactory meters, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _time = time;
        var meter = meters.Create(MeterName);
        _sent = meter.CreateCounter<long>("govdesign.forms.deliveries.sent", "{delivery}", "Deliveries sent.");
        _failed = meter.CreateCounter<long>("govdesign.forms.deliveries.failed", "{delivery}", "Deliveries given up.");
        meter.CreateObservableGauge("govdesign.forms.deliveries.pending", () => _stats.Pending, "{delivery}", "Deliveries waiting to be sent.");
        meter.CreateObservableGauge("govdesign.forms.deliveries.oldest_pending_age", () => OldestPendingAge.TotalSeconds, "s", "How long the oldest waiting delivery has waited.");
    }

    /// <summary>The last counts read from the outbox.</summary>
    public OutboxStats Stats => _stats;

    /// <summary>How long the oldest waiting delivery has waited, as of the last look; zero when none waits.</summary>
    public TimeSpan OldestPendingAge => _stats.OldestPending is { } oldest ? _time.GetUtcNow() - oldest : TimeSpan.Zero;

    internal void Sent(string kind) => _sent.Add(1, new KeyValuePair<string, object?>("kind", kind));

    internal void Failed(string kind) => _failed.Add(1, new KeyValuePair<string, object?>("kind", kind));

    internal void Observe(OutboxStats stats) => _stats = stats;
}
