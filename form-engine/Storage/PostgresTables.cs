using System.Text;
using Npgsql;

namespace GovDesign.Forms.Storage;

/// <summary>What every creator of GovDesign's PostgreSQL tables runs first, in its transaction.</summary>
internal static class PostgresTables
{
    /// <summary>
    /// SQL that takes a transaction-scoped advisory lock, so runners starting at once create the tables
    /// one after the other (two concurrent <c>CREATE TABLE IF NOT EXISTS</c> can otherwise fail), and
    /// creates the schema the connection string's <c>Search Path</c> names first, when there is one.
    /// </summary>
    /// <param name="connectionString">The connection string.</param>
    /// <returns>The SQL, ending with a semicolon and a new line.</returns>
    public static string Prepare(string connectionString)
    {
        var sql = "SELECT pg_advisory_xact_lock(hashtextextended('govdesign-forms-tables', 0));\n";
        var schema = FirstSchema(new NpgsqlConnectionStringBuilder(connectionString).SearchPath);
        return schema is null ? sql : sql + $"CREATE SCHEMA IF NOT EXISTS \"{schema.Replace("\"", "\"\"", StringComparison.Ordinal)}\";\n";
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
