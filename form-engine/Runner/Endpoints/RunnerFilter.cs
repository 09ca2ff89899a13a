using GovDesign.Forms.Runner.Requests;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Forms.Runner.Endpoints;

/// <summary>
/// Runs before every runner handler: loads the request's form and journey once (answering 404 or 503
/// when there is no such form), sets the culture to the page's language, and turns a failure into the
/// problem page.
/// </summary>
internal static class RunnerFilter
{
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        try
        {
            var result = await LoadThenHandleAsync(context, next);

            // After the handler: antiforgery logs a warning each time it replaces a Cache-Control header.
            RunnerPages.Protect(http.Response);
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            await RunnerPages.ProblemAsync(http, e);
            return Results.Empty;
        }
    }

    private static async ValueTask<object?> LoadThenHandleAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        // Every handler of a form takes its request first.
        if (context.Arguments.Count > 0 && context.Arguments[0] is RunnerRequest request)
        {
            if (await request.LoadAsync() is { } refusal)
            {
                return refusal;
            }

            request.UseCulture();
        }

        return await next(context);
    }
}
