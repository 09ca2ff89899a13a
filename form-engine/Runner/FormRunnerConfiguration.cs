using GovDesign.Forms.Runner.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner;

/// <summary>
/// Where a runner's options come from in configuration: the section <c>FormRunner</c> for the
/// application's runner (<c>FormRunners:{name}</c> for a named one), and the connection string
/// <c>ConnectionStrings:Forms</c> when the section names no PostgreSQL database. Whatever the
/// application's configuration holds (appsettings.json, environment variables such as
/// <c>FormRunner__SessionLifetime</c>, the command line) is read first; the code's own
/// <c>configure</c> then has the last word.
/// </summary>
public static class FormRunnerConfiguration
{
    /// <summary>The section of the application's runner.</summary>
    public const string SectionName = "FormRunner";

    /// <summary>The section under which each named runner has its own, by name.</summary>
    public const string NamedSectionName = "FormRunners";

    /// <summary>The name, under <c>ConnectionStrings</c>, of the PostgreSQL database the runner uses when its section names none.</summary>
    public const string ConnectionStringName = "Forms";

    /// <summary>The section runner <paramref name="name"/> reads, as messages name its settings: <c>FormRunner</c>, or <c>FormRunners:{name}</c>.</summary>
    /// <param name="name">The runner's name: null or <see cref="Options.DefaultName"/> for the application's own.</param>
    /// <returns>The section's path.</returns>
    public static string SectionOf(string? name) => string.IsNullOrEmpty(name) ? SectionName : $"{NamedSectionName}:{name}";

    /// <summary>Binds the options of runner <paramref name="name"/> from configuration and checks them when the application starts.</summary>
    internal static void BindAndValidate(IServiceCollection services, string name)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FormRunnerOptions>, FormRunnerOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FormRunnerOptions>, SaveForLater.SaveAndReturnOptionsValidator>());
        services.AddOptions<FormRunnerOptions>(name).ValidateOnStart();
        services.AddSingleton<IConfigureOptions<FormRunnerOptions>>(sp => new ConfigureNamedOptions<FormRunnerOptions>(name, options =>
        {
            if (sp.GetService<IConfiguration>() is { } configuration)
            {
                Bind(configuration, name, options);
            }
        }));
    }

    /// <summary>Sets <paramref name="options"/> from <paramref name="configuration"/>, as a runner named <paramref name="name"/> reads it.</summary>
    /// <param name="configuration">The application's configuration.</param>
    /// <param name="name">The runner's name: <see cref="Options.DefaultName"/> for the application's own.</param>
    /// <param name="options">The options to set.</param>
    public static void Bind(IConfiguration configuration, string name, FormRunnerOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        configuration.GetSection(SectionOf(name)).Bind(options);
        if (string.IsNullOrEmpty(name) && options.PostgresConnectionString is not { Length: > 0 } && configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } connection)
        {
            options.PostgresConnectionString = connection;
        }
    }
}
