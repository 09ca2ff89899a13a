using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace GovDesign.Forms.Storage;

/// <summary>
/// ASP.NET Data Protection keys kept in the runner's SQLite file (<see cref="DbXmlRepository"/>): a runner
/// restarted in a new container, with the file on a volume, still accepts the antiforgery tokens and cookies of
/// pages its citizens have open. Give the file the care you give the keys.
/// </summary>
public sealed class SqliteXmlRepository : DbXmlRepository
{
    private readonly string _path;
    private readonly string _connectionString;

    /// <summary>Creates a repository over the SQLite file at <paramref name="path"/> (created when missing).</summary>
    /// <param name="path">The database file, usually the runner's own.</param>
    public SqliteXmlRepository(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _path = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    private protected override string Now => "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

    private protected override DbConnection OpenConnection()
    {
        // Data Protection may want its keys before the store first opened the file.
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragmas = connection.CreateCommand();

        // Another connection may be writing journeys: wait for it rather than fail.
        pragmas.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL;";
        pragmas.ExecuteNonQuery();
        return connection;
    }

    private protected override void CreateTable(DbConnection connection)
    {
        using var create = connection.CreateCommand();
        create.CommandText =
            """
            CREATE TABLE IF NOT EXISTS data_protection_keys (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                friendly_name TEXT,
                xml TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """;
        create.ExecuteNonQuery();
    }
}
