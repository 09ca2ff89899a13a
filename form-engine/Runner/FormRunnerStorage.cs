using GovDesign.Forms.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GovDesign.Forms.Runner;

/// <summary>
/// Chooses the runner's store from its options: SQLite at <see cref="FormRunnerOptions.DatabasePath"/>,
/// or PostgreSQL when <see cref="FormRunnerOptions.PostgresConnectionString"/> is set, in which case the
/// ASP.NET Data Protection keys are kept in the same database, so that runners sharing it accept each
/// other's antiforgery tokens.
/// </summary>
internal static class FormRunnerStorage
{
    /// <summary>The Data Protection application name of runners on PostgreSQL, the same wherever each is installed.</summary>
    public const string ApplicationName = "GovDesign.Forms.Runner";

    public static IServiceCollection AddFormRunnerStore(this IServiceCollection services)
    {
        services.TryAddSingleton<PostgresDatabase>();
        services.TryAddSingleton<IFormStore>(sp => sp.GetRequiredService<PostgresDatabase>().DataSource is { } postgres
            ? new PostgresFormStore(postgres)
            : new SqliteFormStore(sp.GetRequiredService<IOptions<FormRunnerOptions>>().Value.DatabasePath));
        services.AddOptions<KeyManagementOptions>().Configure<PostgresDatabase>((keys, database) =>
        {
            if (database.DataSource is { } postgres)
            {
                keys.XmlRepository = new PostgresXmlRepository(postgres);
            }
        });
        services.AddOptions<DataProtectionOptions>().Configure<PostgresDatabase>((protection, database) =>
        {
            if (database.DataSource is not null)
            {
                protection.ApplicationDiscriminator = ApplicationName;
            }
        });
        return services;
    }

    /// <summary>The PostgreSQL data source the store and the key repository share; none on SQLite.</summary>
    internal sealed class PostgresDatabase(IOptions<FormRunnerOptions> options) : IDisposable
    {
        private readonly Lazy<NpgsqlDataSource?> _dataSource = new(() =>
            options.Value.PostgresConnectionString is { Length: > 0 } connectionString ? NpgsqlDataSource.Create(connectionString) : null);

        public NpgsqlDataSource? DataSource => _dataSource.Value;

        public void Dispose()
        {
            if (_dataSource.IsValueCreated)
            {
                _dataSource.Value?.Dispose();
            }
        }
    }
}
