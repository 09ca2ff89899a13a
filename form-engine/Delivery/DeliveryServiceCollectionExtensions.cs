using GovDesign.Forms.Delivery.Email;
using GovDesign.Forms.Delivery.Files;
using GovDesign.Forms.Delivery.Webhooks;
using GovDesign.Forms.Runner.Hosting;
using GovDesign.Forms.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Delivery;

/// <summary>Registers delivery: its options, bound from the <c>Delivery</c> configuration section and checked on start.</summary>
public static class DeliveryServiceCollectionExtensions
{
    /// <summary>
    /// Adds the delivery of submissions: <see cref="DeliveryOptions"/> bound from configuration's
    /// <c>Delivery</c> section and validated as the application starts, the background deliverer over the
    /// store's outbox (the registered <see cref="IFormStore"/>, which must be an <see cref="IDeliveryOutbox"/>)
    /// the meter <see cref="DeliveryMetrics.MeterName"/> and the health check <c>deliveries</c>
    /// (<see cref="DeliveriesHealthCheck"/>, tagged <c>ready</c>), and the deletion of delivered outbox rows in the runner's
    /// clean-up (<see cref="IStaleDataCleanup"/>, after <c>FormRunner:Retention:DeliveredOutbox</c>). The webhooks' resilience pipeline logs under the
    /// category <c>Polly</c> at errors only, unless the application sets a level for it (<c>Logging:LogLevel:Polly</c>).
    /// Called by <c>AddFormRunner</c>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Changes the options after configuration is bound; optional.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddFormDelivery(this IServiceCollection services, Action<DeliveryOptions>? configure = null)
    {
        // A second call (AddFormRunner calls this too) adds only its own changes: binding the section again
        // would add configuration's lists (default webhooks and addresses) a second time.
        var added = services.Any(d => d.ServiceType == typeof(Deliverer));
        var options = services.AddOptions<DeliveryOptions>();
        if (!added)
        {
            // Bound when the application has configuration (a host always does; a bare service collection may not).
            options.Configure<IServiceProvider>((delivery, sp) => sp.GetService<IConfiguration>()?.GetSection(DeliveryOptions.Section).Bind(delivery))
                .ValidateOnStart();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidation>());
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        if (added)
        {
            return services;
        }

        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DeliveryMetrics>();
        services.TryAddSingleton<DeliveryPlanner>();
        services.TryAddSingleton<FileLinks>();
        services.TryAddSingleton(sp => (IDeliveryOutbox)sp.GetRequiredService<IFormStore>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStaleDataCleanup, DeliveredOutboxCleanup>());
        WebhookClient.Add(services);
        services.AddSingleton<IDeliverySender, WebhookSender>();
        services.AddSingleton<IDeliverySender, EmailSender>();
        services.AddSingleton<Deliverer>();
        services.AddHealthChecks().AddCheck<DeliveriesHealthCheck>("deliveries", tags: ["ready"]);
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<Deliverer>());
        return services;
    }
}
