using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Data.Sqlite;

namespace GovDesign.Forms.Storage;

/// <summary>
/// ASP.NET Data Protection keys kept in a table (<c>data_protection_keys</c>) of the runner's SQLite
/// file, beside the journeys they protect: a runner restarted in a new container, with the file on a
/// volume, still accepts the antiforgery tokens and cookies of pages its citizens have open. The table
/// is created on first use. Keys are stored as Data Protection writes them (encrypted when a
/// certificate is configured): give the file the care you give the keys.
/// </summary>
public sealed class SqliteXmlRepository : IXmlRepository
{
    private readonly string _path;
    private readonly string _connectionString;
    private readonly Lock _initialise = new();
    private volatile bool _ready;

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

    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT xml FROM data_protection_keys ORDER BY id";
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    /// <inheritdoc />
    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO data_protection_keys (friendly_name, xml, created_at) VALUES ($name, $xml, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))";
        command.Parameters.AddWithValue("$name", (object?)friendlyName ?? DBNull.Value);
        command.Parameters.AddWithValue("$xml", element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        if (!_ready)
        {
            // Data Protection may want its keys before the store first opened the file.
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        }

        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using (var pragmas = connection.CreateCommand())
        {
            // Another connection may be writing journeys: wait for it rather than fail.
            pragmas.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL;";
            pragmas.ExecuteNonQuery();
        }

        if (!_ready)
        {
            lock (_initialise)
            {
                if (!_ready)
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
                    _ready = true;
                }
            }
        }

        return connection;
    }
}
