using GovDesign.Forms.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Delivery;

/// <summary>
/// Sends what the outbox holds, at least once each: claims due deliveries, sends them (several at once),
/// and records each as sent, to retry later (backoff with jitter, the time kept in the row) or failed.
/// An attempt interrupted by a crash is made again when its claim runs out, with the same delivery id.
/// </summary>
internal sealed partial class Deliverer(
    IDeliveryOutbox outbox, IEnumerable<IDeliverySender> senders, IOptions<DeliveryOptions> options, DeliveryMetrics metrics, ILogger<Deliverer> logger, TimeProvider time)
    : BackgroundService
{
    private readonly Dictionary<string, IDeliverySender> _senders = senders.SelectMany(s => s.Kinds.Select(k => (k, s))).ToDictionary(p => p.k, p => p.s, StringComparer.Ordinal);
    private readonly DeliveryOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await DeliverDueAsync(stoppingToken) == 0)
                {
                    metrics.Observe(await outbox.GetStatsAsync(stoppingToken));
                    await Task.Delay(_options.PollInterval, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be away for a moment: wait, and look again.
                LogOutboxUnavailable(logger, e.GetType().Name);
                await Task.Delay(_options.PollInterval * 5, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Claims and sends one batch of due deliveries; returns how many it claimed.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var lease = now + (_options.RequestTimeout * 2) + TimeSpan.FromSeconds(30);
        var batch = await outbox.ClaimDueAsync(_options.Concurrency * 4, now, lease, cancellationToken);

        // An attempt under way finishes even when the host is stopping, so that it is recorded once.
        await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = _options.Concurrency }, (item, _) => new ValueTask(DeliverAsync(item)));
        return batch.Count;
    }

    private async Task DeliverAsync(OutboxItem item)
    {
        var message = item.Message;
        var destination = DeliveryDestination.Describe(message);
        DeliveryOutcome outcome;
        try
        {
            outcome = _senders.TryGetValue(message.Kind, out var sender)
                ? await sender.SendAsync(item, CancellationToken.None)
                : DeliveryOutcome.Permanent($"nothing sends deliveries of kind \"{message.Kind}\"");
        }
        catch (Exception e)
        {
            outcome = DeliveryOutcome.Retry(e.GetType().Name);
        }

        var now = time.GetUtcNow();
        switch (outcome.Kind)
        {
            case OutcomeKind.Sent:
                await outbox.MarkSentAsync(message.Id, now);
                metrics.Sent(message.Kind);
                LogSent(logger, message.Id, destination, item.Attempts);
                break;
            case OutcomeKind.Retry when RetrySchedule.Next(now, item.RetryFrom, item.Attempts, _options, Random.Shared) is { } next:
                await outbox.MarkRetryAsync(message.Id, next, outcome.Detail);
                LogRetry(logger, message.Id, destination, outcome.Detail, item.Attempts, next);
                break;
            default:
                var reason = outcome.Kind == OutcomeKind.Retry ? $"{outcome.Detail}; gave up after {item.Attempts} attempts over {_options.MaxAge}" : outcome.Detail;
                await outbox.MarkFailedAsync(message.Id, reason);
                metrics.Failed(message.Kind);
                LogFailed(logger, message.Id, destination, reason, item.Attempts);
                break;
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Delivery {DeliveryId} sent to {Destination} (attempt {Attempt})")]
    private static partial void LogSent(ILogger logger, string deliveryId, string destination, int attempt);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Delivery {DeliveryId} to {Destination} failed with {Status} (attempt {Attempt}); next attempt at {NextAttempt:O}")]
    private static partial void LogRetry(ILogger logger, string deliveryId, string destination, string status, int attempt, DateTimeOffset nextAttempt);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Error, Message = "Delivery {DeliveryId} to {Destination} failed for good with {Status} (attempt {Attempt}); replay it with govdesign forms deliveries --retry")]
    private static partial void LogFailed(ILogger logger, string deliveryId, string destination, string status, int attempt);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "The outbox could not be read ({Error}); trying again shortly")]
    private static partial void LogOutboxUnavailable(ILogger logger, string error);
}
