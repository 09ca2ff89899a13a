using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection;
using GovDesign.Components.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace GovDesign.Components;

/// <summary>Registers what GovDesign components need from dependency injection.</summary>
public static class GovDesignServiceCollectionExtensions
{
    /// <summary>
    /// Adds localisation of the components' default strings (English, Welsh, Vietnamese), and an
    /// HTML encoder that writes letters of every script as themselves rather than as numeric
    /// references (unless the app registered its own). Call it in an ASP.NET Core app, or on the
    /// service collection behind an <c>HtmlRenderer</c>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddGovDesignComponents(this IServiceCollection services)
    {
        services.AddLocalization();

        // The localiser holds no state of its own (the language is read at each lookup): one for the app
        // spares every component that injects it a resolution and an allocation per render.
        services.TryAddSingleton<IStringLocalizer<ComponentText>, StringLocalizer<ComponentText>>();
        services.TryAddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        return services;
    }
}
