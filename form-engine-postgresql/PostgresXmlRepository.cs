using System.Data.Common;
using Npgsql;

namespace GovDesign.Forms.Storage;

/// <summary>
/// ASP.NET Data Protection keys kept in PostgreSQL (<see cref="DbXmlRepository"/>), so that several runners
/// sharing the database accept each other's antiforgery tokens and cookies. Give the database the care you
/// give the keys.
/// </summary>
public sealed class PostgresXmlRepository : DbXmlRepository
{
    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Creates a repository over a data source the caller owns.</summary>
    /// <param name="dataSource">The database's data source.</param>
    public PostgresXmlRepository(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource;
    }

    private protected override string Now => "now()";

    private protected override DbConnection OpenConnection() => _dataSource.OpenConnection();

    private protected override void CreateTable(DbConnection connection) =>
        // Synchronous, as IXmlRepository is: the task has completed when it returns.
        PostgresTables.EnsureAsync(_dataSource, ["data_protection_keys"],
            """
            CREATE TABLE IF NOT EXISTS data_protection_keys (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                friendly_name text,
                xml text NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now()
            );
            """,
            async: false, CancellationToken.None).GetAwaiter().GetResult();
}
