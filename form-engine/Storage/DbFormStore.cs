using System.Data.Common;

namespace GovDesign.Forms.Storage;

/// <summary>
/// What the SQLite and PostgreSQL stores (GovDesign.Forms.Sqlite, GovDesign.Forms.PostgreSql) share, written once
/// over ADO.NET: saved journeys, uploaded files, the retention of submitted files and the reading of outbox rows.
/// Each store says how its database opens a connection and writes times and JSON, and keeps the SQL that differs
/// (tables, locks, submitting, the outbox's claims) itself. Only those two stores derive from it.
/// </summary>
public abstract partial class DbFormStore : ISubmittedFilesStore
{
    private protected DbFormStore(TimeProvider? time) => Clock = time ?? TimeProvider.System;

    /// <summary>The clock for timestamps.</summary>
    private protected TimeProvider Clock { get; }

    /// <summary>SQL that locks the rows a <c>SELECT</c> reads until the transaction ends, where a plain transaction does not (<c>FOR UPDATE</c>); empty where it does.</summary>
    private protected abstract string LockRows { get; }

    /// <summary>Opens a connection to the database, its tables created.</summary>
    private protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>A time as the database's time columns take it.</summary>
    private protected abstract object TimeValue(DateTimeOffset time);

    /// <summary>A time column as a <see cref="DateTimeOffset"/>.</summary>
    private protected abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>A parameter holding JSON text as the database's JSON columns take it, such as <c>CAST(@state AS jsonb)</c>.</summary>
    private protected abstract string JsonValue(string parameter);

    /// <summary>A JSON column read as text, such as <c>state::text</c>.</summary>
    private protected abstract string JsonText(string column);

    /// <inheritdoc />
    public async Task<int> DeleteSubmittedFilesAsync(DateTimeOffset submittedBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null,
            "DELETE FROM files WHERE submission_reference IN (SELECT reference FROM submissions WHERE submitted_at < @before)",
            ("@before", TimeValue(submittedBefore)));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A command on <paramref name="connection"/>, in <paramref name="transaction"/> when there is one, with <paramref name="parameters"/> (named <c>@name</c>; null is <c>NULL</c>).</summary>
    private protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Runs <paramref name="sql"/> in <paramref name="transaction"/>.</summary>
    private protected static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
