namespace GovDesign.Forms.Delivery;

/// <summary>What became of one attempt.</summary>
internal enum OutcomeKind
{
    Sent,
    Retry,
    Permanent,
}

/// <summary>What became of one attempt, with a short reason for the log and the outbox (a status code or an error kind, never a secret or an answer).</summary>
internal sealed record DeliveryOutcome(OutcomeKind Kind, string Detail)
{
    public static DeliveryOutcome Sent(string detail) => new(OutcomeKind.Sent, detail);

    public static DeliveryOutcome Retry(string detail) => new(OutcomeKind.Retry, detail);

    public static DeliveryOutcome Permanent(string detail) => new(OutcomeKind.Permanent, detail);
}

/// <summary>Sends one kind of delivery (<c>webhook</c>, <c>email</c>, <c>confirmation</c>).</summary>
internal interface IDeliverySender
{
    IReadOnlyList<string> Kinds { get; }

    /// <summary>Makes one attempt. Throwing counts as a failure to retry.</summary>
    Task<DeliveryOutcome> SendAsync(Storage.OutboxItem item, CancellationToken cancellationToken);
}
