using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovDesign.Components.Tests.PageTemplate;

public sealed class PageTemplateHostingTests
{
    [Fact]
    public async Task Render_UnderAPathBase_LinksItsAssetsUnderIt()
    {
        await using var host = await HostedPage.StartAsync(services => services.AddGovDesignComponents(), app => app.UsePathBase("/svc"));

        var html = await host.Client.GetStringAsync("/svc/page", TestContext.Current.CancellationToken);

        Assert.Contains("<link rel=\"stylesheet\" href=\"/svc/_content/GovDesign.Components/dist/govdesign.css\"", html);
        Assert.Contains("<script type=\"module\" src=\"/svc/_content/GovDesign.Components/govdesign.mjs\"", html);
    }

    [Fact]
    public async Task Render_UnderAPathBase_HeaderLinksFromTheAppsRootGoUnderIt()
    {
        var theme = new Theme { OrganisationName = "Department", OrganisationUrl = "/", ServiceName = "Apply for a permit", ServiceUrl = "/" };
        await using var host = await HostedPage.StartAsync(services => services.AddGovDesignComponents(), app => app.UsePathBase("/svc"), theme);

        var html = await host.Client.GetStringAsync("/svc/page", TestContext.Current.CancellationToken);

        Assert.Contains("<a href=\"/svc/\" class=\"govuk-service-navigation__link\">Apply for a permit</a>", html);
        Assert.Contains("<a href=\"/svc/\" class=\"govuk-generic-header__homepage-link\">", html);
    }

    [Fact]
    public async Task Render_WithoutAPathBase_LinksAssetsFromTheRoot()
    {
        await using var host = await HostedPage.StartAsync(services => services.AddGovDesignComponents());

        var html = await host.Client.GetStringAsync("/page", TestContext.Current.CancellationToken);

        Assert.Contains("<link rel=\"stylesheet\" href=\"/_content/GovDesign.Components/dist/govdesign.css\"", html);
    }

    [Fact]
    public async Task Render_WhereMapStaticAssetsServesAFingerprintedCopy_LinksItUnderThePathBase()
    {
        // An endpoint as MapStaticAssets maps one: the fingerprinted route, naming the plain path in its label.
        const string Fingerprinted = "_content/GovDesign.Components/dist/govdesign.abc123.css";
        var asset = new StaticAssetDescriptor
        {
            Route = Fingerprinted,
            AssetPath = "dist/govdesign.css",
            Properties = [new StaticAssetProperty("label", "_content/GovDesign.Components/dist/govdesign.css")],
        };
        await using var host = await HostedPage.StartAsync(services => services.AddGovDesignComponents(), app =>
        {
            app.UsePathBase("/svc");
            app.MapGet(Fingerprinted, () => "").WithMetadata(asset);
        });

        var html = await host.Client.GetStringAsync("/svc/page", TestContext.Current.CancellationToken);

        Assert.Contains($"<link rel=\"stylesheet\" href=\"/svc/{Fingerprinted}\"", html);
        Assert.Contains("<script type=\"module\" src=\"/svc/_content/GovDesign.Components/govdesign.mjs\"", html);
    }

    [Fact]
    public async Task Render_WithoutAddGovDesignComponents_SaysToCallIt()
    {
        var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => renderer.Dispatcher.InvokeAsync(() =>
            renderer.RenderComponentAsync<Components.PageTemplate>(ParameterView.Empty)));

        Assert.Contains("builder.Services.AddGovDesignComponents()", error.Message);
    }
}
