namespace GovDesign.Forms.Delivery;

/// <summary>
/// How the runner delivers submissions, bound from the configuration section <c>Delivery</c>
/// (environment variables <c>Delivery__...</c>) and checked as the application starts.
/// </summary>
public sealed class DeliveryOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "Delivery";

    /// <summary>Whether webhooks may go to loopback addresses, over http too: for development only. False by default.</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>Whether webhooks may go to private and link-local addresses (10/8, 192.168/16, fc00::/7 ...). False by default.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>How long a delivery is retried before it is given up as failed: 3 days by default.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(3);

    /// <summary>The wait before the first retry; each later one waits about twice as long, with jitter. 10 seconds by default.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between two attempts: 1 hour by default.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long one webhook request may take: 30 seconds by default.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the deliverer looks for due deliveries when it has nothing to do: every second by default.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many deliveries one runner sends at once: 16 by default.</summary>
    public int Concurrency { get; set; } = 16;

    /// <summary>
    /// Files up to this size (each) go inside a webhook's payload as base64; larger ones are left out, with a
    /// link when <see cref="FileLinks"/> has a base address, else a note. 5 MB by default; 0 sends none inline.
    /// </summary>
    public long MaxInlineFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Signed, expiring download links to uploaded files in webhook payloads, served by the runner.</summary>
    public FileLinkSettings FileLinks { get; set; } = new();

    /// <summary>Uploaded files attached to the team's email, at most this many bytes in all: 10 MB by default; 0 attaches none.</summary>
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The health check "deliveries" reports unhealthy when a delivery has waited longer than this: 1 hour by default.</summary>
    public TimeSpan HealthyPendingAge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Signing secrets by name: a form's webhook names one (<c>Delivery:Secrets:cases</c>, or <c>Delivery__Secrets__cases</c>).</summary>
    public Dictionary<string, string> Secrets { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How email is sent.</summary>
    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>Destinations added to every form's own.</summary>
    public DefaultDestinations Defaults { get; set; } = new();
}

/// <summary>Signed, expiring links to uploaded files, which a webhook's receiver downloads from the runner.</summary>
public sealed class FileLinkSettings
{
    /// <summary>
    /// Where citizens reach the runner's forms, such as <c>https://forms.example.gov.uk</c> (with the path the forms are
    /// mapped at, if any). When set, every file answer in a webhook payload gets a <c>url</c>; unset, no links are made.
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>How long a link works after the attempt that sent it: 7 days by default.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(7);
}

/// <summary>The SMTP server email goes through, or a pickup folder for development.</summary>
public sealed class SmtpSettings
{
    /// <summary>The server's host name; email is not sent without it (or <see cref="PickupFolder"/>).</summary>
    public string? Host { get; set; }

    /// <summary>The port: 587 by default (STARTTLS).</summary>
    public int Port { get; set; } = 587;

    /// <summary>Whether to require TLS (STARTTLS, or TLS from the start on port 465). True by default.</summary>
    public bool UseTls { get; set; } = true;

    /// <summary>The user name, when the server wants one.</summary>
    public string? UserName { get; set; }

    /// <summary>The password; give it through configuration or the environment (<c>Delivery__Smtp__Password</c>).</summary>
    public string? Password { get; set; }

    /// <summary>The sender address, like <c>forms@example.gov.uk</c>.</summary>
    public string From { get; set; } = "";

    /// <summary>A folder that gets each message as an .eml file instead of sending it, for development.</summary>
    public string? PickupFolder { get; set; }

    /// <summary>Whether email can be sent.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) || !string.IsNullOrWhiteSpace(PickupFolder);
}

/// <summary>Destinations every form gets, as well as those its definition names.</summary>
public sealed class DefaultDestinations
{
    /// <summary>Webhooks for every form.</summary>
    public List<DefaultWebhook> Webhooks { get; set; } = [];

    /// <summary>Addresses that get a notification of every form's submissions.</summary>
    public List<string> EmailTo { get; set; } = [];
}

/// <summary>A webhook in configuration.</summary>
public sealed class DefaultWebhook
{
    /// <summary>The receiver's address.</summary>
    public string Url { get; set; } = "";

    /// <summary>The name of its secret in <see cref="DeliveryOptions.Secrets"/>.</summary>
    public string Secret { get; set; } = "";
}
