using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Runner;
using Microsoft.Data.Sqlite;

namespace GovDesign.Forms.Storage;

/// <summary>
/// Keeps journeys and submissions in one SQLite file (write-ahead logging, full sync), creating the
/// tables on first use. Safe to share between requests.
/// </summary>
public sealed partial class SqliteFormStore : DbFormStore, IFormStore
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _initialise = new(1, 1);
    private volatile bool _ready;

    /// <summary>Creates a store over the database file at <paramref name="path"/> (created when missing).</summary>
    /// <param name="path">The database file.</param>
    /// <param name="time">The clock for timestamps; the system clock when null.</param>
    public SqliteFormStore(string path = FormRunnerOptions.DefaultDatabasePath, TimeProvider? time = null)
        : base(time)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public async Task RotateJourneyAsync(string oldSessionId, JourneyRecord journey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(journey);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = Command(connection,
            """
            INSERT INTO journeys (session_id, form_slug, state, updated_at, submission_reference) VALUES ($id, $form, $state, $at, $reference)
            ON CONFLICT (session_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at, submission_reference = excluded.submission_reference;
            DELETE FROM journeys WHERE session_id = $old
            """,
            ("$id", journey.SessionId), ("$form", journey.FormSlug), ("$state", journey.State.ToJsonString()), ("$at", Text(journey.UpdatedAt)),
            ("$reference", journey.SubmissionReference), ("$old", oldSessionId));
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteJourneyAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "DELETE FROM files WHERE session_id = $id AND submission_reference IS NULL; DELETE FROM journeys WHERE session_id = $id", ("$id", sessionId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteStaleJourneysAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var files = Command(connection,
            """
            DELETE FROM files WHERE submission_reference IS NULL AND created_at < $before
                AND session_id NOT IN (SELECT session_id FROM journeys WHERE updated_at >= $before)
                AND session_id NOT IN (SELECT session_id FROM saved_journeys WHERE used_at IS NULL)
            """,
            ("$before", Text(before)));
        files.Transaction = transaction;
        await files.ExecuteNonQueryAsync(cancellationToken);

        await using var journeys = Command(connection, "DELETE FROM journeys WHERE updated_at < $before", ("$before", Text(before)));
        journeys.Transaction = transaction;
        var deleted = await journeys.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Submission>> GetSubmissionsAsync(string formSlug, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "SELECT id, form_slug, session_id, reference, submitted_at, data FROM submissions WHERE form_slug = $form ORDER BY id", ("$form", formSlug));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<Submission>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(Read(reader));
        }

        return result;
    }

    /// <summary>SQLite's transactions take the write lock as they begin (<c>BEGIN IMMEDIATE</c>), which is lock enough.</summary>
    private protected override string LockRows => "";

    private protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    private protected override object TimeValue(DateTimeOffset time) => Text(time);

    private protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => Time(reader.GetString(ordinal));

    private protected override string JsonValue(string parameter) => parameter;

    private protected override string JsonText(string column) => column;

    private static Submission Read(SqliteDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Time(reader.GetString(4)),
        JsonNode.Parse(reader.GetString(5)) as JsonObject ?? []);

    private static string Text(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
