namespace GovDesign.Forms.Runner;

/// <summary>
/// How save and return works for the forms that offer it (<c>"saveAndReturn": true</c>): how long a
/// link works and how often links may be asked for. Set under <c>FormRunner:SaveAndReturn</c>, such as
/// <c>FormRunner__SaveAndReturn__LinkLifetime=7.00:00:00</c>. The link is sent by the email settings of
/// delivery (<c>Delivery:Smtp</c>).
/// </summary>
public sealed class SaveAndReturnOptions
{
    /// <summary>
    /// How long a link works after it was sent. Null, the default, makes it as long as the saved answers
    /// are kept, <see cref="RetentionOptions.SavedJourneys"/> (28 days by default); a lifetime set here may
    /// be shorter than that, not longer.
    /// </summary>
    public TimeSpan? LinkLifetime { get; set; }

    /// <summary>The link lifetime in force: <see cref="LinkLifetime"/>, else <paramref name="retention"/>'s <see cref="RetentionOptions.SavedJourneys"/>.</summary>
    /// <param name="retention">The runner's retention settings.</param>
    /// <returns>The lifetime.</returns>
    public TimeSpan LinkLifetimeOr(RetentionOptions retention)
    {
        ArgumentNullException.ThrowIfNull(retention);
        return LinkLifetime ?? retention.SavedJourneys;
    }

    /// <summary>The most links sent to one email address within <see cref="RateWindow"/>: 5 by default. More get a "too many requests" page (429).</summary>
    public int LinksPerAddress { get; set; } = 5;

    /// <summary>The most links one client (IP address) may ask for within <see cref="RateWindow"/>, to any addresses: 20 by default.</summary>
    public int LinksPerClient { get; set; } = 20;

    /// <summary>The window the limits count over: 1 hour by default.</summary>
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The address links in emails start with, such as <c>https://forms.example.gov.uk</c> (with the path the
    /// runner is mounted at, if any). Null, the default, uses the address of the citizen's request: then
    /// restrict the host names the runner answers to (ASP.NET Core's <c>AllowedHosts</c>), so that a request
    /// with a forged <c>Host</c> header cannot put another site's address in an email.
    /// </summary>
    public Uri? BaseUrl { get; set; }
}
