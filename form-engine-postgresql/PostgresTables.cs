using System.Text;
using Npgsql;

namespace GovDesign.Forms.Storage;

/// <summary>Creates GovDesign's PostgreSQL tables on first use, safely when several runners start at once.</summary>
internal static class PostgresTables
{
    /// <summary>
    /// Creates <paramref name="tables"/> with <paramref name="createSql"/> (<c>CREATE ... IF NOT EXISTS</c>
    /// statements) unless they all exist already. Creating takes a transaction-scoped advisory lock, so
    /// runners starting at once create the tables one after the other (two concurrent
    /// <c>CREATE TABLE IF NOT EXISTS</c> can otherwise fail), and creates the schema the connection
    /// string's <c>Search Path</c> names first. Tables that exist are left alone, without locks: a runner
    /// that starts while others are busy does not wait for them, nor they for it.
    /// </summary>
    /// <param name="dataSource">The database.</param>
    /// <param name="tables">The tables <paramref name="createSql"/> makes.</param>
    /// <param name="createSql">The statements.</param>
    /// <param name="async">Whether to do it asynchronously; when false the returned task has completed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public static async Task EnsureAsync(NpgsqlDataSource dataSource, string[] tables, string createSql, bool async, CancellationToken cancellationToken)
    {
        // CREATE INDEX IF NOT EXISTS locks its table even when the index exists, so creating can meet another
        // transaction's locks and PostgreSQL can end it as a deadlock's victim; the statements are safe to repeat.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await CreateUnlessPresentAsync(dataSource, tables, createSql, async, cancellationToken);
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 3)
            {
            }
        }
    }

    private static async Task CreateUnlessPresentAsync(NpgsqlDataSource dataSource, string[] tables, string createSql, bool async, CancellationToken cancellationToken)
    {
        var schema = FirstSchema(new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).SearchPath);
        await using var connection = async ? await dataSource.OpenConnectionAsync(cancellationToken) : dataSource.OpenConnection();
        await using (var exists = new NpgsqlCommand("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = coalesce(@schema, current_schema()) AND tablename = ANY(@tables)", connection))
        {
            exists.Parameters.AddWithValue("schema", (object?)schema ?? DBNull.Value);
            exists.Parameters.AddWithValue("tables", tables);
            if ((long)(async ? await exists.ExecuteScalarAsync(cancellationToken) : exists.ExecuteScalar())! == tables.Length)
            {
                return;
            }
        }

        var sql = new StringBuilder("SELECT pg_advisory_xact_lock(hashtextextended('govdesign-forms-tables', 0));\n");
        if (schema is not null)
        {
            sql.Append("CREATE SCHEMA IF NOT EXISTS \"").Append(schema.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\";\n");
        }

        sql.Append(createSql);
        await using var transaction = async ? await connection.BeginTransactionAsync(cancellationToken) : connection.BeginTransaction();
        await using var create = new NpgsqlCommand(sql.ToString(), connection);
        if (async)
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        else
        {
            create.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    /// <summary>The first schema of a search path (<c>forms, public</c> gives <c>forms</c>), unquoted; null for none or <c>$user</c>.</summary>
    /// <param name="searchPath">The search path, or null.</param>
    /// <returns>The schema name, or null.</returns>
    public static string? FirstSchema(string? searchPath)
    {
        if (string.IsNullOrWhiteSpace(searchPath))
        {
            return null;
        }

        var first = searchPath.Trim();
        if (first.StartsWith('"'))
        {
            // A quoted name ends at the next lone quote; a doubled quote inside it stands for one.
            var name = new StringBuilder();
            for (var i = 1; i < first.Length && (first[i] != '"' || (i + 1 < first.Length && first[++i] == '"')); i++)
            {
                name.Append(first[i]);
            }

            first = name.ToString();
        }
        else
        {
            first = first.Split(',')[0].Trim().ToLowerInvariant();
        }

        return first is "" or "$user" ? null : first;
    }
}
