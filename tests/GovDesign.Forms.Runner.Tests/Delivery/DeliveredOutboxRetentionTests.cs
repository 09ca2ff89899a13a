using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Delivery;
using GovDesign.Forms.Runner.Hosting;
using GovDesign.Forms.Storage;
using GovDesign.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovDesign.Forms.Runner.Tests.Delivery;

/// <summary>
/// The runner's clean-up deletes outbox rows delivered longer ago than <see cref="RetentionOptions.DeliveredOutbox"/>,
/// on a real SQLite file, as AddFormRunner sets it up; rows still pending or given up stay, however old (issue 15, point 4).
/// </summary>
public sealed class DeliveredOutboxRetentionTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("govdesign-outbox-retention-");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RunOnce_DeliveredLongerAgoThanTheRetention_IsDeletedAndPendingAndFailedRowsStay()
    {
        // The clean-up's clock is 30 days ahead of the store's: every row was written 30 days ago to it.
        await using var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(new TestClock { Now = DateTimeOffset.UtcNow.AddDays(30) })
            .AddFormRunner(options =>
            {
                options.Sources.Add(new MemoryFormSource());
                options.DatabasePath = _folder.File("forms.db");
                options.Retention.DeliveredOutbox = TimeSpan.FromDays(7);
            }).AddSqliteFormStore().BuildServiceProvider();
        var outbox = (IDeliveryOutbox)services.GetRequiredService<IFormStore>();
        var (longAgo, lately, pending, failed) = (OutboxMessage.NewId(), OutboxMessage.NewId(), OutboxMessage.NewId(), OutboxMessage.NewId());
        await services.GetRequiredService<IFormStore>().SubmitAsync("form", "session", new JsonObject { ["answers"] = new JsonObject() }, ReferenceFormat.Default,
            _ => [.. new[] { longAgo, lately, pending, failed }.Select(id => new OutboxMessage(id, "webhook", DeliveryDestination.Webhook(new Uri("https://cases.example.gov.uk/"), "cases"), "{}"))],
            Cancel);
        await outbox.MarkSentAsync(longAgo, DateTimeOffset.UtcNow, Cancel);
        await outbox.MarkSentAsync(lately, DateTimeOffset.UtcNow.AddDays(25), Cancel);
        await outbox.MarkFailedAsync(failed, "HTTP 410", Cancel);

        await services.GetServices<IHostedService>().OfType<StaleJourneyCleanup>().Single().RunOnceAsync(Cancel);

        var left = await outbox.GetDeliveriesAsync("form", failedOnly: false, Cancel);
        Assert.DoesNotContain(left, d => d.Message.Id == longAgo);
        Assert.Equal(new[] { lately, pending, failed }.Order(StringComparer.Ordinal), left.Select(d => d.Message.Id).Order(StringComparer.Ordinal));
        Assert.Equal(DeliveryStatus.Sent, left.Single(d => d.Message.Id == lately).Status);
    }
}
