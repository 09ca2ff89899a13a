using GovDesign.Forms.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner.Hosting;

/// <summary>
/// Deletes journeys that nobody can use any more (not saved for <see cref="FormRunnerOptions.SessionLifetime"/>),
/// with the files uploaded in them that were not submitted: at start, then every
/// <see cref="FormRunnerOptions.JourneyCleanupInterval"/>. A citizen's answers are personal data: an
/// unfinished journey is kept no longer than it can be resumed, and a submitted one no longer than its
/// confirmation page can be shown again (the submission keeps the answers).
/// </summary>
internal sealed class StaleJourneyCleanup(IFormStore store, IOptions<FormRunnerOptions> options, ILogger<StaleJourneyCleanup> logger, TimeProvider time)
    : BackgroundService
{
    /// <summary>Deletes the stale journeys once.</summary>
    /// <returns>How many were deleted.</returns>
    public Task<int> RunOnceAsync(CancellationToken cancellationToken) =>
        store.DeleteStaleJourneysAsync(time.GetUtcNow() - options.Value.SessionLifetime, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.JourneyCleanupInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.JourneyCleanupInterval, time);
        do
        {
            try
            {
                var deleted = await RunOnceAsync(stoppingToken);
                if (deleted > 0)
                {
                    logger.LogInformation("Deleted {Count} unfinished journeys not saved for {Lifetime}", deleted, options.Value.SessionLifetime);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be briefly unavailable: try again next time rather than stop the runner.
                logger.LogWarning(e, "Could not delete stale journeys; will try again in {Interval}", options.Value.JourneyCleanupInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
