using Microsoft.Data.Sqlite;

namespace GovDesign.Forms.Storage;

/// <summary>Uploaded files: those a submission names stay with it.</summary>
public sealed partial class SqliteFormStore
{
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
