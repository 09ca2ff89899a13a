using GovDesign.Forms.Storage;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GovDesign.Forms.Runner;

/// <summary>Registers the PostgreSQL store of the form runner.</summary>
public static class PostgreSqlFormStoreServiceCollectionExtensions
{
    /// <summary>
    /// Keeps the form runner's journeys, submissions, uploaded files, deliveries and ASP.NET Data Protection keys
    /// in the PostgreSQL database of <see cref="FormRunnerOptions.PostgresConnectionString"/> (configuration's
    /// <c>ConnectionStrings:Forms</c>, or <c>FormRunner:PostgresConnectionString</c>), so that several runners
    /// sharing it serve the same journeys and accept each other's antiforgery tokens. The tables are created on
    /// first use. A runner added by name uses the database of its own <see cref="FormRunnerOptions.PostgresConnectionString"/>
    /// (<c>FormRunners:{name}:PostgresConnectionString</c>) when it has one, else the application's runner's.
    /// Call it beside <see cref="FormRunnerServiceCollectionExtensions.AddFormRunner(IServiceCollection, Action{FormRunnerOptions})"/>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddPostgreSqlFormStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<PostgresDatabase>();
        services.TryAddSingleton<IFormStore>(sp => new PostgresFormStore(sp.GetRequiredService<PostgresDatabase>().DataSource));
        services.TryAddKeyedSingleton<IFormStore>(KeyedService.AnyKey, (sp, name) => FormRunnerStorage.OptionsOf(sp, name).PostgresConnectionString is { Length: > 0 } own
            ? new PostgresFormStore(own)
            : new PostgresFormStore(sp.GetRequiredService<PostgresDatabase>().DataSource));
        services.AddOptions<KeyManagementOptions>().Configure<PostgresDatabase>((keys, database) => keys.XmlRepository = new PostgresXmlRepository(database.DataSource));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FormRunnerOptions>, PostgreSqlOptionsValidator>());
        return services;
    }

    /// <summary>The data source the application's store and the key repository share.</summary>
    internal sealed class PostgresDatabase(IOptions<FormRunnerOptions> options) : IDisposable
    {
        private readonly Lazy<NpgsqlDataSource> _dataSource = new(() => NpgsqlDataSource.Create(options.Value.PostgresConnectionString!));

        public NpgsqlDataSource DataSource => _dataSource.Value;

        public void Dispose()
        {
            if (_dataSource.IsValueCreated)
            {
                _dataSource.Value.Dispose();
            }
        }
    }

    /// <summary>Checks, as the application starts, that the application's runner names a PostgreSQL database, and that any runner's connection string is one.</summary>
    private sealed class PostgreSqlOptionsValidator : IValidateOptions<FormRunnerOptions>
    {
        public ValidateOptionsResult Validate(string? name, FormRunnerOptions options)
        {
            var setting = $"{FormRunnerConfiguration.SectionOf(name)}:{nameof(options.PostgresConnectionString)}{(string.IsNullOrEmpty(name) ? " (or ConnectionStrings:Forms)" : "")}";
            return options.PostgresConnectionString is { Length: > 0 } connection
                ? IsConnectionString(connection) ? ValidateOptionsResult.Success
                    : ValidateOptionsResult.Fail($"{setting} is not a PostgreSQL connection string, such as Host=db;Database=forms;Username=forms.")
                : string.IsNullOrEmpty(name)
                    ? ValidateOptionsResult.Fail($"{setting} is empty: AddPostgreSqlFormStore keeps the runner's data in PostgreSQL, so give its connection string, such as Host=db;Database=forms;Username=forms.")
                    : ValidateOptionsResult.Success;
        }

        private static bool IsConnectionString(string value)
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(value).Host is { Length: > 0 };
            }
            catch (ArgumentException)
            {
                return false;
            }
        }
    }
}
