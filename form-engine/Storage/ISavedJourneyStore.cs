using System.Text.Json.Nodes;

namespace GovDesign.Forms.Storage;

/// <summary>
/// A journey a citizen saved to come back to: a copy of its state, found by the SHA-256 hash of the
/// token in the link emailed to them (the token itself is never stored).
/// </summary>
/// <param name="TokenHash">The SHA-256 of the link's token, in lower-case hex.</param>
/// <param name="FormSlug">The form.</param>
/// <param name="SessionId">The journey it was saved from; the files uploaded in it stay while the link can be used.</param>
/// <param name="State">The journey's state (answers and language).</param>
/// <param name="SavedAt">When it was saved.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
public sealed record SavedJourney(string TokenHash, string FormSlug, string SessionId, JsonObject State, DateTimeOffset SavedAt, DateTimeOffset ExpiresAt)
{
    /// <summary>The SHA-256 of the address the link was sent to (trimmed, lower case), to count requests per address; never the address.</summary>
    public string AddressHash { get; init; } = "";

    /// <summary>The SHA-256 of the client's IP address, to count requests per client.</summary>
    public string ClientHash { get; init; } = "";

    /// <summary>When the link was used (or withdrawn); null while it can be used.</summary>
    public DateTimeOffset? UsedAt { get; init; }

    /// <summary>What the link is worth at <paramref name="now"/>: used, expired or usable.</summary>
    /// <param name="now">The time now.</param>
    /// <returns>The status.</returns>
    public SavedJourneyStatus StatusAt(DateTimeOffset now) =>
        UsedAt is not null ? SavedJourneyStatus.Used : ExpiresAt <= now ? SavedJourneyStatus.Expired : SavedJourneyStatus.Usable;
}

/// <summary>What opening a saved journey's link found.</summary>
public enum SavedJourneyStatus
{
    /// <summary>The link works: it is known, unused and not expired.</summary>
    Usable,

    /// <summary>No such link for this form: mistyped, forged, or deleted after its retention period.</summary>
    Unknown,

    /// <summary>The link was used already (or replaced by a newer one, or withdrawn when its email could not be sent).</summary>
    Used,

    /// <summary>The link's time is up.</summary>
    Expired,
}

/// <summary>
/// A store that keeps saved journeys for save and return. <c>SqliteFormStore</c> (GovDesign.Forms.Sqlite) and
/// <c>PostgresFormStore</c> (GovDesign.Forms.PostgreSql) are both one; the runner offers save and return only on a store that is.
/// </summary>
public interface ISavedJourneyStore
{
    /// <summary>
    /// Keeps <paramref name="saved"/>. Earlier links saved from the same journey that were not used stop
    /// working (they count as used), so only the newest link brings the answers back.
    /// </summary>
    /// <param name="saved">The saved journey.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    Task SaveJourneyForLaterAsync(SavedJourney saved, CancellationToken cancellationToken = default);

    /// <summary>How many links were asked for since <paramref name="since"/> for the address and by the client, for rate limiting.</summary>
    /// <param name="addressHash">The address's hash (<see cref="SavedJourney.AddressHash"/>).</param>
    /// <param name="clientHash">The client's hash (<see cref="SavedJourney.ClientHash"/>).</param>
    /// <param name="since">The start of the window.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The two counts.</returns>
    Task<(int ForAddress, int ForClient)> CountSavedJourneysAsync(string addressHash, string clientHash, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Looks a link up without using it (for the page a mail scanner may open).</summary>
    /// <param name="formSlug">The form the link is for.</param>
    /// <param name="tokenHash">The hash of the link's token.</param>
    /// <param name="now">The time now.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What was found, and the saved journey when it is known.</returns>
    Task<(SavedJourneyStatus Status, SavedJourney? Saved)> FindSavedJourneyAsync(string formSlug, string tokenHash, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Uses a link, once: in one transaction, marks it used (and forgets its copy of the answers), writes the
    /// journey under <paramref name="newSessionId"/> and moves the files uploaded in it there. Of two
    /// concurrent uses, one restores and the other finds it <see cref="SavedJourneyStatus.Used"/>.
    /// </summary>
    /// <param name="formSlug">The form the link is for.</param>
    /// <param name="tokenHash">The hash of the link's token.</param>
    /// <param name="newSessionId">The session the journey continues under.</param>
    /// <param name="now">The time now.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What was found; the journey is restored only when it is <see cref="SavedJourneyStatus.Usable"/>.</returns>
    Task<SavedJourneyStatus> RestoreSavedJourneyAsync(string formSlug, string tokenHash, string newSessionId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Stops a link working (when its email could not be sent); it still counts for rate limiting.</summary>
    /// <param name="tokenHash">The hash of the link's token.</param>
    /// <param name="now">The time now.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    Task WithdrawSavedJourneyAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Deletes saved journeys saved before <paramref name="savedBefore"/>, used or not (retention); the files uploaded in them then go with the next clean-up of stale journeys.</summary>
    /// <param name="savedBefore">The cut-off.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many were deleted.</returns>
    Task<int> DeleteSavedJourneysAsync(DateTimeOffset savedBefore, CancellationToken cancellationToken = default);
}
