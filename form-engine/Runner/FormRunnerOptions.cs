using GovDesign.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Forms.Runner;

/// <summary>How the form runner finds its forms, where it keeps journeys, and the limits it puts on what citizens send.</summary>
public sealed class FormRunnerOptions
{
    /// <summary>
    /// A form definition file, or a folder whose <c>*.json</c> files are form definitions; read when
    /// <see cref="Sources"/> is empty. A single file that does not load stops the runner starting; in a
    /// folder, a form that does not load is logged and answers 503 while the others work.
    /// </summary>
    public string Source { get; set; } = "forms";

    /// <summary>Where the forms come from, when not <see cref="Source"/>: files, folders or definitions in memory, read in order.</summary>
    public IList<IFormSource> Sources { get; } = [];

    /// <summary>The SQLite file of <see cref="DatabasePath"/> when none is configured.</summary>
    public const string DefaultDatabasePath = "govdesign-forms.db";

    /// <summary>
    /// The SQLite file that holds journeys, submissions, files and the Data Protection keys when the store is
    /// GovDesign.Forms.Sqlite's (<c>AddSqliteFormStore</c>); created, with its folder, when missing.
    /// </summary>
    public string DatabasePath { get; set; } = DefaultDatabasePath;

    /// <summary>
    /// A PostgreSQL connection string (Npgsql's form, such as <c>Host=db;Database=forms;Username=forms</c>)
    /// for GovDesign.Forms.PostgreSql's store (<c>AddPostgreSqlFormStore</c>): journeys, submissions, files and
    /// the Data Protection keys go there, so several runners can share it. Configuration's <c>ConnectionStrings:Forms</c>
    /// sets it when the section does not. The SQLite store refuses to start when it is set, rather than ignore it.
    /// </summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>
    /// The start of the session cookies' names, which carry only a random id: each form has its own,
    /// <c>{CookieName}-{form}</c>, prefixed <c>__Host-</c> over HTTPS.
    /// </summary>
    public string CookieName { get; set; } = "govdesign-session";

    /// <summary>How long a journey is kept after the citizen's last request; older journeys start again.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(4);

    /// <summary>
    /// How often journeys older than <see cref="SessionLifetime"/> are deleted, with their uploaded files
    /// that were not submitted (submissions and their files stay); also once at start. Zero or less turns the clean-up off (for a service
    /// that deletes them itself).
    /// </summary>
    public TimeSpan JourneyCleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long each kind of stored data is kept before the clean-up deletes it: journeys, saved journeys,
    /// delivered outbox rows and the files of submissions (<see cref="RetentionOptions"/>).
    /// </summary>
    public RetentionOptions Retention { get; set; } = new();

    /// <summary>How long the links of save and return work and how often they may be asked for (<see cref="SaveAndReturnOptions"/>).</summary>
    public SaveAndReturnOptions SaveAndReturn { get; set; } = new();

    /// <summary>
    /// How long <see cref="Hosting.FormRunnerHost"/> waits, once asked to stop (Ctrl+C, SIGTERM), for the
    /// requests in flight and the background services to finish before it stops anyway. Give the
    /// orchestrator's grace period a few seconds more than this.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A PKCS#12 (<c>.pfx</c>) file whose certificate encrypts the Data Protection keys where they are
    /// stored (the database), so that a copy of the database alone cannot forge or read the runner's
    /// cookies and tokens. Null, the default, stores the keys as Data Protection writes them.
    /// Every runner sharing a database needs the same certificate. Read by <see cref="Hosting.FormRunnerHost"/>
    /// (<c>govdesign forms serve</c>); an application that adds the runner itself calls Data Protection's
    /// <c>ProtectKeysWithCertificate</c> instead.
    /// </summary>
    public string? KeyCertificatePath { get; set; }

    /// <summary>The password of <see cref="KeyCertificatePath"/>, if it has one: give it in the environment (<c>FormRunner__KeyCertificatePassword</c>), not on the command line.</summary>
    public string? KeyCertificatePassword { get; set; }

    /// <summary>The largest request body accepted; larger bodies get 413. A page with a file question takes up to <see cref="MaxUploadRequestBytes"/>.</summary>
    public long MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// The largest request body accepted by a page with a file question (or that question's own limit,
    /// <c>maxSizeMb</c>, and 256 KB more, when that is bigger); larger bodies get 413. A file over its
    /// question's limit but within this one gets the question's own "must be smaller than" message,
    /// with the page's other answers kept. 64 MB by default.
    /// </summary>
    public long MaxUploadRequestBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>The most form fields accepted in one POST; more get 400.</summary>
    public int MaxFormFields { get; set; } = 500;

    /// <summary>
    /// The proxies (IP addresses, such as <c>10.0.0.5</c>) or networks (CIDR, such as <c>10.0.0.0/8</c>)
    /// whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> headers <see cref="Hosting.FormRunnerHost"/>
    /// believes. Behind a proxy that ends TLS, name it here: the runner then knows the citizen's connection
    /// is HTTPS, and its cookies are <c>Secure</c> and <c>__Host-</c>. Empty, the default, believes no one
    /// (an application that maps the runner itself calls <c>UseForwardedHeaders</c> as it needs).
    /// </summary>
    public IList<string> TrustedProxies { get; } = [];

    /// <summary>The theme of every page (brand colour, organisation name, logo ...).</summary>
    public Theme Theme { get; set; } = new();

    /// <summary>Where the components' CSS and JavaScript are served from.</summary>
    public string AssetPath { get; set; } = "/_content/GovDesign.Components";

    /// <summary>The asset path as a link on <paramref name="request"/>: an application-relative path gets the path the application is mounted at.</summary>
    internal string AssetPathFor(HttpRequest request) =>
        AssetPath.StartsWith('/') && !AssetPath.StartsWith("//", StringComparison.Ordinal) ? request.PathBase + AssetPath : AssetPath;
}
