using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovDesign.Components.Tests.PageTemplate;

public sealed class HostedPagesTests
{
    [Fact]
    public async Task Render_InsideHostedPages_WritesOnlyTheBodysContent()
    {
        var html = await RenderAsync(hosted: true);

        Assert.DoesNotContain("<!DOCTYPE", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<html", html);
        Assert.DoesNotContain("<body", html);
        Assert.DoesNotContain("<title", html);
        Assert.StartsWith("<script>", html.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("<a href=\"#main-content\" class=\"govuk-skip-link\" data-module=\"govuk-skip-link\">", html);
        Assert.Contains("<main class=\"govuk-main-wrapper\" id=\"main-content\">", html);
        Assert.Contains("<p>Content</p>", html);
        Assert.Contains("<script type=\"module\" src=\"/_content/GovDesign.Components/govdesign.mjs\"></script>", html);
    }

    [Fact]
    public async Task Render_OutsideHostedPages_WritesTheWholeDocument()
    {
        var html = await RenderAsync(hosted: false);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\" class=\"govuk-template\">", html);
        Assert.Contains("<title>Hosted</title>", html);
        Assert.Contains("<body class=\"govuk-template__body\">", html);
    }

    private static async Task<string> RenderAsync(bool hosted)
    {
        var services = new ServiceCollection().AddLogging().AddGovDesignComponents().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        RenderFragment page = builder =>
        {
            builder.OpenComponent<Components.PageTemplate>(0);
            builder.AddComponentParameter(1, nameof(Components.PageTemplate.PageTitle), "Hosted");
            builder.AddComponentParameter(2, nameof(Components.PageTemplate.ChildContent), (RenderFragment)(content => content.AddMarkupContent(0, "<p>Content</p>")));
            builder.CloseComponent();
        };
        return await renderer.Dispatcher.InvokeAsync(async () => hosted
            ? (await renderer.RenderComponentAsync<HostedPages>(ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(HostedPages.ChildContent)] = page }))).ToHtmlString()
            : (await renderer.RenderComponentAsync<Components.PageTemplate>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(Components.PageTemplate.PageTitle)] = "Hosted",
            }))).ToHtmlString());
    }
}
