using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using GovDesign.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovDesign.Patterns.Tests.Pages;

/// <summary>Renders a page pattern outside any request, in a given language, and parses the HTML.</summary>
internal static class PageRenderer
{
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
        .AddGovDesignComponents()
        .BuildServiceProvider();

    public static async Task<IDocument> RenderAsync<TComponent>(Dictionary<string, object?> parameters, string language = "en")
        where TComponent : IComponent
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            await using var renderer = new HtmlRenderer(Services, Services.GetRequiredService<ILoggerFactory>());
            var html = await renderer.Dispatcher.InvokeAsync(async () =>
                (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
            return new HtmlParser().ParseDocument(html);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>Child content made of one paragraph of text.</summary>
    public static RenderFragment Text(string text) => builder =>
    {
        builder.OpenElement(0, "p");
        builder.AddContent(1, text);
        builder.CloseElement();
    };

    /// <summary>An example layout: organisation, service, beta phase, footer links.</summary>
    public static ServiceLayout Layout { get; } = new()
    {
        Theme = new Theme { OrganisationName = "Department of Tests", ServiceName = "Apply for a test" },
        Phase = "Beta",
        FeedbackUrl = "/feedback",
        CookiesUrl = "/cookies",
        AccessibilityStatementUrl = "/accessibility",
        PrivacyUrl = "/privacy",
    };
}
