using GovDesign.Forms.Runner.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner;

/// <summary>Maps the form runner's pages.</summary>
public static class FormRunnerEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps every form the runner serves under <paramref name="prefix"/>: <c>{prefix}/</c> lists the
    /// forms, <c>{prefix}/{form}/</c> is a form's start page, then <c>{prefix}/{form}/{page}</c>
    /// (GET and POST), <c>/check-answers</c>, <c>/confirmation</c>, a task list form's <c>/tasks</c> and
    /// <c>/tasks/{section}</c>, and <c>{prefix}/{form}/_files/{file id}</c>, the
    /// signed download links of submitted files that webhooks carry. Needs
    /// <see cref="FormRunnerServiceCollectionExtensions.AddFormRunner(IServiceCollection, Action{FormRunnerOptions})"/>,
    /// and the components' static assets served (<c>app.MapStaticAssets()</c> or <c>UseStaticFiles</c>).
    /// </summary>
    /// <param name="endpoints">The application's routes.</param>
    /// <param name="prefix">Where the forms live, such as <c>"/forms"</c>; empty for the root.</param>
    /// <returns>The group of routes, for further conventions.</returns>
    public static RouteGroupBuilder MapFormRunner(this IEndpointRouteBuilder endpoints, string prefix = "") =>
        endpoints.MapFormRunner(prefix, Options.DefaultName);

    /// <summary>
    /// Maps the forms of the runner added as <paramref name="runner"/> (see
    /// <see cref="FormRunnerServiceCollectionExtensions.AddFormRunner(IServiceCollection, string, Action{FormRunnerOptions})"/>)
    /// under <paramref name="prefix"/>.
    /// </summary>
    /// <param name="endpoints">The application's routes.</param>
    /// <param name="prefix">Where the forms live, such as <c>"/forms"</c>; empty for the root.</param>
    /// <param name="runner">The runner's name.</param>
    /// <returns>The group of routes, for further conventions.</returns>
    public static RouteGroupBuilder MapFormRunner(this IEndpointRouteBuilder endpoints, string prefix, string runner)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(runner);
        var parts = endpoints.ServiceProvider.GetKeyedService<FormRunner>(runner)
            ?? throw new InvalidOperationException(runner.Length == 0
                ? "MapFormRunner needs the runner's services: call builder.Services.AddFormRunner(...) first."
                : $"MapFormRunner needs the runner \"{runner}\": call builder.Services.AddFormRunner(\"{runner}\", ...) first.");
        prefix = "/" + (prefix ?? "").Trim('/');
        var group = endpoints.MapGroup(prefix);
        group.WithMetadata(new RunnerEndpoint(parts, prefix == "/" ? "" : prefix));
        group.AddEndpointFilter(RunnerFilter.InvokeAsync);

        // A literal segment wins over a parameter and a parameter over the catch-all, so these routes
        // do not clash at run time, whatever the analyser fears.
#pragma warning disable ASP0022
        string[] read = [HttpMethods.Get, HttpMethods.Head];
        group.MapMethods("/", read, FormEndpoints.List);
        group.MapMethods("/{form}", read, FormEndpoints.StartAsync);
        group.MapMethods("/{form}/check-answers", read, CheckAnswersEndpoints.Get);
        group.MapPost("/{form}/check-answers", CheckAnswersEndpoints.PostAsync);
        group.MapMethods("/{form}/confirmation", read, CheckAnswersEndpoints.Confirmation);
        group.MapMethods("/{form}/" + TaskListEndpoints.Segment, read, TaskListEndpoints.List);
        group.MapMethods("/{form}/" + TaskListEndpoints.Segment + "/{section}", read, TaskListEndpoints.Check);
        group.MapPost("/{form}/" + TaskListEndpoints.Segment + "/{section}", TaskListEndpoints.ConfirmAsync);
        group.MapMethods("/{form}/" + GovDesign.Forms.Delivery.Files.FileLinks.Segment + "/{fileId}", read, FileEndpoints.DownloadAsync);
        SaveForLater.SaveAndReturnEndpoints.Map(group, read);
        group.MapMethods("/{form}/{page}", read, FormEndpoints.GetPage);
        group.MapPost("/{form}/{page}", FormEndpoints.PostPageAsync);
        group.MapMethods("/{form}/{page}/{item:int}", read, RepeatEndpoints.GetItem);
        group.MapPost("/{form}/{page}/{item:int}", RepeatEndpoints.PostItemAsync);
        group.MapPost("/{form}/{page}/{item:int}/remove", RepeatEndpoints.RemoveAsync);
        group.Map("/{**rest}", (HttpContext http) => RunnerPages.Message(http, StatusCodes.Status404NotFound));
#pragma warning restore ASP0022
        return group;
    }
}
