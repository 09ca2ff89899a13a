using GovDesign.Forms.Loading;
using GovDesign.Site.Pages;
using GovDesign.Components;
using GovDesign.Forms.Runner;
using GovDesign.Forms.Storage;
using GovDesign.Patterns;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GovDesign.Site.Playground;

/// <summary>
/// The form playground: <c>GET /playground</c> shows a definition to edit (<c>?sample={slug}</c>: a sample form's), <c>POST /playground</c>
/// checks it with the form loader, <c>POST /playground/try</c> opens it in an in-memory form runner
/// and redirects to its start page under <c>/playground/try/{slug}-{hash}/</c>. Plain HTML forms, so
/// it works with JavaScript off.
/// </summary>
public static class PlaygroundEndpoints
{
    public const string Path = "/playground";

    /// <summary>Where the playground's Download button posts the definition, to have it back as a file.</summary>
    public const string DownloadPath = "/playground/download";

    public static IServiceCollection AddPlayground(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAntiforgery();
        services.AddSingleton(PlaygroundOptions.From(configuration));
        var options = PlaygroundOptions.From(configuration);
        var store = new MemoryFormStore(TimeProvider.System);
        services.AddKeyedSingleton<IFormStore>(PlaygroundForms.Runner, store);
        services.AddFormRunner(PlaygroundForms.Runner, runner =>
        {
            runner.Sources.Add(new MemoryFormSource());
            runner.CookieName = "govdesign-playground";
            runner.SessionLifetime = options.TryLifetime;
            runner.JourneyCleanupInterval = TimeSpan.FromMinutes(5);
            runner.Theme = new Theme { OrganisationName = "GovDesign playground", OrganisationUrl = Path };
        });
        services.AddSingleton(sp => new PlaygroundForms(sp.GetRequiredKeyedService<FormCatalogue>(PlaygroundForms.Runner), store, options, TimeProvider.System));
        return services;
    }

    public static IEndpointRouteBuilder MapPlayground(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext http, SiteContent content, string? sample) => Open(http, content, sample));
        app.MapPost(Path, (HttpContext http, PlaygroundOptions options, ILoggerFactory logs) => CheckAsync(http, options, logs, tryIt: null));
        app.MapPost(DownloadPath, DownloadAsync);
        app.MapPost(PlaygroundForms.TryPrefix, (HttpContext http, PlaygroundOptions options, ILoggerFactory logs, PlaygroundForms forms) => CheckAsync(http, options, logs, forms));

        // First of the runner's filters, so that a try-out that has ended gets the playground's page
        // rather than the runner's "not found", and nobody can list the forms others are trying.
        ((IEndpointConventionBuilder)app.MapFormRunner(PlaygroundForms.TryPrefix, PlaygroundForms.Runner)).Add(endpoint => endpoint.FilterFactories.Insert(0, (_, next) => async context =>
            {
                var http = context.HttpContext;
                if (http.GetRouteValue("form") is string slug && http.RequestServices.GetRequiredService<PlaygroundForms>().Touch(slug))
                {
                    return await next(context);
                }

                return Render(View(http, SampleDefinition.Json) with { Problem = "That try-out has ended: forms being tried are kept for a while after their last use, then forgotten. Paste your definition again to try it." }, StatusCodes.Status404NotFound);
            }));
        return app;
    }

    private static async Task<IResult> CheckAsync(HttpContext http, PlaygroundOptions options, ILoggerFactory logs, PlaygroundForms? tryIt)
    {
        var (json, status, problem) = await PostedDefinition.ReadAsync(http, options);
        if (problem is not null)
        {
            if (json is null)
            {
                // The rest of a refused body is not read: close the connection rather than drain it.
                http.Response.Headers.Connection = "close";
            }

            return Render(View(http, json ?? "") with { Problem = problem }, status);
        }

        FormLoadResult result;
        try
        {
            result = FormLoader.Load(json!);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logs.CreateLogger("GovDesign.Site.Playground").LogWarning(e, "The form loader failed on a definition");
            return Render(View(http, json!) with { Problem = "The definition could not be checked: the loader failed on it. Simplify it and try again." }, StatusCodes.Status400BadRequest);
        }

        if (tryIt is not null && result.Form is { } form)
        {
            http.Response.Headers.CacheControl = "no-store";
            return Redirects.SeeOther(tryIt.Open(form, json!));
        }

        return Render(View(http, json!) with { Result = result }, StatusCodes.Status200OK);
    }

    /// <summary>
    /// The definition as posted, as a JSON file named by its slug (<c>form.json</c> when it has none that can name a file),
    /// whether or not it is valid, so that work in progress can be kept; a post the playground refuses gets its page and the reason.
    /// </summary>
    private static async Task<IResult> DownloadAsync(HttpContext http, PlaygroundOptions options)
    {
        var (json, status, problem) = await PostedDefinition.ReadAsync(http, options);
        if (problem is not null)
        {
            return Render(View(http, json ?? "") with { Problem = problem }, status);
        }

        return Results.File(System.Text.Encoding.UTF8.GetBytes(json!), "application/json", $"{SlugOf(json!) ?? "form"}.json");
    }

    /// <summary>The top-level <c>slug</c>, read up to where the text stops being JSON, so that an unfinished draft keeps its name.</summary>
    private static string? SlugOf(string json)
    {
        var reader = new System.Text.Json.Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json), new System.Text.Json.JsonReaderOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == System.Text.Json.JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("slug"u8))
                {
                    return reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.String && reader.GetString() is { } slug && SampleLink.IsSlug(slug) ? slug : null;
                }
            }
        }
        catch (System.Text.Json.JsonException)
        {
        }

        return null;
    }

    /// <summary>
    /// The playground with its own small definition, or with one of the sample forms (<c>?sample={slug}</c>), which
    /// the sample forms' page links to; a sample that does not exist is a 404 that says so, with the small definition.
    /// </summary>
    private static RazorComponentResult<PlaygroundPage> Open(HttpContext http, SiteContent content, string? sample)
    {
        if (sample is null)
        {
            return Render(View(http, SampleDefinition.Json), StatusCodes.Status200OK);
        }

        var file = SampleLink.IsSlug(sample) ? System.IO.Path.Combine(content.FormSamples, sample + ".json") : null;
        return file is not null && File.Exists(file)
            ? Render(View(http, File.ReadAllText(file).TrimEnd()), StatusCodes.Status200OK)
            : Render(View(http, SampleDefinition.Json) with { Problem = "There is no sample form by that name. The sample forms page lists them: /form-engine/samples." }, StatusCodes.Status404NotFound);
    }

    private static PlaygroundView View(HttpContext http, string definition)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return new PlaygroundView(definition, tokens.FormFieldName, tokens.RequestToken ?? "");
    }

    private static RazorComponentResult<PlaygroundPage> Render(PlaygroundView view, int status) =>
        new(new { View = view }) { StatusCode = status };
}
