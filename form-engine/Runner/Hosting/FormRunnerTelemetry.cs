using GovDesign.Forms.Runner.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GovDesign.Forms.Runner.Hosting;

/// <summary>
/// Exports the runner's metrics and traces over OTLP, when configuration names an endpoint
/// (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, and the other <c>OTEL_*</c> settings OpenTelemetry reads):
/// ASP.NET Core's and HttpClient's, and every meter and activity source named <c>GovDesign.Forms*</c>
/// (the runner's own <see cref="FormRunnerMetrics.MeterName"/>, delivery's, and any other of ours).
/// With no endpoint nothing is set up, so nothing is measured that nobody reads.
/// </summary>
public static class FormRunnerTelemetry
{
    /// <summary>The configuration key of the OTLP endpoint, as OpenTelemetry names it (an environment variable, or a key in appsettings.json).</summary>
    public const string EndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The service name in the exported resource, unless <c>OTEL_SERVICE_NAME</c> gives another.</summary>
    public const string DefaultServiceName = "govdesign-forms";

    /// <summary>The wildcard that takes in every meter and activity source of ours.</summary>
    public const string OurSources = FormRunnerMetrics.MeterName + "*";

    /// <summary>Adds OpenTelemetry with the OTLP exporter when <paramref name="configuration"/> names an endpoint.</summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configuration">The application's configuration.</param>
    /// <returns>Whether it was added.</returns>
    public static bool AddFormRunnerOpenTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrWhiteSpace(configuration[EndpointKey]))
        {
            return false;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : DefaultServiceName))
            .WithMetrics(metrics => metrics.AddMeter(OurSources).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithTracing(tracing => tracing.AddSource(OurSources).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .UseOtlpExporter();
        return true;
    }
}
