using GovDesign.Site.Guidance;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GovDesign.Site.Export;

/// <summary><c>dotnet run --project site -- export &lt;dir&gt; [--base-path /docs/]</c>: the site as static files.</summary>
internal static class ExportCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var directory = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        var at = Array.IndexOf(args, "--base-path");
        if (directory is null || (at >= 0 && at + 1 >= args.Length))
        {
            await Console.Error.WriteLineAsync("Usage: dotnet run --project site -- export <dir> [--base-path /docs/]");
            return 2;
        }

        var basePath = at >= 0 ? args[at + 1] : "/";
        if (!basePath.StartsWith('/'))
        {
            await Console.Error.WriteLineAsync($"--base-path \"{basePath}\" must start with /, like /docs/.");
            return 2;
        }

        await using var site = await RunningSite.StartAsync([]);
        var result = await site.ExportAsync(Path.GetFullPath(directory), basePath);
        Console.WriteLine($"Wrote {result.Files} files ({result.Pages} pages) to {Path.GetFullPath(directory)} in {result.Elapsed.TotalSeconds:N1} s ({result.Pages / result.Elapsed.TotalSeconds:N0} pages/s).");
        foreach (var failure in result.Failures)
        {
            await Console.Error.WriteLineAsync($"Failed: {failure}");
        }

        foreach (var missing in result.MissingStyleAssets)
        {
            await Console.Error.WriteLineAsync($"Warning: a stylesheet refers to a file the site does not have: {missing}");
        }

        return result.Failures.Count == 0 ? 0 : 1;
    }
}

/// <summary>
/// The site in this process on a loopback port: for an export (the command and the benchmark) and for
/// the tests. Its content root is the folder of the running program, where the build copies the
/// site's guidance and samples.
/// </summary>
internal sealed class RunningSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http;

    private RunningSite(WebApplication app, HttpClient http)
    {
        _app = app;
        _http = http;
    }

    /// <summary>The site's address.</summary>
    public Uri BaseAddress => _http.BaseAddress!;

    /// <summary>The guidance the site serves.</summary>
    public GuidanceStore Store => _app.Services.GetRequiredService<GuidanceStore>();

    /// <summary>Starts the site; <paramref name="extraArgs"/> go to <see cref="SiteApp.Build"/> (such as <c>--Guidance:Root</c>).</summary>
    public static async Task<RunningSite> StartAsync(string[] extraArgs)
    {
        var app = SiteApp.Build([
            "--urls", "http://127.0.0.1:0", "--applicationName", "GovDesign.Site", "--contentRoot", AppContext.BaseDirectory,
            "--Logging:LogLevel:Default", "Warning", .. extraArgs]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new RunningSite(app, new HttpClient { BaseAddress = new Uri(address) });
    }

    /// <summary>Exports the site into a folder.</summary>
    public Task<ExportResult> ExportAsync(string directory, string basePath = "/", CancellationToken cancellation = default) =>
        new StaticExporter(_http, Store, basePath).ExportAsync(directory, cancellation);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
