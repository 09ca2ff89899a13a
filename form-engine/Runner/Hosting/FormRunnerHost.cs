using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using GovDesign.Forms.Runner.Health;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner.Hosting;

/// <summary>
/// A whole web application that serves forms at the root, as <c>govdesign forms serve</c> runs it
/// (and tests and benchmarks start it on a loopback port): settings from <see cref="ServiceConfiguration"/>
/// (appsettings.json, environment variables, the command line), Kestrel with <see cref="PublicServiceLimits"/>,
/// forwarded headers believed from <see cref="FormRunnerOptions.TrustedProxies"/> only, <c>/health/live</c>
/// and <c>/health/ready</c>, console logs (JSON with <c>Logging:Console:FormatterName=json</c>), OpenTelemetry
/// over OTLP when an endpoint is configured (<see cref="FormRunnerTelemetry"/>), and
/// <see cref="FormRunnerOptions.ShutdownTimeout"/> to finish requests in flight when asked to stop.
/// </summary>
public static class FormRunnerHost
{
    /// <summary>Builds the application listening at <paramref name="urls"/>, whatever configuration says; start it with <c>RunAsync</c> or <c>StartAsync</c>.</summary>
    /// <param name="urls">Where to listen, such as <c>http://127.0.0.1:5000</c> (port 0 picks a free port).</param>
    /// <param name="configure">Sets the runner's options, over what configuration set: at least the source of the forms.</param>
    /// <param name="addStore">
    /// Adds the runner's store, given the options as configuration and <paramref name="configure"/> set them: such as
    /// <c>(services, _) => services.AddSqliteFormStore()</c> (GovDesign.Forms.Sqlite) or <c>AddPostgreSqlFormStore()</c> (GovDesign.Forms.PostgreSql).
    /// </param>
    /// <param name="args">Command-line configuration, such as <c>--Kestrel:Limits:KeepAliveTimeout=00:01:00</c>.</param>
    /// <returns>The application.</returns>
    public static WebApplication Build(string urls, Action<FormRunnerOptions> configure, Action<IServiceCollection, FormRunnerOptions> addStore, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return Build(urls, urlsWin: true, configure, addStore, args ?? []);
    }

    /// <summary>
    /// Builds the application as a service: it listens where configuration says (<c>ASPNETCORE_URLS</c>,
    /// <c>ASPNETCORE_HTTP_PORTS</c>, <c>--urls</c>, <c>Kestrel:Endpoints</c>), else at <paramref name="defaultUrls"/>.
    /// </summary>
    /// <param name="args">Command-line configuration, such as <c>--urls http://0.0.0.0:8080</c> or <c>--FormRunner:Source=/forms</c>.</param>
    /// <param name="addStore">Adds the runner's store, given the options as configuration and <paramref name="configure"/> set them (see <see cref="Build(string, Action{FormRunnerOptions}, Action{IServiceCollection, FormRunnerOptions}, string[])"/>).</param>
    /// <param name="configure">Sets the runner's options over what configuration set (null for none).</param>
    /// <param name="defaultUrls">Where to listen when configuration does not say.</param>
    /// <returns>The application.</returns>
    public static WebApplication BuildService(string[] args, Action<IServiceCollection, FormRunnerOptions> addStore, Action<FormRunnerOptions>? configure = null, string defaultUrls = "http://127.0.0.1:5000") =>
        Build(defaultUrls, urlsWin: false, configure ?? (_ => { }), addStore, args ?? []);

    private static WebApplication Build(string urls, bool urlsWin, Action<FormRunnerOptions> configure, Action<IServiceCollection, FormRunnerOptions> addStore, string[] args)
    {
        ArgumentNullException.ThrowIfNull(configure);
        ArgumentNullException.ThrowIfNull(addStore);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(FormRunnerHost).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
            Args = args,
        });
        ServiceConfiguration.Apply(builder.Configuration, AppContext.BaseDirectory, builder.Environment.EnvironmentName);
        if (urlsWin || !ServiceConfiguration.NamesAddresses(builder.Configuration))
        {
            builder.WebHost.UseUrls(urls);
        }

        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            kestrel.AddServerHeader = false;
            PublicServiceLimits.Apply(kestrel.Limits, context.Configuration);
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole();
        builder.Services.AddFormRunner(configure);
        var configured = new FormRunnerOptions();
        FormRunnerConfiguration.Bind(builder.Configuration, Options.DefaultName, configured);
        configure(configured);
        addStore(builder.Services, configured);
        FormRunnerStorage.ProtectKeysAtRest(builder.Services, configured);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = configured.ShutdownTimeout);
        builder.Services.AddFormRunnerOpenTelemetry(builder.Configuration);

        var app = builder.Build();
        if (configured.TrustedProxies.Count > 0 && configured.TrustedProxies.All(FormRunnerOptionsValidator.IsAddressOrNetwork))
        {
            app.UseForwardedHeaders(ForwardedHeaders(configured.TrustedProxies));
        }

        app.UseStaticFiles();
        app.UseRouting();
        app.MapFormRunnerHealthChecks();
        app.MapFormRunner();
        return app;
    }

    private static ForwardedHeadersOptions ForwardedHeaders(IEnumerable<string> trusted)
    {
        var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto };
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var entry in trusted)
        {
            if (entry.Contains('/', StringComparison.Ordinal))
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
            }
            else
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(entry));
            }
        }

        return forwarded;
    }
}
