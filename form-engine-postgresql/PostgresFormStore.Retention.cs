namespace GovDesign.Forms.Storage;

/// <summary>The retention of submitted files.</summary>
public sealed partial class PostgresFormStore : ISubmittedFilesStore
{
    /// <inheritdoc />
    public async Task<int> DeleteSubmittedFilesAsync(DateTimeOffset submittedBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "DELETE FROM files WHERE submission_reference IN (SELECT reference FROM submissions WHERE submitted_at < @before)",
            ("before", submittedBefore.ToUniversalTime()));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
