using GovDesign.Site.Guidance;
using GovDesign.Site.Pages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GovDesign.Site;

/// <summary>
/// govuk-frontend's visible fixtures: each on a page in the site's layout, and alone on a bare
/// page that the site page shows in a frame. A hidden fixture is a test case, not an example, and answers 404.
/// </summary>
public static class FixtureEndpoints
{
    public static IEndpointRouteBuilder MapFixtures(this IEndpointRouteBuilder app)
    {
        app.MapGet("/components/{component}/{example}", Results<RazorComponentResult<FixturePage>, NotFound> (string component, string example, GuidanceStore store) =>
            Catalogue.Find(component, example) is { } fixture
                ? new RazorComponentResult<FixturePage>(new { Fixture = fixture, Section = store.Current().Sections.FirstOrDefault(s => s.Folder == "components") })
                : TypedResults.NotFound());
        app.MapGet("/examples/fixtures/{component}/{example}", Results<RazorComponentResult<FixtureFrame>, NotFound> (string component, string example) =>
            Catalogue.Find(component, example) is { } fixture
                ? new RazorComponentResult<FixtureFrame>(new { Fixture = fixture })
                : TypedResults.NotFound());
        return app;
    }
}
