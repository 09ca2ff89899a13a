namespace GovDesign.Forms.Storage;

/// <summary>Uploaded files, kept in the same database as the journeys and submissions they belong to.</summary>
public abstract partial class DbFormStore
{
    /// <inheritdoc cref="IFormStore.SaveFileAsync" />
    public async Task SaveFileAsync(StoredFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, null,
            "INSERT INTO files (id, form_slug, session_id, name, content_type, content, created_at) VALUES (@id, @form, @session, @name, @type, @content, @at)",
            cancellationToken, ("@id", file.Id), ("@form", file.FormSlug), ("@session", file.SessionId), ("@name", file.Name), ("@type", file.ContentType),
            ("@content", file.Content), ("@at", TimeValue(Clock.GetUtcNow())));
    }

    /// <inheritdoc cref="IFormStore.GetFileAsync" />
    public async Task<StoredFile?> GetFileAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT form_slug, session_id, name, content_type, content, submission_reference FROM files WHERE id = @id", ("@id", id));
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
}
