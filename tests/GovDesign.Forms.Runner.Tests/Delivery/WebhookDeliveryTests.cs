using System.Text.Json.Nodes;
using GovDesign.Forms.Storage;

namespace GovDesign.Forms.Runner.Tests.Delivery;

/// <summary>Webhooks over real HTTP to a receiver that checks signatures: each rule for sending, retrying and giving up.</summary>
public sealed class WebhookDeliveryTests : IAsyncLifetime
{
    private const string Secret = "whsec_c2VjcmV0LWZvci10aGUtdGVzdHMtb25seQ==";
    private WebhookReceiver _receiver = null!;
    private DeliveryRig _rig = null!;

    public async ValueTask InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync(Secret);
        _rig = new DeliveryRig(new()
        {
            ["Delivery:AllowLoopback"] = "true",
            ["Delivery:Secrets:test"] = Secret,
            ["Delivery:RequestTimeout"] = "00:00:01",
            ["Delivery:MaxAge"] = "01:00:00",
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _rig.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task Deliver_ReceiverAnswers200_SendsASignedPayloadOnceAndMarksItSent()
    {
        var submission = await _rig.SubmitAsync(_receiver.Address);

        Assert.Equal(1, await _rig.DeliverAsync());

        var received = Assert.Single(_receiver.Received);
        var delivery = await _rig.OnlyDeliveryAsync();
        Assert.True(received.Verified, "The receiver could not verify the signature.");
        Assert.Equal(delivery.Message.Id, received.Id);
        Assert.StartsWith("msg_", received.Id, StringComparison.Ordinal);
        Assert.Equal(submission.Reference, (string?)JsonNode.Parse(received.Body)!["reference"]);
        Assert.Equal(DeliveryStatus.Sent, delivery.Status);
        Assert.Equal(0, await _rig.DeliverAsync());
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(408)]
    [InlineData(429)]
    public async Task Deliver_ReceiverAnswersATransientStatus_RetriesLaterWithTheSameId(int status)
    {
        await _rig.SubmitAsync(_receiver.Address);
        _receiver.AnswerWith(status);

        await _rig.DeliverAsync();
        var waiting = await _rig.OnlyDeliveryAsync();
        Assert.Equal(0, await _rig.DeliverAsync());
        _rig.Clock.Now = waiting.NextAttemptAt;
        await _rig.DeliverAsync();

        Assert.Equal((DeliveryStatus.Pending, $"HTTP {status}"), (waiting.Status, waiting.LastError));
        Assert.True(waiting.NextAttemptAt > _rig.Clock.Now.AddSeconds(-6), "The first retry came sooner than half the first delay.");
        var attempts = _receiver.Received.ToList();
        Assert.Equal(2, attempts.Count);
        Assert.Equal(attempts[0].Id, attempts[1].Id);
        Assert.All(attempts, a => Assert.True(a.Verified));
        Assert.Equal(DeliveryStatus.Sent, (await _rig.OnlyDeliveryAsync()).Status);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    [InlineData(410)]
    [InlineData(301)]
    public async Task Deliver_ReceiverRefuses_FailsForGoodAfterOneAttempt(int status)
    {
        await _rig.SubmitAsync(_receiver.Address);
        _receiver.AnswerWith(status);

        await _rig.DeliverAsync();
        _rig.Clock.Now = _rig.Clock.Now.AddHours(2);
        await _rig.DeliverAsync();

        var delivery = await _rig.OnlyDeliveryAsync();
        Assert.Equal((DeliveryStatus.Failed, $"HTTP {status}"), (delivery.Status, delivery.LastError));
        Assert.Single(_receiver.Received);
        Assert.Contains(_rig.Logs, l => l.StartsWith("4103 ", StringComparison.Ordinal) && l.Contains($"HTTP {status}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deliver_ReceiverTooSlow_TimesOutAndRetries()
    {
        await _rig.SubmitAsync(_receiver.Address);
        _receiver.Delay = TimeSpan.FromSeconds(5);

        await _rig.DeliverAsync();

        var delivery = await _rig.OnlyDeliveryAsync();
        Assert.Equal((DeliveryStatus.Pending, "timeout"), (delivery.Status, delivery.LastError));
    }

    [Fact]
    public async Task Deliver_StillFailingWhenTheMaximumAgeRunsOut_GivesUp()
    {
        await _rig.SubmitAsync(_receiver.Address);
        _receiver.AnswerWith(Enumerable.Repeat(500, 50).ToArray());

        for (var i = 0; i < 50 && (await _rig.OnlyDeliveryAsync()) is { Status: DeliveryStatus.Pending } pending; i++)
        {
            _rig.Clock.Now = pending.NextAttemptAt;
            await _rig.DeliverAsync();
        }

        var delivery = await _rig.OnlyDeliveryAsync();
        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.Contains("gave up", delivery.LastError, StringComparison.Ordinal);
        Assert.True(delivery.Attempts is > 3 and < 20, $"{delivery.Attempts} attempts in an hour.");
        Assert.All(_receiver.Received, r => Assert.Equal(delivery.Message.Id, r.Id));
    }

    [Fact]
    public async Task Deliver_SecretNotConfigured_FailsWithoutSendingAndLogsNoSecretNorAnswer()
    {
        await _rig.SubmitAsync(_receiver.Address, secret: "missing");

        await _rig.DeliverAsync();

        var delivery = await _rig.OnlyDeliveryAsync();
        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.Contains("Delivery:Secrets:missing", delivery.LastError, StringComparison.Ordinal);
        Assert.Empty(_receiver.Received);
        Assert.DoesNotContain(_rig.Logs, l => l.Contains("c2VjcmV0", StringComparison.Ordinal) || l.Contains("form.submitted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deliver_DestinationKeepsFailing_CircuitOpensAndLaterDeliveriesWaitWithoutCallingIt()
    {
        // How many of the first six are sent before the breaker opens depends on scheduling (they go at once, and
        // a slow machine turns some into timeouts), so the test holds the rules that do not: the breaker opens only
        // after at least five failures (its minimum throughput), and once open no later delivery reaches the host.
        _receiver.AnswerWith(Enumerable.Repeat(500, 12).ToArray());
        for (var i = 0; i < 6; i++)
        {
            await _rig.SubmitAsync(_receiver.Address, session: $"first{i}");
        }

        await _rig.DeliverAsync();
        var first = (await _rig.Store.GetDeliveriesAsync("form", false, TestContext.Current.CancellationToken)).Select(d => d.Message.Id).ToHashSet();
        for (var i = 0; i < 6; i++)
        {
            await _rig.SubmitAsync(_receiver.Address, session: $"later{i}");
        }

        await _rig.DeliverAsync();

        var deliveries = await _rig.Store.GetDeliveriesAsync("form", false, TestContext.Current.CancellationToken);
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatus.Pending, d.Status));
        Assert.All(deliveries.Where(d => !first.Contains(d.Message.Id)), d => Assert.Equal("circuit open", d.LastError));
        Assert.InRange(deliveries.Count(d => first.Contains(d.Message.Id) && d.LastError != "circuit open"), 5, 6);
        Assert.All(_receiver.Received, r => Assert.Contains(r.Id, first));
    }
}
