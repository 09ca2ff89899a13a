using Microsoft.AspNetCore.WebUtilities;
using System.Globalization;
using GovDesign.Components;
using GovDesign.Site.Examples;
using GovDesign.Site.Examples.Patterns;
using GovDesign.Site.Forms;
using GovDesign.Site.Guidance;
using GovDesign.Site.Pages;
using GovDesign.Site.Playground;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;

namespace GovDesign.Site;

/// <summary>
/// The GovDesign docs site: guidance pages from <c>guidance/</c> with live examples, search,
/// every govuk-frontend fixture on a page of its own, and themes side by side.
/// </summary>
public static class SiteApp
{
    public static readonly string[] Languages = ["en", "cy", "vi"];

    /// <summary>Where the site serves the form schema: the path of its stable address.</summary>
    public static readonly string SchemaPath = new Uri(GovDesign.Forms.Loading.FormLoader.SchemaUrl).AbsolutePath;

    /// <summary>
    /// Builds the site; tests start it on a loopback port with <c>--urls</c>, and may read guidance
    /// from another folder with <c>--Guidance:Root &lt;dir&gt;</c> (see <see cref="SiteContent"/>).
    /// </summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        // Serve the components' CSS and JavaScript straight from the build in every environment, not
        // only Development, so that `dotnet run --project site` works without a launch profile.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents();
        builder.Services.AddGovDesignComponents();
        var content = SiteContent.From(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(content);
        builder.Services.AddGuidance(content);
        builder.Services.AddSiteForms(builder.Configuration, content);
        builder.Services.AddPlayground(builder.Configuration);

        var app = builder.Build();
        // A bodiless 404 from any method gets the site's page-not-found page; other statuses (a 400 for a
        // missing antiforgery token, say) keep their own status and get a plain page rather than a "not found".
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (http.Response.StatusCode == StatusCodes.Status404NotFound)
            {
                await new RazorComponentResult<NotFoundPage>(new { StatusCode = 404 }) { StatusCode = 404 }.ExecuteAsync(http);
                return;
            }

            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync($"{http.Response.StatusCode} {ReasonPhrases.GetReasonPhrase(http.Response.StatusCode)}");
        });
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("en"),
            SupportedCultures = [.. Languages.Select(CultureInfo.GetCultureInfo)],
            SupportedUICultures = [.. Languages.Select(CultureInfo.GetCultureInfo)],
        });
        app.UseExampleFrameScript();
        app.UseRouting();
        app.MapStaticAssets();

        app.MapGet("/themes", () => new RazorComponentResult<ThemesPage>());
        // The form schema at the address its $id names, for editors; the static export writes it too.
        app.MapGet(SchemaPath, () => Results.Text(GovDesign.Forms.Loading.FormLoader.SchemaText, "application/schema+json"));
        app.MapFixtures();
        app.MapGet("/examples/{**id}", Results<RazorComponentResult<ExampleAlone>, NotFound> (string id) =>
            ExampleCatalogue.Find(id) is { } example
                ? new RazorComponentResult<ExampleAlone>(new { Example = example })
                : TypedResults.NotFound());
        app.MapPatternDemos();
        app.MapSiteForms();
        app.MapPlayground();
        app.MapGuidance();
        return app;
    }
}
