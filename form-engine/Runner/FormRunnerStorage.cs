using System.Security.Cryptography.X509Certificates;
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
/// or PostgreSQL when <see cref="FormRunnerOptions.PostgresConnectionString"/> is set. The ASP.NET Data
/// Protection keys are kept in the same database (<see cref="PostgresXmlRepository"/>, <see cref="SqliteXmlRepository"/>),
/// so that runners sharing it accept each other's antiforgery tokens, and a runner restarted on the same
/// database accepts the tokens of pages opened before; <see cref="Hosting.FormRunnerHost"/> encrypts them with the
/// certificate at <see cref="FormRunnerOptions.KeyCertificatePath"/> when there is one.
/// </summary>
internal static class FormRunnerStorage
{
    /// <summary>The Data Protection application name of runners, the same wherever each is installed.</summary>
    public const string ApplicationName = "GovDesign.Forms.Runner";

    public static IServiceCollection AddFormRunnerStore(this IServiceCollection services)
    {
        services.TryAddSingleton<PostgresDatabase>();
        services.TryAddSingleton<IFormStore>(sp => sp.GetRequiredService<PostgresDatabase>().DataSource is { } postgres
            ? new PostgresFormStore(postgres)
            : new SqliteFormStore(sp.GetRequiredService<IOptions<FormRunnerOptions>>().Value.DatabasePath));
        services.AddOptions<KeyManagementOptions>().Configure<PostgresDatabase, IOptions<FormRunnerOptions>>((keys, database, options) =>
        {
            if (database.DataSource is { } postgres)
            {
                keys.XmlRepository = new PostgresXmlRepository(postgres);
            }
            else
            {
                // An application that chose where its keys live (PersistKeysTo...) keeps its choice.
                keys.XmlRepository ??= new SqliteXmlRepository(options.Value.DatabasePath);
            }
        });
        services.AddOptions<DataProtectionOptions>().Configure(protection => protection.ApplicationDiscriminator = ApplicationName);
        return services;
    }

    /// <summary>
    /// Encrypts the keys at rest with the certificate at <see cref="FormRunnerOptions.KeyCertificatePath"/>, when
    /// <paramref name="options"/> name one. Data Protection needs the certificate as its services are added, so the
    /// host calls this with the options as configuration and its code set them.
    /// </summary>
    public static void ProtectKeysAtRest(IServiceCollection services, FormRunnerOptions options)
    {
        if (options.KeyCertificatePath is { Length: > 0 } path && File.Exists(path))
        {
            services.AddDataProtection().ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(path, options.KeyCertificatePassword));
        }
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
