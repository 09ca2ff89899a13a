using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;

namespace GovDesign.Forms.Storage;

/// <summary>A citizen's journey state, kept on the server and found by the session id in their cookie.</summary>
/// <param name="SessionId">The random session id.</param>
/// <param name="FormSlug">The form it belongs to.</param>
/// <param name="State">The state: the answers (<see cref="Journeys.FormAnswers.ToJson"/>) and anything else the runner keeps.</param>
/// <param name="UpdatedAt">When it was last saved.</param>
public sealed record JourneyRecord(string SessionId, string FormSlug, JsonObject State, DateTimeOffset UpdatedAt)
{
    /// <summary>The reference of the submission made from this journey, once submitted.</summary>
    public string? SubmissionReference { get; init; }
}

/// <summary>A saved submission.</summary>
/// <param name="Id">The store's id (increasing).</param>
/// <param name="FormSlug">The form.</param>
/// <param name="SessionId">The journey it came from; one submission per journey.</param>
/// <param name="Reference">The reference number the citizen was given.</param>
/// <param name="SubmittedAt">When it was saved.</param>
/// <param name="Data">The answers on the citizen's path (<see cref="Journeys.Journey.SubmissionData"/>).</param>
public sealed record Submission(long Id, string FormSlug, string SessionId, string Reference, DateTimeOffset SubmittedAt, JsonObject Data);

/// <summary>
/// Where journey state and submissions are kept: in SQLite (<c>SqliteFormStore</c>, package GovDesign.Forms.Sqlite)
/// for a service on one machine, or in PostgreSQL (<c>PostgresFormStore</c>, package GovDesign.Forms.PostgreSql)
/// for several runners sharing one database.
/// </summary>
public interface IFormStore
{
    /// <summary>Gets a journey by session id.</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The journey, or null when there is none (unknown, expired or forged id).</returns>
    Task<JourneyRecord?> GetJourneyAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a journey's state.</summary>
    /// <param name="journey">The journey.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    Task SaveJourneyAsync(JourneyRecord journey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves a journey to a new session id in one transaction: writes <paramref name="journey"/> (with its
    /// submission reference) and deletes the journey under <paramref name="oldSessionId"/>. The runner does
    /// this at submit, so a session id known to anyone else stops working. Two concurrent moves of one
    /// journey each leave their own copy.
    /// </summary>
    /// <param name="oldSessionId">The session id the journey had.</param>
    /// <param name="journey">The journey under its new session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the move is committed.</returns>
    Task RotateJourneyAsync(string oldSessionId, JourneyRecord journey, CancellationToken cancellationToken = default);

    /// <summary>Gets the submission made from a journey, if it was submitted.</summary>
    /// <param name="sessionId">The journey's session id when it was submitted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The submission, or null.</returns>
    Task<Submission?> FindSubmissionAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Deletes a journey and the files uploaded in it (not its submission, nor the submission's files).</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    Task DeleteJourneyAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes journeys not saved since <paramref name="before"/>, and the files uploaded in them that
    /// were not submitted. A submitted journey goes too: its submission (which holds the answers and the
    /// session id that keeps submitting idempotent) and the submission's files stay.
    /// </summary>
    /// <param name="before">The cut-off.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many were deleted.</returns>
    Task<int> DeleteStaleJourneysAsync(DateTimeOffset before, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a submission with a new reference number, in one transaction that also marks the journey
    /// submitted. Idempotent per journey: submitting the same session again returns the first submission.
    /// </summary>
    /// <param name="formSlug">The form.</param>
    /// <param name="sessionId">The journey's session id.</param>
    /// <param name="data">The answers to submit.</param>
    /// <param name="reference">The form's reference format.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The submission (the existing one when the journey was already submitted).</returns>
    Task<Submission> SubmitAsync(string formSlug, string sessionId, JsonObject data, ReferenceFormat reference, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a submission as <see cref="SubmitAsync(string, string, JsonObject, ReferenceFormat, CancellationToken)"/> does and,
    /// in the same transaction, the deliveries <paramref name="outbox"/> makes for it (one per destination),
    /// so that a submission is never stored without its deliveries nor they without it. A journey already
    /// submitted returns its submission and writes no more deliveries.
    /// </summary>
    /// <param name="formSlug">The form.</param>
    /// <param name="sessionId">The journey's session id.</param>
    /// <param name="data">The answers to submit.</param>
    /// <param name="reference">The form's reference format.</param>
    /// <param name="outbox">Makes the deliveries from the submission (with its reference and time); called inside the transaction.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The submission.</returns>
    Task<Submission> SubmitAsync(string formSlug, string sessionId, JsonObject data, ReferenceFormat reference, Func<Submission, IReadOnlyList<OutboxMessage>> outbox, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps a file a citizen uploaded, with their journey. Submitting the journey keeps the files its
    /// answers name (<see cref="StoredFile.IdsIn"/>) with the submission and deletes the others;
    /// deleting the journey, or letting it go stale, deletes its files.
    /// </summary>
    /// <param name="file">The file, with a new id from <see cref="StoredFile.Create"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    Task SaveFileAsync(StoredFile file, CancellationToken cancellationToken = default);

    /// <summary>Gets an uploaded file by id.</summary>
    /// <param name="id">The file's id, as the answer's <c>fileId</c> gives it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The file, or null when there is none.</returns>
    Task<StoredFile?> GetFileAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every submission of a form, oldest first.</summary>
    /// <param name="formSlug">The form.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The submissions.</returns>
    Task<IReadOnlyList<Submission>> GetSubmissionsAsync(string formSlug, CancellationToken cancellationToken = default);
}
