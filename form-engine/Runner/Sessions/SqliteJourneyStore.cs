using System.Text.Json.Nodes;
using GovDesign.Forms.Runner.Journeys;
using Microsoft.Data.Sqlite;

namespace GovDesign.Forms.Runner.Sessions;

/// <summary>The default store: one SQLite file, in WAL mode, created on first use.</summary>
internal sealed class SqliteJourneyStore : IJourneyStore
{
    private readonly string _connectionString;

    public SqliteJourneyStore(string path)
    {
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        using var connection = Open();
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS runner_journeys (
              session TEXT NOT NULL, form TEXT NOT NULL, state TEXT NOT NULL, reference TEXT NULL,
              updated INTEGER NOT NULL, PRIMARY KEY (session, form));
            CREATE TABLE IF NOT EXISTS runner_submissions (
              reference TEXT PRIMARY KEY, form TEXT NOT NULL, session TEXT NOT NULL, answers TEXT NOT NULL,
              created INTEGER NOT NULL, UNIQUE (session, form));
            """);
    }

    public async Task<JourneyState?> LoadAsync(string sessionKey, string form, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT state, reference FROM runner_journeys WHERE session = $s AND form = $f AND updated >= $t";
        command.Parameters.AddWithValue("$s", sessionKey);
        command.Parameters.AddWithValue("$f", form);
        command.Parameters.AddWithValue("$t", notBefore.ToUnixTimeSeconds());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? JourneyState.FromJson(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1))
            : null;
    }

    public async Task SaveAsync(string sessionKey, string form, JourneyState state, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO runner_journeys (session, form, state, reference, updated) VALUES ($s, $f, $state, NULL, $t)
            ON CONFLICT (session, form) DO UPDATE SET state = excluded.state, updated = excluded.updated
            """;
        command.Parameters.AddWithValue("$s", sessionKey);
        command.Parameters.AddWithValue("$f", form);
        command.Parameters.AddWithValue("$state", state.ToJson());
        command.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<string> SubmitAsync(string sessionKey, string form, string reference, JsonObject answers, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        await using (var existing = connection.CreateCommand())
        {
            existing.Transaction = transaction;
            existing.CommandText = "SELECT reference FROM runner_submissions WHERE session = $s AND form = $f";
            existing.Parameters.AddWithValue("$s", sessionKey);
            existing.Parameters.AddWithValue("$f", form);
            if (await existing.ExecuteScalarAsync(cancellationToken) is string first)
            {
                return first;
            }
        }

        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO runner_submissions (reference, form, session, answers, created) VALUES ($r, $f, $s, $a, $t);
            UPDATE runner_journeys SET reference = $r, updated = $t WHERE session = $s AND form = $f;
            """;
        insert.Parameters.AddWithValue("$r", reference);
        insert.Parameters.AddWithValue("$f", form);
        insert.Parameters.AddWithValue("$s", sessionKey);
        insert.Parameters.AddWithValue("$a", answers.ToJsonString());
        insert.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        await insert.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return reference;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
