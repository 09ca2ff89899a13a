using Microsoft.Extensions.DependencyInjection;

namespace GovDesign.Components.Localization;

/// <summary>
/// Finds the localised default strings of GovDesign's components and page patterns in the app's
/// services, and says what to do when the app has not registered them.
/// </summary>
public static class GovDesignText
{
    /// <summary>The localiser of <typeparamref name="TText"/>'s strings.</summary>
    /// <typeparam name="TText">The class that names the strings, such as <see cref="ComponentText"/>.</typeparam>
    /// <param name="services">The services of the app (or of the <c>HtmlRenderer</c>).</param>
    /// <returns>The localiser.</returns>
    /// <exception cref="InvalidOperationException">The app did not call <c>AddGovDesignComponents()</c>.</exception>
    public static IStringLocalizer<TText> For<TText>(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetService<IStringLocalizer<TText>>() ?? throw new InvalidOperationException(
            $"GovDesign's components need their services: call builder.Services.AddGovDesignComponents() when the app starts " +
            $"(no IStringLocalizer<{typeof(TText).Name}> is registered).");
    }
}
