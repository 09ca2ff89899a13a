using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>Reads the runner's SQLite file directly, as an auditor would.</summary>
public static class SubmissionsDatabase
{
    public static long Count(string databasePath, string reference)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM submissions WHERE reference = $r";
        command.Parameters.AddWithValue("$r", reference);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The data stored for the submission with this reference: its answers and items.</summary>
    public static JsonObject Data(string databasePath, string reference)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT data FROM submissions WHERE reference = $r";
        command.Parameters.AddWithValue("$r", reference);
        return JsonNode.Parse((string)command.ExecuteScalar()!)!.AsObject();
    }

    public static long CountForSession(string databasePath, string reference)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM submissions WHERE session_id = (SELECT session_id FROM submissions WHERE reference = $r)";
        command.Parameters.AddWithValue("$r", reference);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The ids of the uploaded files in the database, all or those with one name.</summary>
    public static IReadOnlyList<string> FileIds(string databasePath, string? name = null)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM files WHERE $name IS NULL OR name = $name";
        command.Parameters.AddWithValue("$name", (object?)name ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>Makes the journeys of one session cookie look untouched since 2001, as if the session had expired.</summary>
    public static int AgeJourneys(string databasePath, string cookieValue)
    {
        var key = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Buffers.Text.Base64Url.DecodeFromChars(cookieValue)));
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE journeys SET updated_at = '2001-01-01T00:00:00.0000000Z' WHERE session_id LIKE $key";
        command.Parameters.AddWithValue("$key", key + ":%");
        return command.ExecuteNonQuery();
    }
}
