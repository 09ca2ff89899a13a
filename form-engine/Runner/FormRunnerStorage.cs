using System.Security.Cryptography.X509Certificates;
using GovDesign.Forms.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner;

/// <summary>
/// What the runner asks of its store, whichever package provides it: GovDesign.Forms.Sqlite
/// (<c>AddSqliteFormStore</c>) or GovDesign.Forms.PostgreSql (<c>AddPostgreSqlFormStore</c>) registers the
/// <see cref="IFormStore"/> and keeps the ASP.NET Data Protection keys in the same database, so that runners
/// sharing it accept each other's antiforgery tokens, and a runner restarted on the same database accepts the
/// tokens of pages opened before; <see cref="Hosting.FormRunnerHost"/> encrypts them with the certificate at
/// <see cref="FormRunnerOptions.KeyCertificatePath"/> when there is one.
/// </summary>
internal static class FormRunnerStorage
{
    /// <summary>The Data Protection application name of runners, the same wherever each is installed.</summary>
    public const string ApplicationName = "GovDesign.Forms.Runner";

    /// <summary>What startup says when no store was added.</summary>
    public const string NoStore =
        "The form runner has no store for its journeys and submissions: add the package GovDesign.Forms.Sqlite and call " +
        "builder.Services.AddSqliteFormStore() (one machine, one file), or the package GovDesign.Forms.PostgreSql and call " +
        "builder.Services.AddPostgreSqlFormStore() (several runners sharing a database).";

    /// <summary>Gives the Data Protection keys the runners' application name.</summary>
    public static IServiceCollection AddFormRunnerKeyName(this IServiceCollection services)
    {
        services.AddOptions<DataProtectionOptions>().Configure(protection => protection.ApplicationDiscriminator = ApplicationName);
        return services;
    }

    /// <summary>Whether runner <paramref name="name"/> has a store: the application's own an <see cref="IFormStore"/>, a named one a keyed one.</summary>
    public static bool HasStore(IServiceProvider services, string? name) =>
        services.GetService<IServiceProviderIsKeyedService>() is not { } registered
        || (string.IsNullOrEmpty(name) ? registered.IsService(typeof(IFormStore)) : registered.IsKeyedService(typeof(IFormStore), name));

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

    /// <summary>The options of runner <paramref name="name"/>, for a store package's registrations.</summary>
    public static FormRunnerOptions OptionsOf(IServiceProvider services, object? name) =>
        services.GetRequiredService<IOptionsMonitor<FormRunnerOptions>>().Get(name as string ?? Options.DefaultName);
}
