using GovDesign.Forms.Storage;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner;

/// <summary>Registers the SQLite store of the form runner.</summary>
public static class SqliteFormStoreServiceCollectionExtensions
{
    /// <summary>
    /// Keeps the form runner's journeys, submissions, uploaded files and deliveries in the SQLite file at
    /// <see cref="FormRunnerOptions.DatabasePath"/> (<c>FormRunner:DatabasePath</c> in configuration; created,
    /// with its folder, when missing), and the ASP.NET Data Protection keys in the same file, unless the
    /// application chose where its keys live (<c>PersistKeysTo...</c>). A runner added by name keeps its own
    /// file, at its own <see cref="FormRunnerOptions.DatabasePath"/>. Call it beside
    /// <see cref="FormRunnerServiceCollectionExtensions.AddFormRunner(IServiceCollection, Action{FormRunnerOptions})"/>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddSqliteFormStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IFormStore>(sp => new SqliteFormStore(FormRunnerStorage.OptionsOf(sp, Options.DefaultName).DatabasePath));
        services.TryAddKeyedSingleton<IFormStore>(KeyedService.AnyKey, (sp, name) => new SqliteFormStore(FormRunnerStorage.OptionsOf(sp, name).DatabasePath));
        services.AddOptions<KeyManagementOptions>().Configure<IOptionsMonitor<FormRunnerOptions>>((keys, options) =>
            keys.XmlRepository ??= new SqliteXmlRepository(options.Get(Options.DefaultName).DatabasePath));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FormRunnerOptions>, SqliteOptionsValidator>());
        return services;
    }

    /// <summary>Checks, as the application starts, that the options name a SQLite file and no PostgreSQL database this store would ignore.</summary>
    private sealed class SqliteOptionsValidator : IValidateOptions<FormRunnerOptions>
    {
        public ValidateOptionsResult Validate(string? name, FormRunnerOptions options)
        {
            var section = FormRunnerConfiguration.SectionOf(name);
            List<string> problems = [];
            if (string.IsNullOrWhiteSpace(options.DatabasePath))
            {
                problems.Add($"{section}:{nameof(options.DatabasePath)} is empty: give the SQLite file.");
            }

            if (options.PostgresConnectionString is { Length: > 0 })
            {
                problems.Add($"{section}:{nameof(options.PostgresConnectionString)}{(string.IsNullOrEmpty(name) ? " (or ConnectionStrings:Forms)" : "")} is set, but the runner " +
                    "keeps its data in SQLite (AddSqliteFormStore): for PostgreSQL, use the package GovDesign.Forms.PostgreSql and call AddPostgreSqlFormStore() instead.");
            }

            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
