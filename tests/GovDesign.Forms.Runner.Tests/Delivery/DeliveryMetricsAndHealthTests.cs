using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using GovDesign.Forms.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GovDesign.Forms.Runner.Tests.Delivery;

/// <summary>The meter GovDesign.Forms.Delivery and the health check "deliveries", over real deliveries to a receiver.</summary>
public sealed class DeliveryMetricsAndHealthTests : IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;
    private DeliveryRig _rig = null!;

    public async ValueTask InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync("secret");
        _rig = new DeliveryRig(new() { ["Delivery:AllowLoopback"] = "true", ["Delivery:Secrets:test"] = "secret", ["Delivery:HealthyPendingAge"] = "00:10:00" });
    }

    public async ValueTask DisposeAsync()
    {
        await _rig.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task Deliver_OneSentOneRefusedOneWaiting_RecordsSentFailedPendingAndAge()
    {
        var measurements = new ConcurrentDictionary<string, double>();

        // Only this rig's meter: tests running beside this one deliver through meters of the same name.
        var meters = _rig.Services.GetRequiredService<IMeterFactory>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == DeliveryMetrics.MeterName && instrument.Meter.Scope == meters)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((i, value, _, _) => measurements.AddOrUpdate(i.Name, value, (_, old) => i is ObservableGauge<long> ? value : old + value));
        listener.SetMeasurementEventCallback<double>((i, value, _, _) => measurements[i.Name] = value);
        listener.Start();
        _ = _rig.Services.GetRequiredService<DeliveryMetrics>();
        _receiver.AnswerWith(200, 404, 503);

        for (var i = 0; i < 3; i++)
        {
            await _rig.SubmitAsync(_receiver.Address, session: $"s{i}");
            await _rig.DeliverAsync();
        }

        _rig.Clock.Now = _rig.Clock.Now.AddMinutes(2);
        await _rig.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken);
        listener.RecordObservableInstruments();

        Assert.Equal(1, measurements["govdesign.forms.deliveries.sent"]);
        Assert.Equal(1, measurements["govdesign.forms.deliveries.failed"]);
        Assert.Equal(1, measurements["govdesign.forms.deliveries.pending"]);
        Assert.InRange(measurements["govdesign.forms.deliveries.oldest_pending_age"], 119, 125);
    }

    [Fact]
    public async Task CheckHealth_OldestPendingYoungerThanTheLimit_IsHealthyAndOlderIsUnhealthy()
    {
        var health = _rig.Services.GetRequiredService<HealthCheckService>();
        _receiver.AnswerWith(503);
        await _rig.SubmitAsync(_receiver.Address);
        await _rig.DeliverAsync();

        _rig.Clock.Now = _rig.Clock.Now.AddMinutes(9);
        var young = await health.CheckHealthAsync(r => r.Tags.Contains("ready"), TestContext.Current.CancellationToken);
        _rig.Clock.Now = _rig.Clock.Now.AddMinutes(2);
        var old = await health.CheckHealthAsync(r => r.Tags.Contains("ready"), TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Healthy, young.Entries["deliveries"].Status);
        Assert.Equal(HealthStatus.Unhealthy, old.Entries["deliveries"].Status);
        Assert.Equal(1L, old.Entries["deliveries"].Data["pending"]);
        Assert.Contains("longer than", old.Entries["deliveries"].Description, StringComparison.Ordinal);
    }
}
