using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Delivery;

/// <summary>Registers delivery: its options, bound from the <c>Delivery</c> configuration section and checked on start.</summary>
public static class DeliveryServiceCollectionExtensions
{
    /// <summary>
    /// Adds the delivery of submissions: <see cref="DeliveryOptions"/> bound from configuration's
    /// <c>Delivery</c> section and validated as the application starts. Called by <c>AddFormRunner</c>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Changes the options after configuration is bound; optional.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddFormDelivery(this IServiceCollection services, Action<DeliveryOptions>? configure = null)
    {
        var options = services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section).ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidation>());
        return services;
    }
}
