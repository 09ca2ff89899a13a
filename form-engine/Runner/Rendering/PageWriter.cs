using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GovDesign.Forms.Runner.Rendering;

/// <summary>
/// Renders a page component to the response with its own <see cref="HtmlRenderer"/>, so that a
/// failure while rendering becomes the problem page rather than half a page. Pages are never cached:
/// they can carry a citizen's answers.
/// </summary>
internal static class PageWriter
{
    public static async Task WriteAsync<TComponent>(HttpContext context, int status, Dictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        var html = await RenderAsync<TComponent>(context, parameters);
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "same-origin";
        await response.WriteAsync(html, context.RequestAborted);
    }

    private static async Task<string> RenderAsync<TComponent>(HttpContext context, Dictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        var services = context.RequestServices;
        await using var renderer = new HtmlRenderer(services, services.GetService(typeof(ILoggerFactory)) as ILoggerFactory ?? Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        var uiCulture = System.Globalization.CultureInfo.CurrentUICulture;
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
            System.Globalization.CultureInfo.CurrentUICulture = uiCulture;
            var root = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return root.ToHtmlString();
        });
    }
}
