using System.Globalization;
using System.Text.Json;
using GovDesign.Components.Binding;
using GovDesign.Frontend;
using Microsoft.AspNetCore.Components;

namespace GovDesign.Components.Tests;

/// <summary>Renders one component from macro options (JSON), as a fixture would, in a chosen language.</summary>
internal static class Render
{
    public static async Task<string> Html<TComponent>(string optionsJson, string culture = "en")
        where TComponent : IComponent
    {
        using var options = JsonDocument.Parse(optionsJson);
        var parameters = OptionsBinder.Bind(typeof(TComponent), options.RootElement);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            await using var renderer = new FixtureRenderer();
            return await renderer.RenderAsync(new BoundFixture(typeof(TComponent), parameters));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
