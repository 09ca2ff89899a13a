using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using Microsoft.Data.Sqlite;

namespace GovDesign.Forms.Storage;

/// <summary>Submitting, and the database's tables.</summary>
public sealed partial class SqliteFormStore
{
    private const int SqliteConstraint = 19;

    /// <inheritdoc />
    public Task<Submission> SubmitAsync(string formSlug, string sessionId, JsonObject data, ReferenceFormat reference, CancellationToken cancellationToken = default) =>
        SubmitAsync(formSlug, sessionId, data, reference, NoDeliveries, cancellationToken);

    /// <inheritdoc />
    public async Task<Submission> SubmitAsync(string formSlug, string sessionId, JsonObject data, ReferenceFormat reference, Func<Submission, IReadOnlyList<OutboxMessage>> outbox, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        await using var connection = await OpenAsync(cancellationToken, durable: true);
        await EnsureOutboxAsync(connection, cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            // BEGIN IMMEDIATE: takes the write lock first, so two submits of one journey run one after the other.
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            if (await ExistingAsync(connection, transaction, sessionId, cancellationToken) is { } existing)
            {
                return existing;
            }

            var now = Clock.GetUtcNow();
            var number = reference.Generate(now);
            try
            {
                await using var insert = Command(connection,
                    "INSERT INTO submissions (form_slug, session_id, reference, submitted_at, data) VALUES ($form, $id, $reference, $at, $data) RETURNING id",
                    ("$form", formSlug), ("$id", sessionId), ("$reference", number), ("$at", Text(now)), ("$data", data.ToJsonString()));
                insert.Transaction = transaction;
                var id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;

                await using var mark = Command(connection, "UPDATE journeys SET submission_reference = $reference WHERE session_id = $id", ("$reference", number), ("$id", sessionId));
                mark.Transaction = transaction;
                await mark.ExecuteNonQueryAsync(cancellationToken);

                await KeepSubmittedFilesAsync(connection, transaction, sessionId, number, StoredFile.IdsIn(data), cancellationToken);
                var submission = new Submission(id, formSlug, sessionId, number, Time(Text(now)), (JsonObject)data.DeepClone());
                await EnqueueAsync(connection, transaction, submission, outbox(submission), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return submission;
            }
            catch (SqliteException e) when (e.SqliteErrorCode == SqliteConstraint && attempt < 5)
            {
                // The reference was taken (or another process submitted this journey): roll back and look again.
                await transaction.RollbackAsync(cancellationToken);
            }
        }
    }

    /// <inheritdoc />
    public async Task<Submission?> FindSubmissionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        return await ExistingAsync(connection, transaction, sessionId, cancellationToken);
    }

    private static async Task<Submission?> ExistingAsync(SqliteConnection connection, SqliteTransaction transaction, string sessionId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, "SELECT id, form_slug, session_id, reference, submitted_at, data FROM submissions WHERE session_id = $id", ("$id", sessionId));
        command.Transaction = transaction;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>
    /// Opens a pooled connection. A <paramref name="durable"/> write (a submission) is synced to disk
    /// before it commits, so a confirmed submission survives a power cut. Journey state uses WAL's
    /// NORMAL mode: it survives a crash of the runner, and on a power cut the citizen would at worst
    /// answer their last page again, which saves an fsync on every page they answer.
    /// </summary>
    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken, bool durable = false)
    {
        if (!_ready)
        {
            // A path such as data/forms.db: SQLite creates the file, not its folder.
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        }

        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var pragmas = Command(connection, durable ? "PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL;" : "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;"))
        {
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
        }

        if (!_ready)
        {
            await CreateTablesAsync(connection, cancellationToken);
        }

        return connection;
    }

    private async Task CreateTablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await _initialise.WaitAsync(cancellationToken);
        try
        {
            if (_ready)
            {
                return;
            }

            await using var command = Command(connection,
                """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS journeys (
                    session_id TEXT PRIMARY KEY,
                    form_slug TEXT NOT NULL,
                    state TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    submission_reference TEXT
                );
                CREATE TABLE IF NOT EXISTS submissions (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    form_slug TEXT NOT NULL,
                    session_id TEXT NOT NULL UNIQUE,
                    reference TEXT NOT NULL UNIQUE,
                    submitted_at TEXT NOT NULL,
                    data TEXT NOT NULL
                );
                CREATE TABLE IF NOT EXISTS files (
                    id TEXT PRIMARY KEY,
                    form_slug TEXT NOT NULL,
                    session_id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    content_type TEXT NOT NULL,
                    content BLOB NOT NULL,
                    created_at TEXT NOT NULL,
                    submission_reference TEXT
                );
                CREATE INDEX IF NOT EXISTS files_by_session ON files (session_id);
                CREATE INDEX IF NOT EXISTS submissions_by_form ON submissions (form_slug, id);
                CREATE INDEX IF NOT EXISTS journeys_by_age ON journeys (updated_at);
                CREATE TABLE IF NOT EXISTS saved_journeys (
                    token_hash TEXT PRIMARY KEY,
                    form_slug TEXT NOT NULL,
                    session_id TEXT NOT NULL,
                    state TEXT NOT NULL,
                    saved_at TEXT NOT NULL,
                    expires_at TEXT NOT NULL,
                    used_at TEXT,
                    address_hash TEXT NOT NULL,
                    client_hash TEXT NOT NULL
                );
                CREATE INDEX IF NOT EXISTS saved_journeys_by_session ON saved_journeys (session_id);
                CREATE INDEX IF NOT EXISTS saved_journeys_by_address ON saved_journeys (address_hash, saved_at);
                CREATE INDEX IF NOT EXISTS saved_journeys_by_client ON saved_journeys (client_hash, saved_at);
                CREATE INDEX IF NOT EXISTS saved_journeys_by_age ON saved_journeys (saved_at);
                """);
            await command.ExecuteNonQueryAsync(cancellationToken);
            _ready = true;
        }
        finally
        {
            _initialise.Release();
        }
    }
}
