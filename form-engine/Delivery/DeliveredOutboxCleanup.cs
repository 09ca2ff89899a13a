using GovDesign.Forms.Runner;
using GovDesign.Forms.Runner.Hosting;
using GovDesign.Forms.Storage;

namespace GovDesign.Forms.Delivery;

/// <summary>
/// Deletes outbox rows delivered longer ago than <see cref="RetentionOptions.DeliveredOutbox"/> (30 days by default),
/// in the runner's clean-up. A delivery still pending or given up stays, whatever its age: it is not done with.
/// </summary>
internal sealed class DeliveredOutboxCleanup(IDeliveryOutbox outbox) : IStaleDataCleanup
{
    public string Kind => "delivered outbox rows";

    public TimeSpan? RetentionOf(RetentionOptions retention) => retention.DeliveredOutbox;

    public Task<int> DeleteOlderThanAsync(DateTimeOffset before, CancellationToken cancellationToken) => outbox.DeleteSentAsync(before, cancellationToken);
}
