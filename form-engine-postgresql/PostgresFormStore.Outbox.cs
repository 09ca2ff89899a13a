using Npgsql;

namespace GovDesign.Forms.Storage;

/// <summary>The outbox: deliveries written with submissions, claimed by every runner sharing the database.</summary>
public sealed partial class PostgresFormStore : IDeliveryOutbox
{
    private static readonly Func<Submission, IReadOnlyList<OutboxMessage>> NoDeliveries = _ => [];

    private volatile bool _outboxReady;

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxItem>> ClaimDueAsync(int max, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default) =>
        // SKIP LOCKED: runners claiming at once each take rows the others have not locked, and none waits.
        QueryAsync(
            $"""
            UPDATE outbox SET next_attempt_at = @lease, attempts = attempts + 1
            WHERE id IN (SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= @now ORDER BY next_attempt_at LIMIT @max FOR UPDATE SKIP LOCKED)
            RETURNING {OutboxColumns}
            """,
            cancellationToken, ("lease", leaseUntil.ToUniversalTime()), ("now", now.ToUniversalTime()), ("max", max));

    /// <inheritdoc />
    public Task MarkSentAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE outbox SET status = 'sent', sent_at = @at, last_error = NULL WHERE id = @id", cancellationToken, ("id", id), ("at", at.ToUniversalTime()));

    /// <inheritdoc />
    public Task MarkRetryAsync(string id, DateTimeOffset nextAttempt, string error, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE outbox SET next_attempt_at = @next, last_error = @error WHERE id = @id AND status = 'pending'", cancellationToken,
            ("id", id), ("next", nextAttempt.ToUniversalTime()), ("error", error));

    /// <inheritdoc />
    public Task MarkFailedAsync(string id, string error, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE outbox SET status = 'failed', last_error = @error WHERE id = @id", cancellationToken, ("id", id), ("error", error));

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxItem>> GetDeliveriesAsync(string formSlug, bool failedOnly, CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {OutboxColumns} FROM outbox WHERE form_slug = @form AND (NOT @failed OR status = 'failed') ORDER BY created_at, id", cancellationToken,
            ("form", formSlug), ("failed", failedOnly));

    /// <inheritdoc />
    public Task<int> RetryAsync(string formSlug, string? id, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            """
            UPDATE outbox SET status = 'pending', next_attempt_at = @now, retry_from = @now, sent_at = NULL
            WHERE form_slug = @form AND ((CAST(@id AS text) IS NULL AND status = 'failed') OR id = @id)
            """,
            cancellationToken, ("form", formSlug), ("id", id), ("now", now.ToUniversalTime()));

    /// <inheritdoc />
    public Task<int> DeleteSentAsync(DateTimeOffset sentBefore, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM outbox WHERE status = 'sent' AND sent_at < @before", cancellationToken, ("before", sentBefore.ToUniversalTime()));

    /// <inheritdoc />
    public async Task<OutboxStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        await EnsureOutboxAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "SELECT count(*) FILTER (WHERE status = 'pending'), count(*) FILTER (WHERE status = 'failed'), min(retry_from) FILTER (WHERE status = 'pending') FROM outbox WHERE status IN ('pending', 'failed')");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new OutboxStats(reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2));
    }

    private static async Task EnqueueAsync(NpgsqlConnection connection, Submission submission, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            await using var insert = Command(connection,
                """
                INSERT INTO outbox (id, submission_id, form_slug, reference, kind, destination, payload, status, attempts, created_at, retry_from, next_attempt_at)
                VALUES (@id, @submission, @form, @reference, @kind, @destination, CAST(@payload AS json), 'pending', 0, @at, @at, @at)
                """,
                ("id", message.Id), ("submission", submission.Id), ("form", submission.FormSlug), ("reference", submission.Reference),
                ("kind", message.Kind), ("destination", message.Destination), ("payload", message.Payload), ("at", submission.SubmittedAt.ToUniversalTime()));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task<IReadOnlyList<OutboxItem>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await EnsureOutboxAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql, parameters);
        return await ReadOutboxAsync(command, cancellationToken);
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await EnsureOutboxAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task EnsureOutboxAsync(CancellationToken cancellationToken)
    {
        if (_outboxReady)
        {
            return;
        }

        await PostgresTables.EnsureAsync(_dataSource, ["outbox"],
            """
            CREATE TABLE IF NOT EXISTS outbox (
                id text PRIMARY KEY,
                submission_id bigint NOT NULL,
                form_slug text NOT NULL,
                reference text NOT NULL,
                kind text NOT NULL,
                destination text NOT NULL,
                payload json NOT NULL,
                status text NOT NULL,
                attempts integer NOT NULL,
                created_at timestamptz NOT NULL,
                retry_from timestamptz NOT NULL,
                next_attempt_at timestamptz NOT NULL,
                last_error text,
                sent_at timestamptz
            );
            CREATE INDEX IF NOT EXISTS outbox_due ON outbox (next_attempt_at) WHERE status = 'pending';
            CREATE INDEX IF NOT EXISTS outbox_by_form ON outbox (form_slug, created_at);
            """,
            async: true, cancellationToken);
        _outboxReady = true;
    }
}
