using Microsoft.Data.Sqlite;

namespace GovDesign.Forms.Storage;

/// <summary>Uploaded files, kept in the same database as the journeys and submissions they belong to.</summary>
public sealed partial class SqliteFormStore
{
    /// <inheritdoc />
    public async Task SaveFileAsync(StoredFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "INSERT INTO files (id, form_slug, session_id, name, content_type, content, created_at) VALUES ($id, $form, $session, $name, $type, $content, $at)",
            ("$id", file.Id), ("$form", file.FormSlug), ("$session", file.SessionId), ("$name", file.Name), ("$type", file.ContentType),
            ("$content", file.Content), ("$at", Text(_time.GetUtcNow())));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<StoredFile?> GetFileAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "SELECT form_slug, session_id, name, content_type, content, submission_reference FROM files WHERE id = $id", ("$id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new StoredFile(id, reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), (byte[])reader.GetValue(4))
        {
            SubmissionReference = reader.IsDBNull(5) ? null : reader.GetString(5),
        };
    }

    /// <summary>In the submit transaction: keeps the journey's files its answers name with the submission, deletes the rest.</summary>
    private static async Task KeepSubmittedFilesAsync(SqliteConnection connection, SqliteTransaction transaction, string sessionId, string reference, IReadOnlySet<string> fileIds, CancellationToken cancellationToken)
    {
        foreach (var id in fileIds)
        {
            await using var keep = Command(connection, "UPDATE files SET submission_reference = $reference WHERE id = $id AND session_id = $session",
                ("$reference", reference), ("$id", id), ("$session", sessionId));
            keep.Transaction = transaction;
            await keep.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var drop = Command(connection, "DELETE FROM files WHERE session_id = $session AND submission_reference IS NULL", ("$session", sessionId));
        drop.Transaction = transaction;
        await drop.ExecuteNonQueryAsync(cancellationToken);
    }
}
