using GovDesign.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorStaticApp;

/// <summary>
/// Builds the app: Blazor's static rendering of the pages under Pages/, one endpoint that returns a component,
/// and the same question from a Razor page (RazorPages/) and an MVC controller with a view (Mvc/, Views/).
/// </summary>
public static class StaticApp
{
    /// <summary>Builds the app; the tests call this with a loopback address.</summary>
    /// <param name="args">Command-line configuration, such as <c>--urls</c> or <c>--PathBase=/svc</c>.</param>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // The same name wherever the app is started from (the tests start it in their own process).
            ApplicationName = typeof(StaticApp).Assembly.GetName().Name,
        });
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents();
        builder.Services.AddControllersWithViews();
        builder.Services.AddRazorPages(options => options.RootDirectory = "/RazorPages");
        builder.Services.AddGovDesignComponents();

        var app = builder.Build();
        if (app.Configuration["PathBase"] is { Length: > 0 } pathBase)
        {
            app.UsePathBase(pathBase);
        }

        app.UseRouting();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().WithStaticAssets();
        app.MapControllers();
        app.MapRazorPages();

        // A page outside Blazor's router, as a service's own endpoints return one.
        app.MapGet("/result", () => new RazorComponentResult<PageTemplate>(new { PageTitle = "A page from an endpoint" }));
        return app;
    }
}
