namespace GovDesign.Forms.Storage;

/// <summary>A store that can delete the files of old submissions, for a retention period (the submissions' answers stay).</summary>
public interface ISubmittedFilesStore
{
    /// <summary>Deletes the files kept with submissions made before <paramref name="submittedBefore"/>.</summary>
    /// <param name="submittedBefore">The cut-off.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many files were deleted.</returns>
    Task<int> DeleteSubmittedFilesAsync(DateTimeOffset submittedBefore, CancellationToken cancellationToken = default);
}
