using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovDesign.Forms.Runner.Hosting;

/// <summary>
/// A whole web application that serves forms at the root, as <c>govdesign forms serve</c> runs it
/// (and tests and benchmarks start it on a loopback port): Kestrel with <see cref="PublicServiceLimits"/>,
/// and forwarded headers believed from <see cref="FormRunnerOptions.TrustedProxies"/> only.
/// </summary>
public static class FormRunnerHost
{
    /// <summary>Builds the application; start it with <c>RunAsync</c> or <c>StartAsync</c>.</summary>
    /// <param name="urls">Where to listen, such as <c>http://127.0.0.1:5000</c> (port 0 picks a free port).</param>
    /// <param name="configure">Sets the runner's options: at least the source of the forms.</param>
    /// <param name="args">Command-line configuration, such as <c>--Kestrel:Limits:KeepAliveTimeout=00:01:00</c>.</param>
    /// <returns>The application.</returns>
    public static WebApplication Build(string urls, Action<FormRunnerOptions> configure, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(FormRunnerHost).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
            Args = args ?? [],
        });
        builder.WebHost.UseUrls(urls);
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            kestrel.AddServerHeader = false;
            PublicServiceLimits.Apply(kestrel.Limits, context.Configuration);
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddFormRunner(configure);

        var options = new FormRunnerOptions();
        configure(options);
        var app = builder.Build();
        if (options.TrustedProxies.Count > 0)
        {
            app.UseForwardedHeaders(ForwardedHeaders(options.TrustedProxies));
        }

        app.UseStaticFiles();
        app.UseRouting();
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
