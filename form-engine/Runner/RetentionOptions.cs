namespace GovDesign.Forms.Runner;

/// <summary>
/// How long the runner keeps each kind of data it stores, for a service's privacy notice. The clean-up
/// (every <see cref="FormRunnerOptions.JourneyCleanupInterval"/>, and once at start) deletes what is
/// older. Set them in configuration under <c>FormRunner:Retention</c>, such as
/// <c>FormRunner__Retention__DeliveredOutbox=7.00:00:00</c>. Submissions themselves are never deleted by the runner.
/// </summary>
public sealed class RetentionOptions
{
    /// <summary>
    /// How long an unfinished (or just submitted) journey is kept after the citizen's last request.
    /// Null, the default, keeps it as long as it can be resumed: <see cref="FormRunnerOptions.SessionLifetime"/>.
    /// The files uploaded in a journey and not submitted go with it.
    /// </summary>
    public TimeSpan? Journeys { get; set; }

    /// <summary>How long a journey the citizen chose to save and come back to is kept after it was saved: 28 days by default.</summary>
    public TimeSpan SavedJourneys { get; set; } = TimeSpan.FromDays(28);

    /// <summary>How long an outbox row is kept after it was delivered (for a record of what was sent where): 30 days by default.</summary>
    public TimeSpan DeliveredOutbox { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// How long the files of a submission are kept after it was made. Null, the default, keeps them with
    /// the submission; set it once the files reach the team another way (delivery, export).
    /// </summary>
    public TimeSpan? SubmittedFiles { get; set; }

    /// <summary>The journeys' retention in force: <see cref="Journeys"/>, else <paramref name="sessionLifetime"/>.</summary>
    /// <param name="sessionLifetime">How long a journey can be resumed.</param>
    /// <returns>The period.</returns>
    public TimeSpan JourneysOr(TimeSpan sessionLifetime) => Journeys ?? sessionLifetime;
}
