using GovDesign.Forms.Runner.Hosting;
using GovDesign.Forms.Storage;

namespace GovDesign.Forms.Runner.SaveForLater;

/// <summary>
/// Deletes saved journeys older than <see cref="RetentionOptions.SavedJourneys"/>, used or not; the files
/// uploaded in them go with the next clean-up of stale journeys. A used link keeps no answers already, only
/// the hashes and times that tell a used link from a forged one and count requests.
/// </summary>
internal sealed class SavedJourneysCleanup(IFormStore store) : IStaleDataCleanup
{
    public string Kind => "saved journeys";

    public TimeSpan? RetentionOf(RetentionOptions retention) => store is ISavedJourneyStore ? retention.SavedJourneys : null;

    public Task<int> DeleteOlderThanAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        store is ISavedJourneyStore saved ? saved.DeleteSavedJourneysAsync(before, cancellationToken) : Task.FromResult(0);
}
