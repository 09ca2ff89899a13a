using Microsoft.Extensions.DependencyInjection;

namespace GovDesign.Components;

/// <summary>Registers what GovDesign components need from dependency injection.</summary>
public static class GovDesignServiceCollectionExtensions
{
    /// <summary>
    /// Adds localisation of the components' default strings (English, Welsh, Vietnamese).
    /// Call it in an ASP.NET Core app, or on the service collection behind an <c>HtmlRenderer</c>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddGovDesignComponents(this IServiceCollection services)
    {
        services.AddLocalization();
        return services;
    }
}
