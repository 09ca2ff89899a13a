using GovDesign.Forms.Runner.Endpoints;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.Web.HtmlRendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovDesign.Forms.Runner.Rendering;

/// <summary>
/// A runner page: a Razor component rendered whole with an <see cref="HtmlRenderer"/> in the page's
/// language, then written. A failure while rendering becomes the problem page rather than half a page.
/// </summary>
/// <remarks>
/// Not <c>RazorComponentResult</c>, as the docs site uses: measured on the runner's benchmark, its
/// per-request endpoint renderer served about 30% fewer pages a second than this.
/// </remarks>
/// <param name="parameters">The component's parameters.</param>
/// <param name="status">The HTTP status.</param>
/// <param name="language">The page's language.</param>
internal sealed class RunnerPage<TComponent>(Dictionary<string, object?> parameters, int status, string language) : IResult
    where TComponent : IComponent
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var services = httpContext.RequestServices;
        await using var renderer = new HtmlRenderer(services, services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance);
        HtmlRootComponent page;
        try
        {
            page = await renderer.Dispatcher.InvokeAsync(() =>
            {
                PageCulture.Use(language);
                return renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            });
        }
        catch (Exception e) when (!(e is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested))
        {
            await RunnerPages.ProblemAsync(httpContext, e);
            return;
        }

        // Rendered whole before a byte is written, so a failure above still gets the problem page.
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = "text/html; charset=utf-8";
        await renderer.Dispatcher.InvokeAsync(() =>
        {
            using var writer = new PipeTextWriter(httpContext.Response.BodyWriter);
            page.WriteHtmlTo(writer);
        });
        await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
