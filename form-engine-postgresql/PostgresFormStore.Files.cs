using Npgsql;

namespace GovDesign.Forms.Storage;

/// <summary>Uploaded files: those a submission names stay with it.</summary>
public sealed partial class PostgresFormStore
{
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
