namespace GovDesign.Forms.Storage;

/// <summary>A delivery to write with a submission: one per destination.</summary>
/// <param name="Id">The delivery's id, the same on every attempt (a webhook's <c>webhook-id</c>); see <see cref="NewId"/>.</param>
/// <param name="Kind">What sends it: <c>webhook</c>, <c>email</c> (to the team) or <c>confirmation</c> (to the citizen).</param>
/// <param name="Destination">Where it goes, as JSON the sender reads (an address and a secret's name; never a secret).</param>
/// <param name="Payload">What is sent, as JSON.</param>
public sealed record OutboxMessage(string Id, string Kind, string Destination, string Payload)
{
    /// <summary>A new delivery id: <c>msg_</c> and a time-ordered unique value.</summary>
    /// <returns>The id.</returns>
    public static string NewId() => "msg_" + Guid.CreateVersion7().ToString("N");
}

/// <summary>Where a delivery stands.</summary>
public enum DeliveryStatus
{
    /// <summary>Waiting for its next attempt (or being attempted).</summary>
    Pending,

    /// <summary>Delivered.</summary>
    Sent,

    /// <summary>Given up: refused by the destination, or still failing when its retries ran out.</summary>
    Failed,
}

/// <summary>A delivery as the outbox holds it.</summary>
/// <param name="Message">The delivery.</param>
/// <param name="FormSlug">The form.</param>
/// <param name="Reference">The submission's reference.</param>
public sealed record OutboxItem(OutboxMessage Message, string FormSlug, string Reference)
{
    /// <summary>Where it stands.</summary>
    public DeliveryStatus Status { get; init; }

    /// <summary>How many attempts have been started.</summary>
    public int Attempts { get; init; }

    /// <summary>When it was written with its submission.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When its retries began: when it was written, or when an operator last replayed it.</summary>
    public DateTimeOffset RetryFrom { get; init; }

    /// <summary>When it is next due.</summary>
    public DateTimeOffset NextAttemptAt { get; init; }

    /// <summary>Why the last attempt failed (a status code or an error kind; never a secret or an answer).</summary>
    public string? LastError { get; init; }

    /// <summary>When it was delivered.</summary>
    public DateTimeOffset? SentAt { get; init; }
}

/// <summary>Counts for metrics and health.</summary>
/// <param name="Pending">Deliveries waiting.</param>
/// <param name="Failed">Deliveries given up.</param>
/// <param name="OldestPending">When the oldest waiting delivery's retries began; null when none waits.</param>
public sealed record OutboxStats(long Pending, long Failed, DateTimeOffset? OldestPending);
