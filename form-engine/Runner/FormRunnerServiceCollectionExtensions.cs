using GovDesign.Components;
using GovDesign.Forms.Delivery;
using GovDesign.Forms.Runner.Health;
using GovDesign.Forms.Runner.Hosting;
using GovDesign.Forms.Runner.SaveForLater;
using GovDesign.Forms.Runner.Telemetry;
using GovDesign.Forms.Runner.Sessions;
using GovDesign.Forms.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner;

/// <summary>Registers the form runner's services.</summary>
public static class FormRunnerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the form runner: its forms (read from <see cref="FormRunnerOptions.Sources"/>, or the file or
    /// folder at <see cref="FormRunnerOptions.Source"/>, and checked as the application starts), the hourly
    /// clean-up of journeys nobody can resume, antiforgery, and the components it renders pages with. Add its
    /// store for journeys, files and submissions too, from its own package: <c>AddSqliteFormStore()</c>
    /// (GovDesign.Forms.Sqlite) or <c>AddPostgreSqlFormStore()</c> (GovDesign.Forms.PostgreSql); without one,
    /// the application stops as it starts, saying so. Its <see cref="FormCatalogue"/> is a service, to add and remove forms as the application runs.
    /// The options are read from the application's configuration first (<see cref="FormRunnerConfiguration"/>), then
    /// <paramref name="configure"/> sets what it sets, and they are checked as the application starts. It also adds the
    /// health checks tagged <see cref="FormRunnerHealthChecks.ReadyTag"/> (map them with
    /// <see cref="FormRunnerHealthEndpoints.MapFormRunnerHealthChecks"/>) and the counters of <see cref="FormRunnerMetrics"/>.
    /// Map its pages with <see cref="FormRunnerEndpointRouteBuilderExtensions.MapFormRunner(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder, string)"/>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Sets the options: at least where the forms are.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddFormRunner(this IServiceCollection services, Action<FormRunnerOptions> configure)
    {
        services.AddFormRunnerKeyName();
        services.AddFormDelivery();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStaleDataCleanup, SaveForLater.SavedJourneysCleanup>());
        services.TryAddKeyedSingleton<IFormStore>(Options.DefaultName, (sp, _) => sp.GetRequiredService<IFormStore>());
        services.TryAddSingleton(sp => sp.GetRequiredKeyedService<FormCatalogue>(Options.DefaultName));
        return services.AddFormRunner(Options.DefaultName, configure);
    }

    /// <summary>
    /// Adds the form runner with its options read from <paramref name="section"/> (such as
    /// <c>builder.Configuration.GetSection("Forms")</c>), on top of the <c>FormRunner</c> section the
    /// application's configuration may hold.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="section">The configuration to read the options from.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddFormRunner(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return services.AddFormRunner(options => FormRunnerConfiguration.Bind(section, "", options));
    }

    /// <summary>
    /// Adds a second runner, named <paramref name="name"/>, beside the application's own: its own forms,
    /// options and store (a keyed <see cref="IFormStore"/> registered under the name, else one the store package
    /// makes from its options: SQLite at its own <see cref="FormRunnerOptions.DatabasePath"/>, or PostgreSQL at its
    /// own <see cref="FormRunnerOptions.PostgresConnectionString"/>). Its catalogue is the keyed <see cref="FormCatalogue"/>
    /// of that name. Map it with <see cref="FormRunnerEndpointRouteBuilderExtensions.MapFormRunner(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder, string, string)"/>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="name">The runner's name.</param>
    /// <param name="configure">Sets the options: at least where the forms are.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddFormRunner(this IServiceCollection services, string name, Action<FormRunnerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configure);
        var added = services.Any(d => d.IsKeyedService && d.ServiceType == typeof(FormRunner) && Equals(d.ServiceKey, name));
        if (!added)
        {
            // Configuration first, so that the code's own settings have the last word.
            FormRunnerConfiguration.BindAndValidate(services, name);
        }

        services.Configure(name, configure);
        if (added)
        {
            return services;
        }

        services.AddGovDesignComponents();
        services.AddAntiforgery();
        BindAntiforgeryToSessions(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<FormRunnerMetrics>();
        FormRunnerHealthChecks.Add(services, name);
        services.AddKeyedSingleton(name, (sp, _) => new FormCatalogue(SourcesOf(OptionsOf(sp, name)), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("GovDesign.Forms.Runner"), name == Options.DefaultName ? SaveAndReturnCheck.For(SaveLinksOf(sp, name) is not null) : null));
        services.AddKeyedSingleton(name, (sp, _) => new FormRunner(OptionsOf(sp, name), sp.GetRequiredKeyedService<FormCatalogue>(name),
            sp.GetRequiredKeyedService<IFormStore>(name), sp.GetRequiredService<IAntiforgery>(), sp.GetRequiredService<IStringLocalizer<RunnerText>>(), sp.GetRequiredService<FormRunnerMetrics>(),
            name == Options.DefaultName ? sp.GetService<DeliveryPlanner>() : null, SaveLinksOf(sp, name)));
        services.AddSingleton<IHostedService>(sp => new FormCatalogueStartup(sp.GetRequiredKeyedService<FormCatalogue>(name)));
        services.AddSingleton<IHostedService>(sp => new StaleJourneyCleanup(sp.GetRequiredKeyedService<IFormStore>(name), Options.Create(OptionsOf(sp, name)),
            string.IsNullOrEmpty(name) ? sp.GetServices<IStaleDataCleanup>() : [], sp.GetRequiredService<ILogger<StaleJourneyCleanup>>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static FormRunnerOptions OptionsOf(IServiceProvider services, string name) =>
        services.GetRequiredService<IOptionsMonitor<FormRunnerOptions>>().Get(name);

    /// <summary>Save and return for the application's runner, when its store keeps saved journeys and email is configured; null otherwise (and for a named runner, which delivers nothing).</summary>
    private static SaveLinks? SaveLinksOf(IServiceProvider services, string name) =>
        name == Options.DefaultName && services.GetService<IOptions<DeliveryOptions>>() is { } delivery
            ? SaveLinks.For(services.GetRequiredKeyedService<IFormStore>(name), OptionsOf(services, name), delivery, services.GetRequiredService<TimeProvider>(),
                services.GetRequiredService<ILoggerFactory>().CreateLogger("GovDesign.Forms.Runner"))
            : null;

    private static IReadOnlyList<IFormSource> SourcesOf(FormRunnerOptions options) =>
        options.Sources.Count > 0 ? [.. options.Sources]
        : Directory.Exists(options.Source) ? [new FolderFormSource(options.Source)]
        : [new FileFormSource(options.Source)];

    /// <summary>
    /// Uses <see cref="SessionBoundAntiforgery"/> for antiforgery's additional data, unless the application
    /// has a provider of its own (then the runner's tokens are bound to no session, as ASP.NET Core's default).
    /// </summary>
    private static void BindAntiforgeryToSessions(IServiceCollection services)
    {
        var existing = services.LastOrDefault(d => d.ServiceType == typeof(IAntiforgeryAdditionalDataProvider));
        if (existing is null || existing.ImplementationType?.Name == "DefaultAntiforgeryAdditionalDataProvider")
        {
            services.Replace(ServiceDescriptor.Singleton<IAntiforgeryAdditionalDataProvider, SessionBoundAntiforgery>());
        }
    }
}
