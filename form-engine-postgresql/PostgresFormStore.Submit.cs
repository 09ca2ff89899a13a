using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using Npgsql;

namespace GovDesign.Forms.Storage;

/// <summary>Submitting: one submission per journey, even when several runners submit it at once.</summary>
public sealed partial class PostgresFormStore
{
    /// <inheritdoc />
    public Task<Submission> SubmitAsync(string formSlug, string sessionId, JsonObject data, ReferenceFormat reference, CancellationToken cancellationToken = default) =>
        SubmitAsync(formSlug, sessionId, data, reference, NoDeliveries, cancellationToken);

    /// <inheritdoc />
    public async Task<Submission> SubmitAsync(string formSlug, string sessionId, JsonObject data, ReferenceFormat reference, Func<Submission, IReadOnlyList<OutboxMessage>> outbox, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(outbox);
        await EnsureOutboxAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

            // Held until commit or rollback: a second submit of this journey, from any runner, waits here
            // and then finds the first one's submission.
            await using (var lockJourney = Command(connection, "SELECT pg_advisory_xact_lock(hashtextextended(@id, 0))", ("id", sessionId)))
            {
                await lockJourney.ExecuteNonQueryAsync(cancellationToken);
            }

            if (await ExistingAsync(connection, sessionId, cancellationToken) is { } existing)
            {
                await transaction.CommitAsync(cancellationToken);
                return existing;
            }

            var now = Clock.GetUtcNow();
            var number = reference.Generate(now);
            try
            {
                var submission = await InsertAsync(connection, new Submission(0, formSlug, sessionId, number, now, data), cancellationToken);
                await using (var mark = Command(connection, "UPDATE journeys SET submission_reference = @reference WHERE session_id = @id", ("reference", number), ("id", sessionId)))
                {
                    await mark.ExecuteNonQueryAsync(cancellationToken);
                }

                await KeepSubmittedFilesAsync(connection, sessionId, number, StoredFile.IdsIn(data), cancellationToken);
                await EnqueueAsync(connection, submission, outbox(submission), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return submission;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && attempt < 5)
            {
                // The reference was taken by another submission: roll back and try a new one.
                await transaction.RollbackAsync(cancellationToken);
            }
        }
    }

    /// <summary>Inserts the submission; returns it with its id and the time as stored.</summary>
    private static async Task<Submission> InsertAsync(NpgsqlConnection connection, Submission submission, CancellationToken cancellationToken)
    {
        await using var insert = Command(connection,
            """
            INSERT INTO submissions (form_slug, session_id, reference, submitted_at, data) VALUES (@form, @id, @reference, @at, CAST(@data AS json))
            RETURNING id, submitted_at
            """,
            ("form", submission.FormSlug), ("id", submission.SessionId), ("reference", submission.Reference), ("at", submission.SubmittedAt.ToUniversalTime()),
            ("data", submission.Data.ToJsonString()));
        await using var reader = await insert.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return submission with { Id = reader.GetInt64(0), SubmittedAt = reader.GetFieldValue<DateTimeOffset>(1), Data = (JsonObject)submission.Data.DeepClone() };
    }

    /// <inheritdoc />
    public async Task<Submission?> FindSubmissionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ExistingAsync(connection, sessionId, cancellationToken);
    }

    private static async Task<Submission?> ExistingAsync(NpgsqlConnection connection, string sessionId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, $"{SelectSubmission} WHERE session_id = @id", ("id", sessionId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }
}
