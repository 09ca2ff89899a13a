using System.Globalization;
using GovDesign.Forms.Runner.Endpoints;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GovDesign.Forms.Runner.Rendering;

/// <summary>
/// A runner page: a Razor component rendered by <see cref="RazorComponentResult{TComponent}"/> in the
/// page's language. A failure while rendering becomes the problem page rather than half a page.
/// </summary>
/// <param name="parameters">The component's parameters.</param>
/// <param name="status">The HTTP status.</param>
/// <param name="language">The page's language.</param>
internal sealed class RunnerPage<TComponent>(IReadOnlyDictionary<string, object?> parameters, int status, string language) : IResult
    where TComponent : IComponent
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        // Set here, not in an async method, so that it reaches the renderer.
        var culture = CultureInfo.GetCultureInfo(language);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        return RenderAsync(httpContext);
    }

    private async Task RenderAsync(HttpContext http)
    {
        try
        {
            await new RazorComponentResult<TComponent>(parameters) { StatusCode = status }.ExecuteAsync(http);
        }
        catch (Exception e) when (!http.Response.HasStarted && !(e is OperationCanceledException && http.RequestAborted.IsCancellationRequested))
        {
            await RunnerPages.ProblemAsync(http, e);
        }
    }
}
