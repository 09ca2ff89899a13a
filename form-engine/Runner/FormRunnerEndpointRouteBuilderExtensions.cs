using GovDesign.Forms.Runner.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovDesign.Forms.Runner;

/// <summary>Maps the form runner's pages.</summary>
public static class FormRunnerEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps every form the runner serves under <paramref name="prefix"/>: <c>{prefix}/</c> lists the
    /// forms, <c>{prefix}/{form}/</c> is a form's start page, then <c>{prefix}/{form}/{page}</c>
    /// (GET and POST), <c>/check-answers</c> and <c>/confirmation</c>. Needs
    /// <see cref="FormRunnerServiceCollectionExtensions.AddFormRunner"/>, and the components' static
    /// assets served (<c>app.MapStaticAssets()</c> or <c>UseStaticFiles</c>).
    /// </summary>
    /// <param name="endpoints">The application's routes.</param>
    /// <param name="prefix">Where the forms live, such as <c>"/forms"</c>; empty for the root.</param>
    /// <returns>The group of routes, for further conventions.</returns>
    public static RouteGroupBuilder MapFormRunner(this IEndpointRouteBuilder endpoints, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        prefix = "/" + (prefix ?? "").Trim('/');
        var root = prefix == "/" ? "" : prefix;

        // Links carry the path the application is mounted at (UsePathBase, a proxy's prefix) as well as the group's.
        string Root(HttpContext http) => $"{http.Request.PathBase}{root}";
        var group = endpoints.MapGroup(prefix);
        group.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (Exception e) when (e is not OperationCanceledException || !context.HttpContext.RequestAborted.IsCancellationRequested)
            {
                await RunnerDispatch.FailedAsync(context.HttpContext, e);
                return Results.Empty;
            }
        });

        // A literal segment wins over a parameter and a parameter over the catch-all, so these routes
        // do not clash at run time, whatever the analyser fears.
#pragma warning disable ASP0022
        string[] read = [HttpMethods.Get, HttpMethods.Head];
        group.MapMethods("/", read, (HttpContext http) => RunnerDispatch.FormListAsync(http, Root(http)));
        group.MapMethods("/{form}", read, (HttpContext http, string form) => RunnerDispatch.StartAsync(http, Root(http), form));
        group.MapMethods("/{form}/check-answers", read, (HttpContext http, string form) => RunnerDispatch.CheckAnswersAsync(http, Root(http), form, post: false));
        group.MapPost("/{form}/check-answers", (HttpContext http, string form) => RunnerDispatch.CheckAnswersAsync(http, Root(http), form, post: true));
        group.MapMethods("/{form}/confirmation", read, (HttpContext http, string form) => RunnerDispatch.ConfirmationAsync(http, Root(http), form));
        group.MapMethods("/{form}/{page}", read, (HttpContext http, string form, string page) => RunnerDispatch.PageAsync(http, Root(http), form, page, null, post: false));
        group.MapPost("/{form}/{page}", (HttpContext http, string form, string page) => RunnerDispatch.PageAsync(http, Root(http), form, page, null, post: true));
        group.MapMethods("/{form}/{page}/{item:int}", read, (HttpContext http, string form, string page, int item) => RunnerDispatch.PageAsync(http, Root(http), form, page, item, post: false));
        group.MapPost("/{form}/{page}/{item:int}", (HttpContext http, string form, string page, int item) => RunnerDispatch.PageAsync(http, Root(http), form, page, item, post: true));
        group.MapPost("/{form}/{page}/{item:int}/remove", (HttpContext http, string form, string page, int item) => RunnerDispatch.RemoveAsync(http, Root(http), form, page, item));
        group.Map("/{**rest}", (HttpContext http) => Pages.MessageAsync(http, StatusCodes.Status404NotFound, null));
#pragma warning restore ASP0022
        return group;
    }
}
