using Microsoft.AspNetCore.Http;

namespace GovDesign.Forms.Runner.Endpoints;

/// <summary>Metadata on every route <see cref="FormRunnerEndpointRouteBuilderExtensions.MapFormRunner(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder, string, string)"/> maps: which runner answers, and where its routes start.</summary>
internal sealed class RunnerEndpoint(FormRunner runner, string root)
{
    public FormRunner Runner { get; } = runner;

    /// <summary>Where the routes start on this request: links carry the path the application is mounted at (UsePathBase, a proxy's prefix) as well as the group's.</summary>
    public string PrefixFor(HttpContext http) => $"{http.Request.PathBase}{root}";

    public static RunnerEndpoint Of(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<RunnerEndpoint>()
        ?? throw new InvalidOperationException("Not a form runner route: map the runner with MapFormRunner.");
}
