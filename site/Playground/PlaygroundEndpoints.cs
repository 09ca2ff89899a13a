using GovDesign.Forms.Loading;
using GovDesign.Site.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GovDesign.Site.Playground;

/// <summary>
/// The form playground: <c>GET /playground</c> shows a definition to edit, <c>POST /playground</c>
/// checks it with the form loader, <c>POST /playground/try</c> opens it in an in-memory form runner
/// and redirects to its start page under <c>/playground/try/{hash}/{slug}/</c>. Plain HTML forms, so
/// it works with JavaScript off.
/// </summary>
public static class PlaygroundEndpoints
{
    public const string Path = "/playground";

    public static IServiceCollection AddPlayground(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAntiforgery();
        services.AddSingleton(PlaygroundOptions.From(configuration));
        services.AddSingleton(sp => new PlaygroundRunners(sp, sp.GetRequiredService<PlaygroundOptions>(), TimeProvider.System));
        return services;
    }

    public static IEndpointRouteBuilder MapPlayground(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext http) => Render(View(http, SampleDefinition.Json), StatusCodes.Status200OK));
        app.MapPost(Path, (HttpContext http, PlaygroundOptions options, ILoggerFactory logs) => CheckAsync(http, options, logs, tryIt: null));
        app.MapPost(PlaygroundRunners.TryPrefix, (HttpContext http, PlaygroundOptions options, ILoggerFactory logs, PlaygroundRunners runners) => CheckAsync(http, options, logs, runners));
        app.Map(PlaygroundRunners.TryPrefix + "/{hash}/{**rest}", async (HttpContext http, string hash, PlaygroundRunners runners) =>
        {
            if (!await runners.DispatchAsync(http, hash))
            {
                var ended = View(http, SampleDefinition.Json) with { Problem = "That try-out has ended: forms being tried are kept for a while after their last use, then forgotten. Paste your definition again to try it." };
                await Render(ended, StatusCodes.Status404NotFound).ExecuteAsync(http);
            }
        });
        return app;
    }

    private static async Task<IResult> CheckAsync(HttpContext http, PlaygroundOptions options, ILoggerFactory logs, PlaygroundRunners? tryIt)
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
            string start;
            try
            {
                start = await tryIt.OpenAsync(json!, form.Slug, http.RequestAborted);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logs.CreateLogger("GovDesign.Site.Playground").LogError(e, "A form that loaded could not be opened in the playground");
                return Render(View(http, json!) with { Problem = "The form loaded, but the playground could not open it. Check it again, and tell us if this keeps happening." }, StatusCodes.Status500InternalServerError);
            }

            http.Response.Headers.Location = start;
            http.Response.Headers.CacheControl = "no-store";
            return Results.StatusCode(StatusCodes.Status303SeeOther);
        }

        return Render(View(http, json!) with { Result = result }, StatusCodes.Status200OK);
    }

    private static PlaygroundView View(HttpContext http, string definition)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return new PlaygroundView(definition, tokens.FormFieldName, tokens.RequestToken ?? "");
    }

    private static RazorComponentResult<PlaygroundPage> Render(PlaygroundView view, int status) =>
        new(new { View = view }) { StatusCode = status };
}
