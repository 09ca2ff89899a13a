using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace GovDesign.Forms.Delivery.Webhooks;

/// <summary>
/// The named HttpClient for webhooks: connections through <see cref="GuardedConnection"/>, no redirects,
/// no cookies, and a resilience pipeline per destination host (a timeout, and a circuit breaker that
/// pauses a host that keeps failing). Retries are the outbox's, over days, not the pipeline's.
/// </summary>
internal static class WebhookClient
{
    /// <summary>The log category of the resilience pipeline's events (Polly's own).</summary>
    public const string LogCategory = "Polly";

    public static void Add(IServiceCollection services)
    {
        // The pipeline logs a warning at every timeout and failed attempt, which the deliverer logs already, once an
        // attempt with its next one (event 4102): its category logs errors only. The rule goes first, so that any rule
        // for the category the application has (Logging:LogLevel:Polly, or a filter in code) comes later and wins.
        services.Configure<LoggerFilterOptions>(filters => filters.Rules.Insert(0, new LoggerFilterRule(null, LogCategory, LogLevel.Error, null)));
        services.AddHttpClient(WebhookSender.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                ConnectCallback = GuardedConnection.Create(sp.GetRequiredService<IOptions<DeliveryOptions>>().Value),
                AllowAutoRedirect = false,
                UseCookies = false,
                UseProxy = false,
                AutomaticDecompression = DecompressionMethods.None,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddResilienceHandler("webhooks", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<DeliveryOptions>>().Value;
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = 0.5,
                    MinimumThroughput = 5,
                    SamplingDuration = TimeSpan.FromSeconds(30),
                    BreakDuration = TimeSpan.FromSeconds(30),
                });
                pipeline.AddTimeout(options.RequestTimeout);
            })
            .SelectPipelineByAuthority();
    }
}
