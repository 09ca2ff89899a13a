using GovDesign.Forms.Storage;

namespace GovDesign.Site.Playground;

/// <summary>
/// The playground's outbox, in memory. The playground registers no deliverer: a form tried there
/// never sends anything anywhere, whatever its <c>delivery</c> section says.
/// </summary>
internal sealed partial class MemoryFormStore : IDeliveryOutbox
{
    private readonly Dictionary<string, OutboxItem> _outbox = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<OutboxItem>> ClaimDueAsync(int max, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        lock (_submitting)
        {
            var due = _outbox.Values.Where(i => i.Status == DeliveryStatus.Pending && i.NextAttemptAt <= now).OrderBy(i => i.NextAttemptAt).Take(max).ToList();
            var claimed = due.Select(i => _outbox[i.Message.Id] = i with { NextAttemptAt = leaseUntil, Attempts = i.Attempts + 1 }).ToList();
            return Task.FromResult<IReadOnlyList<OutboxItem>>(claimed);
        }
    }

    public Task MarkSentAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        Update(id, i => i with { Status = DeliveryStatus.Sent, SentAt = at, LastError = null });

    public Task MarkRetryAsync(string id, DateTimeOffset nextAttempt, string error, CancellationToken cancellationToken = default) =>
        Update(id, i => i.Status == DeliveryStatus.Pending ? i with { NextAttemptAt = nextAttempt, LastError = error } : i);

    public Task MarkFailedAsync(string id, string error, CancellationToken cancellationToken = default) =>
        Update(id, i => i with { Status = DeliveryStatus.Failed, LastError = error });

    public Task<IReadOnlyList<OutboxItem>> GetDeliveriesAsync(string formSlug, bool failedOnly, CancellationToken cancellationToken = default)
    {
        lock (_submitting)
        {
            return Task.FromResult<IReadOnlyList<OutboxItem>>([.. _outbox.Values.Where(i => i.FormSlug == formSlug && (!failedOnly || i.Status == DeliveryStatus.Failed)).OrderBy(i => i.CreatedAt)]);
        }
    }

    public Task<int> RetryAsync(string formSlug, string? id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (_submitting)
        {
            var which = _outbox.Values.Where(i => i.FormSlug == formSlug && (id is null ? i.Status == DeliveryStatus.Failed : i.Message.Id == id)).ToList();
            foreach (var item in which)
            {
                _outbox[item.Message.Id] = item with { Status = DeliveryStatus.Pending, NextAttemptAt = now, RetryFrom = now, SentAt = null };
            }

            return Task.FromResult(which.Count);
        }
    }

    public Task<int> DeleteSentAsync(DateTimeOffset sentBefore, CancellationToken cancellationToken = default)
    {
        lock (_submitting)
        {
            var sent = _outbox.Values.Where(i => i.Status == DeliveryStatus.Sent && i.SentAt < sentBefore).Select(i => i.Message.Id).ToList();
            sent.ForEach(id => _outbox.Remove(id));
            return Task.FromResult(sent.Count);
        }
    }

    public Task<OutboxStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        lock (_submitting)
        {
            var pending = _outbox.Values.Where(i => i.Status == DeliveryStatus.Pending).ToList();
            return Task.FromResult(new OutboxStats(pending.Count, _outbox.Values.Count(i => i.Status == DeliveryStatus.Failed),
                pending.Count == 0 ? null : pending.Min(i => i.RetryFrom)));
        }
    }

    private void Enqueue(Submission submission, IReadOnlyList<OutboxMessage> messages)
    {
        foreach (var message in messages)
        {
            _outbox[message.Id] = new OutboxItem(message, submission.FormSlug, submission.Reference)
            {
                CreatedAt = submission.SubmittedAt,
                RetryFrom = submission.SubmittedAt,
                NextAttemptAt = submission.SubmittedAt,
            };
        }
    }

    private void ForgetDeliveries(string formSlug)
    {
        lock (_submitting)
        {
            foreach (var id in _outbox.Values.Where(i => i.FormSlug == formSlug).Select(i => i.Message.Id).ToList())
            {
                _outbox.Remove(id);
            }
        }
    }

    private Task Update(string id, Func<OutboxItem, OutboxItem> change)
    {
        lock (_submitting)
        {
            if (_outbox.TryGetValue(id, out var item))
            {
                _outbox[id] = change(item);
            }

            return Task.CompletedTask;
        }
    }
}
