using GovDesign.Components;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace GovDesign.Patterns.Tests.Pages;

/// <summary>A service page with navigation builds its own header: under a path base, its links from the app's root go under it.</summary>
public sealed class ServicePagePathBaseTests
{
    [Fact]
    public async Task Render_UnderAPathBaseWithNavigation_HeaderLinksGoUnderIt()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddRazorComponents();
        builder.Services.AddGovDesignComponents();
        await using var app = builder.Build();
        app.UsePathBase("/svc");
        var layout = new ServiceLayout
        {
            Theme = new Theme { OrganisationName = "Department", OrganisationUrl = "/", ServiceName = "Apply for a permit", ServiceUrl = "/" },
            Navigation = [new ServiceNavigationItem { Text = "Your applications", Href = "/svc/applications" }],
        };
        app.MapGet("/page", () => new RazorComponentResult<ServicePage>(new { Title = "Hosted", Layout = layout }));
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var html = await client.GetStringAsync("/svc/page", TestContext.Current.CancellationToken);

        Assert.Contains("<a href=\"/svc/\" class=\"govuk-service-navigation__link\">Apply for a permit</a>", html);
        Assert.Contains("<a href=\"/svc/\" class=\"govuk-generic-header__homepage-link\">", html);
        Assert.Contains("href=\"/svc/applications\"", html);
    }
}
