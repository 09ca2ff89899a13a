using System.Text;

namespace GovDesign.Site.Examples;

/// <summary>
/// Keeps a live example in a guidance page's frame from taking the reader's focus when the page loads.
/// govuk-frontend moves focus to an error summary, and to a success notification banner, as its page
/// loads: right on a page of its own, but inside a frame it pulls the guidance page down to the example,
/// away from where the reader was. Every example page (<c>/examples/...</c>) gets a small script, just before
/// its own scripts run, that turns the autofocus off only when the page is inside an example frame
/// (<c>iframe[data-govdesign-example-frame]</c>); opened alone, in a new tab, the example behaves as a service's
/// page does. The script is added by the site, so the Razor a team copies never carries it.
/// </summary>
public static class ExampleFrameScript
{
    /// <summary>The script, which runs before govuk-frontend's module (classic scripts run as the page is read; modules after).</summary>
    public const string Script = """
        <script>
        // GovDesign docs site: in an example frame, an error summary or notification banner does not take focus on load.
        if (window.frameElement && window.frameElement.hasAttribute('data-govdesign-example-frame')) {
          document.querySelectorAll('[data-module="govuk-error-summary"], [data-module="govuk-notification-banner"]')
            .forEach(function (element) { element.setAttribute('data-disable-auto-focus', 'true') })
        }
        </script>
        """;

    private static readonly byte[] BodyEnd = "</body>"u8.ToArray();

    /// <summary>Adds <see cref="Script"/> before <c>&lt;/body&gt;</c> of every HTML page below <c>/examples/</c>.</summary>
    public static IApplicationBuilder UseExampleFrameScript(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments("/examples", StringComparison.Ordinal) || !HttpMethods.IsGet(context.Request.Method))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var at = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
            ? bytes.Span.LastIndexOf(BodyEnd)
            : -1;
        if (at < 0)
        {
            // Nothing written is passed on as nothing, so that a bodiless 404 still gets the site's not-found page.
            if (bytes.Length > 0)
            {
                await original.WriteAsync(bytes, context.RequestAborted);
            }

            return;
        }

        var script = Encoding.UTF8.GetBytes(Script + "\n");
        if (!context.Response.HasStarted)
        {
            context.Response.ContentLength = bytes.Length + script.Length;
        }

        await original.WriteAsync(bytes[..at], context.RequestAborted);
        await original.WriteAsync(script, context.RequestAborted);
        await original.WriteAsync(bytes[at..], context.RequestAborted);
    });
}
