using GovDesign.Forms.Runner.Telemetry;
using GovDesign.Forms.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner.Hosting;

/// <summary>
/// Deletes stored data older than its retention period (<see cref="FormRunnerOptions.Retention"/>): at
/// start, then every <see cref="FormRunnerOptions.JourneyCleanupInterval"/>. Journeys nobody can use any
/// more go with the files uploaded in them that were not submitted; the files of old submissions go
/// when <see cref="RetentionOptions.SubmittedFiles"/> is set; each <see cref="IStaleDataCleanup"/> the
/// application registers (delivered outbox rows, saved journeys ...) deletes its own kind. A citizen's
/// answers are personal data: an unfinished journey is kept no longer than it can be resumed, and a
/// submitted one no longer than its confirmation page can be shown again (the submission keeps the answers).
/// </summary>
internal sealed class StaleJourneyCleanup(IFormStore store, IOptions<FormRunnerOptions> options, IEnumerable<IStaleDataCleanup> others,
    ILogger<StaleJourneyCleanup> logger, TimeProvider time) : BackgroundService
{
    private FormRunnerOptions Options => options.Value;

    /// <summary>Deletes the stale journeys once, then the other kinds of stale data.</summary>
    /// <returns>How many journeys were deleted.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        using var activity = FormRunnerMetrics.ActivitySource.StartActivity("govdesign.forms.cleanup");
        var now = time.GetUtcNow();
        var journeysKept = Options.Retention.JourneysOr(Options.SessionLifetime);
        var journeys = await RunAsync("journeys", journeysKept, () => store.DeleteStaleJourneysAsync(now - journeysKept, cancellationToken), rethrow: true);
        if (Options.Retention.SubmittedFiles is { } filesKept && store is ISubmittedFilesStore files)
        {
            await RunAsync("submitted files", filesKept, () => files.DeleteSubmittedFilesAsync(now - filesKept, cancellationToken), rethrow: false);
        }

        foreach (var other in others)
        {
            if (other.RetentionOf(Options.Retention) is { } kept)
            {
                await RunAsync(other.Kind, kept, () => other.DeleteOlderThanAsync(now - kept, cancellationToken), rethrow: false);
            }
        }

        return journeys;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Options.JourneyCleanupInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(Options.JourneyCleanupInterval, time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be briefly unavailable: try again next time rather than stop the runner.
                RunnerLog.CleanupFailed(logger, e, "journeys", Options.JourneyCleanupInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Deletes one kind and logs how many went; a failure of a kind other than journeys is logged and the others still run.</summary>
    private async Task<int> RunAsync(string kind, TimeSpan retention, Func<Task<int>> delete, bool rethrow)
    {
        try
        {
            var deleted = await delete();
            if (deleted > 0)
            {
                RunnerLog.StaleDataDeleted(logger, deleted, kind, retention);
            }

            return deleted;
        }
        catch (Exception e) when (!rethrow && e is not OperationCanceledException)
        {
            RunnerLog.CleanupFailed(logger, e, kind, Options.JourneyCleanupInterval);
            return 0;
        }
    }
}
