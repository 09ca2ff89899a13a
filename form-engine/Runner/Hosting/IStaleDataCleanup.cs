namespace GovDesign.Forms.Runner.Hosting;

/// <summary>
/// One more kind of stored data for the runner's clean-up to delete once it is older than its
/// retention period: register an implementation as a singleton (delivered outbox rows, saved
/// journeys ...) and the application's runner applies it at start and every
/// <see cref="FormRunnerOptions.JourneyCleanupInterval"/>, as it does for journeys.
/// </summary>
public interface IStaleDataCleanup
{
    /// <summary>What it deletes, for the log, such as <c>delivered outbox rows</c>.</summary>
    string Kind { get; }

    /// <summary>Its retention period, from the runner's settings (such as <see cref="RetentionOptions.DeliveredOutbox"/>).</summary>
    /// <param name="retention">The runner's retention settings.</param>
    /// <returns>The period; null keeps everything.</returns>
    TimeSpan? RetentionOf(RetentionOptions retention);

    /// <summary>Deletes what is older than <paramref name="before"/>.</summary>
    /// <param name="before">The cut-off.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many were deleted.</returns>
    Task<int> DeleteOlderThanAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
