using GovDesign.Components;
using Microsoft.AspNetCore.Antiforgery;
using GovDesign.Forms.Runner.Definitions;
using GovDesign.Forms.Runner.Hosting;
using GovDesign.Forms.Runner.Sessions;
using GovDesign.Forms.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner;

/// <summary>Registers the form runner's services.</summary>
public static class FormRunnerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the form runner: its forms (loaded once, at the first request), the store for journeys,
    /// files and submissions (SQLite, or PostgreSQL when <see cref="FormRunnerOptions.PostgresConnectionString"/>
    /// is set), the hourly clean-up of journeys nobody can resume, antiforgery, and the components it
    /// renders pages with.
    /// Map its pages with <see cref="FormRunnerEndpointRouteBuilderExtensions.MapFormRunner"/>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Sets the options: at least <see cref="FormRunnerOptions.Source"/>.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddFormRunner(this IServiceCollection services, Action<FormRunnerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        services.AddGovDesignComponents();
        services.AddAntiforgery();
        BindAntiforgeryToSessions(services);
        services.TryAddSingleton<FormCatalogue>();
        services.AddFormRunnerStore();
        services.TryAddSingleton<SessionCookies>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<StaleJourneyCleanup>();
        return services;
    }

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
