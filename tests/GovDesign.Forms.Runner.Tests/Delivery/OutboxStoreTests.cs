using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Storage;

namespace GovDesign.Forms.Runner.Tests.Delivery;

/// <summary>
/// The outbox every store keeps, on a real database (<see cref="SqliteOutboxStoreTests"/>, <see cref="PostgresOutboxStoreTests"/>):
/// deliveries written in the submission's transaction, claimed, retried, replayed and counted.
/// </summary>
public abstract class OutboxStoreTests : IAsyncDisposable
{
    private IFormStore? _store;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected DateTimeOffset Now { get; } = DateTimeOffset.UtcNow;

    protected IFormStore Store => _store ??= CreateStore();

    protected IDeliveryOutbox Outbox => (IDeliveryOutbox)Store;

    protected abstract IFormStore CreateStore();

    public async ValueTask DisposeAsync()
    {
        if (_store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected static JsonObject Data(string name) => new() { ["answers"] = new JsonObject { ["name"] = name }, ["items"] = new JsonObject() };

    protected static Func<Submission, IReadOnlyList<OutboxMessage>> TwoDestinations => s =>
    [
        new OutboxMessage(OutboxMessage.NewId(), "webhook", """{"url":"https://a.example/","secret":"a"}""", $$"""{"reference":"{{s.Reference}}"}"""),
        new OutboxMessage(OutboxMessage.NewId(), "email", """{"to":["team@example.gov.uk"],"language":"en"}""", $$"""{"reference":"{{s.Reference}}"}"""),
    ];

    [Fact]
    public async Task Submit_WithTwoDestinations_WritesTwoPendingDeliveriesWithTheSubmission()
    {
        var submission = await Store.SubmitAsync("form", "s1", Data("Ada"), ReferenceFormat.Default, TwoDestinations, Cancel);

        var deliveries = await Outbox.GetDeliveriesAsync("form", failedOnly: false, Cancel);

        Assert.Equal(["webhook", "email"], deliveries.Select(d => d.Message.Kind).Order().Reverse());
        Assert.All(deliveries, d => Assert.Equal((submission.Reference, DeliveryStatus.Pending, 0), (d.Reference, d.Status, d.Attempts)));
        Assert.All(deliveries, d => Assert.Contains(submission.Reference, d.Message.Payload, StringComparison.Ordinal));
        Assert.Equal(new OutboxStats(2, 0, submission.SubmittedAt), await Outbox.GetStatsAsync(Cancel) with { OldestPending = submission.SubmittedAt });
    }

    [Fact]
    public async Task Submit_WhenMakingTheDeliveriesFails_StoresNeitherTheSubmissionNorAnyDelivery()
    {
        Func<Submission, IReadOnlyList<OutboxMessage>> broken = s => [TwoDestinations(s)[0], null!];

        await Assert.ThrowsAnyAsync<Exception>(() => Store.SubmitAsync("form", "s1", Data("Ada"), ReferenceFormat.Default, broken, Cancel));

        Assert.Empty(await Store.GetSubmissionsAsync("form", Cancel));
        Assert.Empty(await Outbox.GetDeliveriesAsync("form", failedOnly: false, Cancel));
    }

    [Fact]
    public async Task Submit_TwiceForOneJourney_WritesTheDeliveriesOnce()
    {
        await Store.SubmitAsync("form", "s1", Data("Ada"), ReferenceFormat.Default, TwoDestinations, Cancel);
        await Store.SubmitAsync("form", "s1", Data("Ada"), ReferenceFormat.Default, TwoDestinations, Cancel);

        Assert.Equal(2, (await Outbox.GetDeliveriesAsync("form", failedOnly: false, Cancel)).Count);
    }

    [Fact]
    public async Task ClaimDue_AgainBeforeTheLeaseRunsOut_TakesNothingAndAfterItTakesTheSameIds()
    {
        var submission = await Store.SubmitAsync("form", "s1", Data("Ada"), ReferenceFormat.Default, TwoDestinations, Cancel);
        var now = submission.SubmittedAt;

        var first = await Outbox.ClaimDueAsync(10, now, now.AddMinutes(1), Cancel);
        var during = await Outbox.ClaimDueAsync(10, now.AddSeconds(30), now.AddMinutes(2), Cancel);
        var after = await Outbox.ClaimDueAsync(10, now.AddMinutes(1), now.AddMinutes(2), Cancel);

        Assert.Equal(2, first.Count);
        Assert.Empty(during);
        Assert.Equal(first.Select(i => i.Message.Id).Order(), after.Select(i => i.Message.Id).Order());
        Assert.All(after, i => Assert.Equal(2, i.Attempts));
    }

    [Fact]
    public async Task MarkRetry_ThenFailedThenReplayed_MovesThroughEachStatus()
    {
        var submission = await Store.SubmitAsync("form", "s1", Data("Ada"), ReferenceFormat.Default, TwoDestinations, Cancel);
        var now = submission.SubmittedAt;
        var claimed = await Outbox.ClaimDueAsync(10, now, now.AddMinutes(1), Cancel);
        var (retried, failed) = (claimed[0].Message.Id, claimed[1].Message.Id);

        await Outbox.MarkRetryAsync(retried, now.AddMinutes(5), "HTTP 503", Cancel);
        await Outbox.MarkFailedAsync(failed, "HTTP 410", Cancel);

        Assert.Empty(await Outbox.ClaimDueAsync(10, now.AddMinutes(4), now.AddMinutes(6), Cancel));
        var failedRow = Assert.Single(await Outbox.GetDeliveriesAsync("form", failedOnly: true, Cancel));
        Assert.Equal((failed, "HTTP 410"), (failedRow.Message.Id, failedRow.LastError));
        Assert.Equal((1L, 1L), ((await Outbox.GetStatsAsync(Cancel)).Pending, (await Outbox.GetStatsAsync(Cancel)).Failed));

        Assert.Equal(1, await Outbox.RetryAsync("form", null, now.AddMinutes(10), Cancel));
        var due = await Outbox.ClaimDueAsync(10, now.AddMinutes(10), now.AddMinutes(11), Cancel);
        Assert.Equal(new[] { failed, retried }.Order(), due.Select(i => i.Message.Id).Order());
        Assert.Equal(now.AddMinutes(10).ToUnixTimeMilliseconds(), due.Single(i => i.Message.Id == failed).RetryFrom.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task MarkSent_ThenReplayedById_IsPendingAgainWithTheSameId()
    {
        var submission = await Store.SubmitAsync("form", "s1", Data("Ada"), ReferenceFormat.Default, TwoDestinations, Cancel);
        var item = (await Outbox.ClaimDueAsync(1, submission.SubmittedAt, submission.SubmittedAt.AddMinutes(1), Cancel))[0];
        await Outbox.MarkSentAsync(item.Message.Id, submission.SubmittedAt.AddSeconds(1), Cancel);
        Assert.Equal(DeliveryStatus.Sent, (await Outbox.GetDeliveriesAsync("form", false, Cancel)).Single(d => d.Message.Id == item.Message.Id).Status);

        Assert.Equal(1, await Outbox.RetryAsync("form", item.Message.Id, submission.SubmittedAt.AddMinutes(2), Cancel));
        Assert.Equal(0, await Outbox.RetryAsync("other-form", item.Message.Id, submission.SubmittedAt.AddMinutes(2), Cancel));

        var again = await Outbox.ClaimDueAsync(10, submission.SubmittedAt.AddMinutes(2), submission.SubmittedAt.AddMinutes(3), Cancel);
        Assert.Contains(again, i => i.Message.Id == item.Message.Id && i.Status == DeliveryStatus.Pending);
    }

    [Fact]
    public async Task DeleteSent_BeforeACutOff_DeletesOnlyThoseDeliveredBeforeIt()
    {
        var submission = await Store.SubmitAsync("form", "s1", Data("Ada"), ReferenceFormat.Default, TwoDestinations, Cancel);
        await Store.SubmitAsync("form", "s2", Data("Bo"), ReferenceFormat.Default, TwoDestinations, Cancel);
        var ids = (await Outbox.GetDeliveriesAsync("form", false, Cancel)).Select(d => d.Message.Id).ToArray();
        await Outbox.MarkSentAsync(ids[0], submission.SubmittedAt.AddDays(1), Cancel);
        await Outbox.MarkSentAsync(ids[1], submission.SubmittedAt.AddDays(3), Cancel);
        await Outbox.MarkFailedAsync(ids[2], "HTTP 410", Cancel);

        var deleted = await Outbox.DeleteSentAsync(submission.SubmittedAt.AddDays(2), Cancel);

        Assert.Equal(1, deleted);
        Assert.Equal(ids[1..].Order(StringComparer.Ordinal), (await Outbox.GetDeliveriesAsync("form", false, Cancel)).Select(d => d.Message.Id).Order(StringComparer.Ordinal));
    }
}
