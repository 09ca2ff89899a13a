namespace GovDesign.Site.Playground;

/// <summary>
/// The limits of the form playground, from configuration (<c>Playground:MaxDefinitionKilobytes</c>,
/// <c>Playground:TryMinutes</c>, <c>Playground:MaxForms</c>).
/// </summary>
public sealed record PlaygroundOptions
{
    /// <summary>The largest definition the playground checks, in bytes of UTF-8.</summary>
    public int MaxDefinitionBytes { get; init; } = 256 * 1024;

    /// <summary>How long a form being tried is kept after its last request.</summary>
    public TimeSpan TryLifetime { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How many forms may be tried at once; the least recently used goes first.</summary>
    public int MaxForms { get; init; } = 20;

    /// <summary>The largest request body: a form-encoded definition can take three bytes a character, plus the token.</summary>
    public long MaxRequestBytes => (MaxDefinitionBytes * 3L) + (16 * 1024);

    /// <summary>Reads the options from configuration, keeping the defaults for what is not set.</summary>
    public static PlaygroundOptions From(IConfiguration configuration)
    {
        var defaults = new PlaygroundOptions();
        return new PlaygroundOptions
        {
            MaxDefinitionBytes = configuration.GetValue("Playground:MaxDefinitionKilobytes", defaults.MaxDefinitionBytes / 1024) * 1024,
            TryLifetime = TimeSpan.FromMinutes(configuration.GetValue("Playground:TryMinutes", defaults.TryLifetime.TotalMinutes)),
            MaxForms = configuration.GetValue("Playground:MaxForms", defaults.MaxForms),
        };
    }
}
