using System.Data.Common;
using System.Text.Json.Nodes;
using Npgsql;

namespace GovDesign.Forms.Storage;

/// <summary>
/// Keeps journeys, submissions and uploaded files in PostgreSQL, creating the tables on first use.
/// Several runners can share one database: submits of one journey are serialised by the database,
/// not by the process. Safe to share between requests.
/// </summary>
public sealed partial class PostgresFormStore : DbFormStore, IFormStore, IAsyncDisposable, IDisposable
{
    private const string SelectSubmission = "SELECT id, form_slug, session_id, reference, submitted_at, data::text FROM submissions";

    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;
    private readonly SemaphoreSlim _initialise = new(1, 1);
    private volatile bool _ready;

    /// <summary>Creates a store over the database the connection string names; a schema in its <c>Search Path</c> is created when missing.</summary>
    /// <param name="connectionString">An Npgsql connection string, such as <c>Host=db;Database=forms;Username=forms;Password=...</c>.</param>
    /// <param name="time">The clock for timestamps; the system clock when null.</param>
    public PostgresFormStore(string connectionString, TimeProvider? time = null)
        : this(NpgsqlDataSource.Create(connectionString), time) => _ownsDataSource = true;

    /// <summary>Creates a store over a data source the caller owns (and disposes).</summary>
    /// <param name="dataSource">The data source.</param>
    /// <param name="time">The clock for timestamps; the system clock when null.</param>
    public PostgresFormStore(NpgsqlDataSource dataSource, TimeProvider? time = null)
        : base(time)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource;
    }

    /// <inheritdoc />
    public async Task RotateJourneyAsync(string oldSessionId, JourneyRecord journey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(journey);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var save = Command(connection,
            """
            INSERT INTO journeys (session_id, form_slug, state, updated_at, submission_reference) VALUES (@id, @form, CAST(@state AS jsonb), @at, @reference)
            ON CONFLICT (session_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at, submission_reference = excluded.submission_reference
            """,
            ("id", journey.SessionId), ("form", journey.FormSlug), ("state", journey.State.ToJsonString()), ("at", journey.UpdatedAt.ToUniversalTime()),
            ("reference", journey.SubmissionReference)))
        {
            await save.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var drop = Command(connection, "DELETE FROM journeys WHERE session_id = @id", ("id", oldSessionId)))
        {
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteJourneyAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var files = Command(connection, "DELETE FROM files WHERE session_id = @id AND submission_reference IS NULL", ("id", sessionId)))
        {
            await files.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var journeys = Command(connection, "DELETE FROM journeys WHERE session_id = @id", ("id", sessionId)))
        {
            await journeys.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteStaleJourneysAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        var cutOff = before.ToUniversalTime();
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var files = Command(connection,
            """
            DELETE FROM files WHERE submission_reference IS NULL AND created_at < @before
                AND session_id NOT IN (SELECT session_id FROM journeys WHERE updated_at >= @before)
                AND session_id NOT IN (SELECT session_id FROM saved_journeys WHERE used_at IS NULL)
            """,
            ("before", cutOff)))
        {
            await files.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var journeys = Command(connection, "DELETE FROM journeys WHERE updated_at < @before", ("before", cutOff));
        var deleted = await journeys.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Submission>> GetSubmissionsAsync(string formSlug, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"{SelectSubmission} WHERE form_slug = @form ORDER BY id", ("form", formSlug));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<Submission>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(Read(reader));
        }

        return result;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_ownsDataSource)
        {
            await _dataSource.DisposeAsync();
        }

        _initialise.Dispose();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsDataSource)
        {
            _dataSource.Dispose();
        }

        _initialise.Dispose();
    }

    /// <summary>Of two runners reading one row to change it, the second waits until the first commits.</summary>
    private protected override string LockRows => " FOR UPDATE";

    private protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    private protected override object TimeValue(DateTimeOffset time) => time.ToUniversalTime();

    private protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    private protected override string JsonValue(string parameter) => $"CAST({parameter} AS jsonb)";

    private protected override string JsonText(string column) => $"{column}::text";

    private static Submission Read(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4),
        JsonNode.Parse(reader.GetString(5)) as JsonObject ?? []);

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
