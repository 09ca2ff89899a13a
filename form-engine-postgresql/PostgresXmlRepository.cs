using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace GovDesign.Forms.Storage;

/// <summary>
/// ASP.NET Data Protection keys kept in a PostgreSQL table (<c>data_protection_keys</c>), so that
/// several runners sharing the database accept each other's antiforgery tokens and cookies. The
/// table is created on first use. Keys are stored as Data Protection writes them: give the database
/// the care you give the keys.
/// </summary>
public sealed class PostgresXmlRepository : IXmlRepository
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly Lock _initialise = new();
    private volatile bool _ready;

    /// <summary>Creates a repository over a data source the caller owns.</summary>
    /// <param name="dataSource">The database's data source.</param>
    public PostgresXmlRepository(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource;
    }

    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = Open();
        using var command = new NpgsqlCommand("SELECT xml FROM data_protection_keys ORDER BY id", connection);
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
        using var command = new NpgsqlCommand("INSERT INTO data_protection_keys (friendly_name, xml) VALUES (@name, @xml)", connection);
        command.Parameters.AddWithValue("name", (object?)friendlyName ?? DBNull.Value);
        command.Parameters.AddWithValue("xml", element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }

    private NpgsqlConnection Open()
    {
        if (!_ready)
        {
            lock (_initialise)
            {
                if (!_ready)
                {
                    CreateTable();
                    _ready = true;
                }
            }
        }

        return _dataSource.OpenConnection();
    }

    private void CreateTable()
    {
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
}
