using System.Data.Common;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace GovDesign.Forms.Storage;

/// <summary>
/// ASP.NET Data Protection keys kept in a table (<c>data_protection_keys</c>) of the runner's own database, beside
/// the journeys they protect: runners sharing the database accept each other's antiforgery tokens and cookies, and
/// a runner restarted on it accepts those of pages its citizens have open. The table is created on first use. Keys
/// are stored as Data Protection writes them (encrypted when a certificate is configured): give the database the
/// care you give the keys. The SQLite and PostgreSQL stores each say how to open their database and create the table;
/// only they derive from it.
/// </summary>
public abstract class DbXmlRepository : IXmlRepository
{
    private readonly Lock _initialise = new();
    private volatile bool _ready;

    private protected DbXmlRepository()
    {
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
        command.CommandText = "INSERT INTO data_protection_keys (friendly_name, xml, created_at) VALUES (@name, @xml, " + Now + ")";
        Add(command, "@name", friendlyName);
        Add(command, "@xml", element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }

    /// <summary>The database's current time, as SQL that its <c>created_at</c> column takes.</summary>
    private protected abstract string Now { get; }

    /// <summary>Opens a connection to the database.</summary>
    private protected abstract DbConnection OpenConnection();

    /// <summary>Creates the table when it is missing, once, before the first use of <paramref name="connection"/>.</summary>
    private protected abstract void CreateTable(DbConnection connection);

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private DbConnection Open()
    {
        var connection = OpenConnection();
        if (!_ready)
        {
            lock (_initialise)
            {
                if (!_ready)
                {
                    CreateTable(connection);
                    _ready = true;
                }
            }
        }

        return connection;
    }
}
