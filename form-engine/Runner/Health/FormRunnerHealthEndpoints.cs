using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GovDesign.Forms.Runner.Health;

/// <summary>Maps <c>/health/live</c> and <c>/health/ready</c>.</summary>
public static class FormRunnerHealthEndpoints
{
    /// <summary>
    /// Maps <c>/health/live</c>, which runs no check (the process answers: 200 <c>Healthy</c>), and
    /// <c>/health/ready</c>, which runs every health check tagged <see cref="FormRunnerHealthChecks.ReadyTag"/>
    /// (the runner's database and forms, and any check the application adds with that tag) and answers
    /// 200 when all are healthy or degraded, else 503, with a small JSON body naming each check's status.
    /// </summary>
    /// <param name="endpoints">The application's routes.</param>
    /// <param name="prefix">Where the two live, <c>/health</c> by default.</param>
    /// <returns>The same routes, for chaining.</returns>
    public static IEndpointRouteBuilder MapFormRunnerHealthChecks(this IEndpointRouteBuilder endpoints, string prefix = "/health")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        prefix = "/" + (prefix ?? "").Trim('/');
        endpoints.MapHealthChecks(prefix + "/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks(prefix + "/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(FormRunnerHealthChecks.ReadyTag),
            ResponseWriter = WriteAsync,
        });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var body = new Dictionary<string, object>
        {
            ["status"] = report.Status.ToString(),
            ["checks"] = report.Entries.ToDictionary(e => e.Key, e => new Dictionary<string, string?> { ["status"] = e.Value.Status.ToString(), ["description"] = e.Value.Description }),
        };
        return JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted);
    }
}
