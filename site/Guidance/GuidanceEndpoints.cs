using GovDesign.Frontend;
using GovDesign.Site.Accessibility;
using GovDesign.Site.Examples;
using GovDesign.Site.Pages;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GovDesign.Site.Guidance;

/// <summary>The guidance pages, the search, the 404 page, and the component pages that join guidance with govuk-frontend's examples.</summary>
public static class GuidanceEndpoints
{
    /// <summary>The accessibility report's page, whose results come from the browser tests' results file.</summary>
    public const string ReportUrl = "/accessibility/report";

    public static IServiceCollection AddGuidance(this IServiceCollection services, SiteContent content)
    {
        services.AddSingleton(new GuidanceStore(content.Guidance, content.FormSamples));
        services.AddSingleton<ExampleSources>();
        return services;
    }

    public static IEndpointRouteBuilder MapGuidance(this IEndpointRouteBuilder app)
    {
        app.MapGet("/search-index.json", (GuidanceStore store) =>
            Results.Content(store.Current().SearchIndex.Value.ToJson(), "application/json; charset=utf-8"));
        app.MapGet("/search", (string? q, GuidanceStore store) =>
            new RazorComponentResult<SearchPage>(new { Query = q, Hits = store.Current().SearchIndex.Value.Search(q) }));
        app.MapGet("/404", (HttpContext context) => NotFound(context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? 404));
        app.MapGet("/components/{component}", async Task<IResult> (string component, GuidanceStore store, ExampleSources sources) =>
        {
            var snapshot = store.Current();
            if (snapshot.Find($"/components/{component}") is { } page)
            {
                return await PageAsync(snapshot, page, sources);
            }

            if (Catalogue.Examples(component) is { Count: > 0 } examples)
            {
                return new RazorComponentResult<ComponentPage>(new { Component = component, Examples = examples, Section = snapshot.Sections.FirstOrDefault(s => s.Folder == "components") });
            }

            return NotFound(404);
        });
        app.MapGet("/{**path}", async Task<IResult> (string? path, GuidanceStore store, ExampleSources sources) =>
        {
            var snapshot = store.Current();
            return snapshot.Find(path ?? "") is { } page ? await PageAsync(snapshot, page, sources) : NotFound(404);
        });
        return app;
    }

    private static RazorComponentResult NotFound(int status) =>
        new RazorComponentResult<NotFoundPage>(new { StatusCode = status }) { StatusCode = status };

    private static async Task<IResult> PageAsync(GuidanceSnapshot snapshot, GuidancePage page, ExampleSources sources)
    {
        var examples = new Dictionary<string, ExampleSource>(StringComparer.Ordinal);
        foreach (var id in page.ExampleIds.Distinct())
        {
            if (ExampleCatalogue.Find(id) is { } example)
            {
                examples[id] = await sources.GetAsync(example);
            }
        }

        var options = page.Meta.Component is not { } name ? null
            : ComponentOptions.FindType(name) is { } type ? ComponentOptions.For(type)
            : AnswerOptions.FindType(name) is { } answer ? AnswerOptions.For(answer)
            : null;
        var kind = page.Meta.Component is { } typeName && AnswerOptions.FindType(typeName) is { } answerType ? AnswerOptions.KindOf(answerType) : null;
        IReadOnlyList<Fixture>? fixtures = page.Section == "components" && !page.IsIndex ? Catalogue.Examples(page.Slug) : null;
        return new RazorComponentResult<GuidanceView>(new
        {
            Page = page,
            Section = snapshot.SectionOf(page),
            Examples = examples,
            Options = options,
            Kind = kind,
            Settings = kind is null ? null : AnswerOptions.Settings(kind),
            Fixtures = fixtures,
            Report = page.Url == ReportUrl ? AccessibilityReport.Current : null,
            Tested = page.Section is "components" or "patterns" or "answers" && !page.IsIndex ? HowItWasTested.For(AccessibilityReport.Current, page.Url, page.ExampleIds) : null,
        });
    }
}
