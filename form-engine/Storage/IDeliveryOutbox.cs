namespace GovDesign.Forms.Storage;

/// <summary>
/// The deliveries written with submissions (<see cref="IFormStore.SubmitAsync(string, string, System.Text.Json.Nodes.JsonObject, Definitions.ReferenceFormat, Func{Submission, IReadOnlyList{OutboxMessage}}, CancellationToken)"/>),
/// for the deliverer and for operators. The stores implement it.
/// </summary>
public interface IDeliveryOutbox
{
    /// <summary>
    /// Takes up to <paramref name="max"/> due deliveries for an attempt: each one's next attempt moves to
    /// <paramref name="leaseUntil"/> (so that if this runner stops mid-attempt, another attempt is made then)
    /// and its attempts go up by one. On PostgreSQL several runners claim at once without taking the same row.
    /// </summary>
    /// <param name="max">The most to take.</param>
    /// <param name="now">The time; rows due by then are taken.</param>
    /// <param name="leaseUntil">When an unfinished attempt is due again.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deliveries taken.</returns>
    Task<IReadOnlyList<OutboxItem>> ClaimDueAsync(int max, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default);

    /// <summary>Records a delivery as sent.</summary>
    /// <param name="id">The delivery's id.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    Task MarkSentAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Records a failed attempt that will be retried at <paramref name="nextAttempt"/>.</summary>
    /// <param name="id">The delivery's id.</param>
    /// <param name="nextAttempt">When to try again.</param>
    /// <param name="error">Why it failed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    Task MarkRetryAsync(string id, DateTimeOffset nextAttempt, string error, CancellationToken cancellationToken = default);

    /// <summary>Records a delivery as given up.</summary>
    /// <param name="id">The delivery's id.</param>
    /// <param name="error">Why.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    Task MarkFailedAsync(string id, string error, CancellationToken cancellationToken = default);

    /// <summary>A form's deliveries, oldest first.</summary>
    /// <param name="formSlug">The form.</param>
    /// <param name="failedOnly">Only those given up.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deliveries.</returns>
    Task<IReadOnlyList<OutboxItem>> GetDeliveriesAsync(string formSlug, bool failedOnly, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replays deliveries: the one with <paramref name="id"/> whatever its status, or (when null) every failed
    /// one of the form. Each becomes due at <paramref name="now"/>, with its retries starting again then; its id stays.
    /// </summary>
    /// <param name="formSlug">The form.</param>
    /// <param name="id">One delivery's id, or null for every failed one.</param>
    /// <param name="now">The time.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many were replayed.</returns>
    Task<int> RetryAsync(string formSlug, string? id, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Deletes deliveries delivered before <paramref name="sentBefore"/> (their retention); pending and failed ones stay.</summary>
    /// <param name="sentBefore">The cut-off.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many were deleted.</returns>
    Task<int> DeleteSentAsync(DateTimeOffset sentBefore, CancellationToken cancellationToken = default);

    /// <summary>Counts pending and failed deliveries and finds the oldest pending one.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The counts.</returns>
    Task<OutboxStats> GetStatsAsync(CancellationToken cancellationToken = default);
}
