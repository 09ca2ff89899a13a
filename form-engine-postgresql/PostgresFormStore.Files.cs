using Npgsql;

namespace GovDesign.Forms.Storage;

/// <summary>Uploaded files, kept in the same database as the journeys and submissions they belong to.</summary>
public sealed partial class PostgresFormStore
{
    /// <inheritdoc />
    public async Task SaveFileAsync(StoredFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "INSERT INTO files (id, form_slug, session_id, name, content_type, content, created_at) VALUES (@id, @form, @session, @name, @type, @content, @at)",
            ("id", file.Id), ("form", file.FormSlug), ("session", file.SessionId), ("name", file.Name), ("type", file.ContentType),
            ("content", file.Content), ("at", _time.GetUtcNow().ToUniversalTime()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<StoredFile?> GetFileAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "SELECT form_slug, session_id, name, content_type, content, submission_reference FROM files WHERE id = @id", ("id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new StoredFile(id, reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<byte[]>(4))
        {
            SubmissionReference = reader.IsDBNull(5) ? null : reader.GetString(5),
        };
    }

    /// <summary>In the submit transaction: keeps the journey's files its answers name with the submission, deletes the rest.</summary>
    private static async Task KeepSubmittedFilesAsync(NpgsqlConnection connection, string sessionId, string reference, IReadOnlySet<string> fileIds, CancellationToken cancellationToken)
    {
        await using (var keep = Command(connection, "UPDATE files SET submission_reference = @reference WHERE id = ANY(@ids) AND session_id = @session",
            ("reference", reference), ("ids", fileIds.ToArray()), ("session", sessionId)))
        {
            await keep.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var drop = Command(connection, "DELETE FROM files WHERE session_id = @session AND submission_reference IS NULL", ("session", sessionId));
        await drop.ExecuteNonQueryAsync(cancellationToken);
    }
}
