using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovDesign.Forms.Runner.Hosting;

/// <summary>
/// A whole web application that serves forms at the root, as <c>govdesign forms serve</c> runs it
/// (and tests and benchmarks start it on a loopback port).
/// </summary>
public static class FormRunnerHost
{
    /// <summary>Builds the application; start it with <c>RunAsync</c> or <c>StartAsync</c>.</summary>
    /// <param name="urls">Where to listen, such as <c>http://127.0.0.1:5000</c> (port 0 picks a free port).</param>
    /// <param name="configure">Sets the runner's options: at least the source of the forms.</param>
    /// <returns>The application.</returns>
    public static WebApplication Build(string urls, Action<FormRunnerOptions> configure)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(FormRunnerHost).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(urls);
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddFormRunner(configure);

        var app = builder.Build();
        app.UseStaticFiles();
        app.UseRouting();
        app.MapFormRunner();
        return app;
    }
}
