using Microsoft.Data.Sqlite;

namespace GovDesign.Forms.Storage;

/// <summary>The outbox: deliveries written with submissions, and the one deliverer's claims on them.</summary>
public sealed partial class SqliteFormStore : IDeliveryOutbox
{
    private static readonly Func<Submission, IReadOnlyList<OutboxMessage>> NoDeliveries = _ => [];

    private volatile bool _outboxReady;

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutboxItem>> ClaimDueAsync(int max, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        // One deliverer per SQLite file: the UPDATE takes the write lock, so a claim is atomic.
        return await QueryAsync(
            $"""
            UPDATE outbox SET next_attempt_at = $lease, attempts = attempts + 1
            WHERE id IN (SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= $now ORDER BY next_attempt_at LIMIT $max)
            RETURNING {OutboxColumns}
            """,
            cancellationToken, ("$lease", Text(leaseUntil)), ("$now", Text(now)), ("$max", max));
    }

    /// <inheritdoc />
    public Task MarkSentAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE outbox SET status = 'sent', sent_at = $at, last_error = NULL WHERE id = $id", cancellationToken, ("$id", id), ("$at", Text(at)));

    /// <inheritdoc />
    public Task MarkRetryAsync(string id, DateTimeOffset nextAttempt, string error, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE outbox SET next_attempt_at = $next, last_error = $error WHERE id = $id AND status = 'pending'", cancellationToken,
            ("$id", id), ("$next", Text(nextAttempt)), ("$error", error));

    /// <inheritdoc />
    public Task MarkFailedAsync(string id, string error, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE outbox SET status = 'failed', last_error = $error WHERE id = $id", cancellationToken, ("$id", id), ("$error", error));

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxItem>> GetDeliveriesAsync(string formSlug, bool failedOnly, CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {OutboxColumns} FROM outbox WHERE form_slug = $form AND ($failed = 0 OR status = 'failed') ORDER BY created_at, id", cancellationToken,
            ("$form", formSlug), ("$failed", failedOnly ? 1 : 0));

    /// <inheritdoc />
    public Task<int> RetryAsync(string formSlug, string? id, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            """
            UPDATE outbox SET status = 'pending', next_attempt_at = $now, retry_from = $now, sent_at = NULL
            WHERE form_slug = $form AND (($id IS NULL AND status = 'failed') OR id = $id)
            """,
            cancellationToken, ("$form", formSlug), ("$id", id), ("$now", Text(now)));

    /// <inheritdoc />
    public Task<int> DeleteSentAsync(DateTimeOffset sentBefore, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM outbox WHERE status = 'sent' AND sent_at < $before", cancellationToken, ("$before", Text(sentBefore)));

    /// <inheritdoc />
    public async Task<OutboxStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenOutboxAsync(cancellationToken);
        await using var command = Command(connection,
            "SELECT count(*) FILTER (WHERE status = 'pending'), count(*) FILTER (WHERE status = 'failed'), min(retry_from) FILTER (WHERE status = 'pending') FROM outbox WHERE status IN ('pending', 'failed')");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new OutboxStats(reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : Time(reader.GetString(2)));
    }

    private static async Task EnqueueAsync(SqliteConnection connection, SqliteTransaction transaction, Submission submission, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            await using var insert = Command(connection,
                """
                INSERT INTO outbox (id, submission_id, form_slug, reference, kind, destination, payload, status, attempts, created_at, retry_from, next_attempt_at)
                VALUES ($id, $submission, $form, $reference, $kind, $destination, $payload, 'pending', 0, $at, $at, $at)
                """,
                ("$id", message.Id), ("$submission", submission.Id), ("$form", submission.FormSlug), ("$reference", submission.Reference),
                ("$kind", message.Kind), ("$destination", message.Destination), ("$payload", message.Payload), ("$at", Text(submission.SubmittedAt)));
            insert.Transaction = transaction;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task<IReadOnlyList<OutboxItem>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenOutboxAsync(cancellationToken);
        await using var command = Command(connection, sql, parameters);
        return await ReadOutboxAsync(command, cancellationToken);
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenOutboxAsync(cancellationToken);
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenOutboxAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        await EnsureOutboxAsync(connection, cancellationToken);
        return connection;
    }

    private async Task EnsureOutboxAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (_outboxReady)
        {
            return;
        }

        await using var command = Command(connection,
            """
            CREATE TABLE IF NOT EXISTS outbox (
                id TEXT PRIMARY KEY,
                submission_id INTEGER NOT NULL,
                form_slug TEXT NOT NULL,
                reference TEXT NOT NULL,
                kind TEXT NOT NULL,
                destination TEXT NOT NULL,
                payload TEXT NOT NULL,
                status TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                retry_from TEXT NOT NULL,
                next_attempt_at TEXT NOT NULL,
                last_error TEXT,
                sent_at TEXT
            );
            CREATE INDEX IF NOT EXISTS outbox_due ON outbox (status, next_attempt_at);
            CREATE INDEX IF NOT EXISTS outbox_by_form ON outbox (form_slug, created_at);
            """);
        await command.ExecuteNonQueryAsync(cancellationToken);
        _outboxReady = true;
    }
}
